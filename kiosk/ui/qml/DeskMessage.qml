import QtQuick

// What a section's last action did (a path written, a version made), or why it was refused:
// one line, red when refused.
PlainLabel {
    id: note
    required property Theme theme
    property bool failed: false

    visible: text !== ""
    color: failed ? theme.red : theme.ink
    font.pixelSize: theme.body
    font.bold: failed
    wrapMode: Text.Wrap
}
