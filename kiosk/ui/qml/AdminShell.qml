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
    Loader {
        objectName: "adminDeskLoader"
        anchors.fill: parent
        active: shell.admin.stage === "editing"
        sourceComponent: AdminDesk {
            theme: shell.theme
            chrome: shell.chrome
            session: shell.session
            admin: shell.admin
            model: shell.desk
        }
    }
}
