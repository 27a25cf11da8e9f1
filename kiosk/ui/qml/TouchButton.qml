import QtQuick
import QtQuick.Controls.Basic

// A pill button: at least theme.touch square, darkens and shrinks the moment it is pressed.
// `variant`: "primary" (filled red), "secondary" (red outline), "onDark" (light outline on a dark
// bar), "accent" (filled with `accent`, a bureau's colour).
AbstractButton {
    id: control
    required property Theme theme
    property string variant: "secondary"
    property color accent: theme.red
    property int fontSize: theme.button
    property bool bold: false

    readonly property color fill: variant === "primary" ? theme.red : variant === "accent" ? accent : "transparent"
    readonly property color pressedFill: variant === "primary" ? theme.redPressed
                                       : variant === "accent" ? Qt.darker(accent, 1.3)
                                       : variant === "onDark" ? theme.pressedOnDark : theme.rule
    readonly property color ink: variant === "primary" || variant === "accent" ? theme.inkOnRed
                               : variant === "onDark" ? theme.inkOnDark : theme.red
    readonly property color edge: variant === "accent" ? accent : variant === "onDark" ? theme.edgeOnDark : theme.red

    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    leftPadding: theme.gap
    rightPadding: theme.gap
    implicitHeight: theme.touch
    implicitWidth: Math.max(theme.touch, label.implicitWidth + leftPadding + rightPadding)
    scale: down ? 0.95 : 1.0

    contentItem: PlainLabel {
        id: label
        text: control.text
        color: control.ink
        font.pixelSize: control.fontSize
        font.bold: control.bold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideNone
    }
    background: Rectangle {
        radius: height / 2
        color: control.down ? control.pressedFill : control.fill
        border.color: control.edge
        border.width: control.theme.line
    }
}
