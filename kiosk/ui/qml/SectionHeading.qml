import QtQuick
import QtQuick.Controls.Basic

// "图片", "故事": a heading with a short accent rule under it.
Column {
    id: heading
    required property Theme theme
    property color accent: theme.red
    property string text: ""
    property int fontSize: theme.h2
    spacing: Math.round(8 * theme.s)
    width: parent ? parent.width : implicitWidth
    Label {
        width: parent.width
        text: heading.text
        color: heading.theme.ink
        font.pixelSize: heading.fontSize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Rectangle { width: Math.round(64 * heading.theme.s); height: Math.round(5 * heading.theme.s); color: heading.accent }
}
