import QtQuick

// "图片", "故事": a heading with a short accent rule under it.
Column {
    id: heading
    required property Theme theme
    property color accent: theme.red
    property string text: ""
    property int fontSize: theme.h2
    spacing: theme.headingRuleGap
    width: parent ? parent.width : implicitWidth
    PlainLabel {
        width: parent.width
        text: heading.text
        color: heading.theme.ink
        font.pixelSize: heading.fontSize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Rectangle { width: heading.theme.headingRuleWidth; height: heading.theme.headingRuleHeight; color: heading.accent }
}
