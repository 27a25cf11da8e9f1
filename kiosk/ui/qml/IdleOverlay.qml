import QtQuick
import QtQuick.Controls.Basic

// The idle countdown: a big number and a way to keep browsing, on a solid card so nothing of the
// screen below shows through behind them. Any touch also cancels it.
Rectangle {
    id: overlay
    required property Theme theme
    required property QtObject kiosk
    required property QtObject idle

    objectName: "idleOverlay"
    visible: idle.active
    color: "#eb1a1412"

    MouseArea { anchors.fill: parent }  // swallow the tap so nothing below reacts to it

    Rectangle {
        id: card
        objectName: "idleCard"
        readonly property real padding: Math.round(1.5 * overlay.theme.margin)
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * overlay.theme.margin, Math.round(900 * overlay.theme.s))
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
            Label {
                objectName: "idleTitle"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.kiosk.t.idleTitle
                color: overlay.theme.ink
                font.pixelSize: overlay.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.kiosk.t.idleText
                color: overlay.theme.muted
                font.pixelSize: overlay.theme.h3
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.idle.remaining
                color: overlay.theme.red
                font.pixelSize: Math.round(200 * overlay.theme.s)
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
                edge: overlay.theme.red
                bold: true
                fontSize: overlay.theme.h3
                implicitHeight: Math.round(overlay.theme.touch * 1.4)
                onClicked: overlay.idle.cancel()
            }
        }
    }
}
