pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Admin mode over the visitor screens: the PIN pad first, then the editor's desk.
Item {
    id: shell
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property AdminController admin
    required property EditorDesk desk

    objectName: "adminShell"

    PinPad {
        anchors.fill: parent
        visible: shell.admin.stage === "pin"
        theme: shell.theme
        chrome: shell.chrome
        admin: shell.admin
    }
    readonly property real keyboardHeight: keyboard.item ? (keyboard.item as KeyboardPanel).keyboardHeight : 0

    Loader {
        objectName: "adminDeskLoader"
        anchors { fill: parent; bottomMargin: shell.keyboardHeight }
        active: shell.admin.stage === "editing"
        sourceComponent: AdminDesk {
            theme: shell.theme
            chrome: shell.chrome
            session: shell.session
            admin: shell.admin
            model: shell.desk
        }
    }

    Rectangle {  // the keyboard's band, the screen's whole width (the keyboard is narrower)
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: shell.keyboardHeight
        visible: height > 0
        color: shell.theme.night
    }

    Loader {  // the on-screen keyboard, above the desk, only while an editor works
        id: keyboard
        objectName: "keyboardLoader"
        // Its height follows its width: on a landscape screen a full-width keyboard would cover
        // two thirds of the desk, so it is kept to 1.25 × the screen's height, centred.
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        width: Math.min(parent.width, parent.height * 1.25)
        active: shell.admin.stage === "editing"
        source: "KeyboardPanel.qml"
    }
}
