import QtQuick
import QtQuick.Controls.Basic

// A StackView whose screens cross-fade (no slide: nothing moves under a finger).
StackView {
    id: stack
    required property Theme theme

    pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: stack.theme.fade } }
    pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
    popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: stack.theme.fade } }
    popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
    replaceEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: stack.theme.fade } }
    replaceExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
}
