pragma ComponentBehavior: Bound
import QtQuick

// Reading text: one Text per paragraph, wrapped, never clipped.
Column {
    id: column
    required property Theme theme
    property var paragraphs: []
    property int fontSize: theme.body
    property color ink: theme.ink
    spacing: Math.round(fontSize * 0.8)

    Repeater {
        model: column.paragraphs
        delegate: PlainLabel {
            required property string modelData
            width: column.width
            text: modelData
            color: column.ink
            font.pixelSize: column.fontSize
            lineHeight: column.theme.leading
            wrapMode: Text.Wrap
        }
    }
}
