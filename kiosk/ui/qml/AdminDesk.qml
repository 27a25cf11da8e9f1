import QtQuick
import QtQuick.Layouts
import Kiosk

// The editor's desk: what they can change, and the way out.
Rectangle {
    id: desk
    required property Theme theme
    required property ChromeStrings chrome
    required property AdminController admin

    objectName: "adminDesk"
    color: theme.bg

    Rectangle {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        implicitHeight: desk.theme.touch + 2 * desk.theme.gap
        height: implicitHeight
        color: desk.theme.night
        RowLayout {
            anchors { fill: parent; leftMargin: desk.theme.margin; rightMargin: desk.theme.margin }
            spacing: desk.theme.gap
            PlainLabel {
                Layout.fillWidth: true
                objectName: "adminTitle"
                text: desk.chrome.t.adminTitle
                color: desk.theme.inkOnDark
                font.pixelSize: desk.theme.h3
                font.bold: true
            }
            TouchButton {
                objectName: "adminLeave"
                theme: desk.theme
                variant: "onDark"
                text: desk.chrome.t.leave
                onClicked: desk.admin.leave()
            }
        }
    }
}
