import QtQuick
import QtQuick.Controls.Basic

// The idle countdown: a big number and a way to keep browsing. Any touch also cancels it.
Rectangle {
    id: overlay
    required property Theme theme
    required property QtObject kiosk
    required property QtObject idle

    objectName: "idleOverlay"
    visible: idle.active
    color: "#eb1a1412"

    MouseArea { anchors.fill: parent }  // swallow the tap so nothing below reacts to it

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * overlay.theme.margin, Math.round(900 * overlay.theme.s))
        spacing: 2 * overlay.theme.gap
        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: overlay.kiosk.t.idleTitle
            color: "#f3ece2"
            font.pixelSize: overlay.theme.h1
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: overlay.kiosk.t.idleText
            color: "#cfc3b8"
            font.pixelSize: overlay.theme.h3
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "idleCountdown"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: overlay.idle.remaining
            color: overlay.theme.gold
            font.pixelSize: Math.round(220 * overlay.theme.s)
            font.bold: true
        }
        TouchButton {
            objectName: "idleContinue"
            anchors.horizontalCenter: parent.horizontalCenter
            theme: overlay.theme
            text: overlay.kiosk.t.continueBrowsing
            fill: overlay.theme.red
            pressedFill: overlay.theme.redPressed
            ink: "#ffffff"
            edge: overlay.theme.gold
            bold: true
            fontSize: overlay.theme.h3
            implicitHeight: Math.round(overlay.theme.touch * 1.4)
            onClicked: overlay.idle.cancel()
        }
    }
}
