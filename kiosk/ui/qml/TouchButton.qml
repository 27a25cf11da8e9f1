import QtQuick
import QtQuick.Controls.Basic

// A pill button: at least theme.touch square, darkens and shrinks the moment it is pressed.
AbstractButton {
    id: control
    required property Theme theme
    property color fill: "transparent"
    property color pressedFill: theme.rule
    property color ink: theme.red
    property color edge: theme.red
    property int fontSize: theme.button
    property bool bold: false

    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    leftPadding: theme.gap
    rightPadding: theme.gap
    implicitHeight: theme.touch
    implicitWidth: Math.max(theme.touch, label.implicitWidth + leftPadding + rightPadding)
    scale: down ? 0.95 : 1.0

    contentItem: Label {
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
