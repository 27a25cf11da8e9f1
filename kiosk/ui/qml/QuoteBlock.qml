import QtQuick

// A labelled text set off by an accent rule: the slogan, the concept.
Item {
    id: block
    required property Theme theme
    property color accent: theme.red
    property string label: ""
    property string text: ""
    property int fontSize: theme.body
    implicitHeight: column.implicitHeight

    Rectangle {
        width: block.theme.quoteRuleWidth
        height: column.height
        color: block.accent
        opacity: 0.8
    }
    Column {
        id: column
        x: block.theme.quoteRuleWidth + block.theme.gap
        width: block.width - x
        spacing: block.theme.tinyGap
        PlainLabel {
            text: block.label
            color: block.theme.muted
            font.pixelSize: block.theme.small
        }
        PlainLabel {
            width: parent.width
            text: block.text
            color: block.theme.ink
            font.pixelSize: block.fontSize
            lineHeight: 1.3
            wrapMode: Text.Wrap
        }
    }
}
