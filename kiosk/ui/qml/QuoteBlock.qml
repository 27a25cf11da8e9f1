import QtQuick
import QtQuick.Controls.Basic

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
        width: Math.round(6 * block.theme.s)
        height: column.height
        color: block.accent
        opacity: 0.8
    }
    Column {
        id: column
        x: Math.round(6 * block.theme.s) + block.theme.gap
        width: block.width - x
        spacing: Math.round(6 * block.theme.s)
        Label {
            text: block.label
            color: block.theme.muted
            font.pixelSize: block.theme.small
        }
        Label {
            width: parent.width
            text: block.text
            color: block.theme.ink
            font.pixelSize: block.fontSize
            lineHeight: 1.3
            wrapMode: Text.Wrap
        }
    }
}
