import QtQuick
import Kiosk

// The idle countdown: a big number and a way to keep browsing, on a solid card so nothing of the
// screen below shows through behind them. Any touch also cancels it.
Rectangle {
    id: overlay
    required property Theme theme
    required property ChromeStrings chrome
    required property IdleMonitor idle

    objectName: "idleOverlay"
    visible: idle.active
    color: theme.scrim

    MouseArea { anchors.fill: parent }  // swallow the tap so nothing below reacts to it

    Rectangle {
        id: card
        objectName: "idleCard"
        readonly property real padding: Math.round(1.5 * overlay.theme.margin)
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * overlay.theme.margin, overlay.theme.idleCardWidth)
        height: Math.min(parent.height - 2 * overlay.theme.smallGap, content.implicitHeight + 2 * padding)
        radius: 2 * overlay.theme.radius
        color: overlay.theme.paper
        border.color: overlay.theme.gold
        border.width: overlay.theme.line

        Column {
            id: content
            anchors.centerIn: parent
            width: parent.width - 2 * card.padding
            spacing: overlay.theme.gap
            PlainLabel {
                objectName: "idleTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.chrome.t.idleTitle
                color: overlay.theme.ink
                font.pixelSize: overlay.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            PlainLabel {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.chrome.t.idleText
                color: overlay.theme.muted
                font.pixelSize: overlay.theme.h3
                wrapMode: Text.Wrap
            }
            PlainLabel {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.idle.remaining
                color: overlay.theme.red
                font.pixelSize: overlay.theme.huge
                font.bold: true
            }
            TouchButton {
                objectName: "idleContinue"
                anchors.horizontalCenter: parent.horizontalCenter
                theme: overlay.theme
                text: overlay.chrome.t.continueBrowsing
                variant: "primary"
                bold: true
                fontSize: overlay.theme.h3
                implicitHeight: Math.round(overlay.theme.touch * 1.4)
                onClicked: overlay.idle.cancel()
            }
        }
    }
}
