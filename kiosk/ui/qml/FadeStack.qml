import QtQuick
import QtQuick.Controls.Basic

// A StackView whose screens cross-fade (no slide: nothing moves under a finger). The screen
// coming in starts at 30 % opacity, not 0, so the frame right after a tap already shows where
// it leads (a fade from 0 spent its first frame showing nothing new: ~40 ms of no answer).
StackView {
    id: stack
    required property Theme theme
    readonly property real enterFrom: 0.3

    pushEnter: Transition { NumberAnimation { property: "opacity"; from: stack.enterFrom; to: 1; duration: stack.theme.fade } }
    pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
    popEnter: Transition { NumberAnimation { property: "opacity"; from: stack.enterFrom; to: 1; duration: stack.theme.fade } }
    popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
    replaceEnter: Transition { NumberAnimation { property: "opacity"; from: stack.enterFrom; to: 1; duration: stack.theme.fade } }
    replaceExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: stack.theme.fade } }
}
