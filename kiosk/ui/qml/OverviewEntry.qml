import QtQuick
import QtQuick.Controls.Basic

// The province overview's entry on Home: the most prominent thing after the title.
AbstractButton {
    id: entry
    required property Theme theme
    required property QtObject kiosk
    objectName: "overviewEntry"
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    implicitHeight: content.implicitHeight + 3 * theme.margin
    scale: down ? 0.98 : 1.0

    background: Rectangle {
        radius: entry.theme.radius
        color: entry.down ? entry.theme.redPressed : entry.theme.red
        Rectangle {
            anchors { fill: parent; margins: entry.theme.smallGap }
            radius: entry.theme.radius
            color: "transparent"
            border.color: entry.theme.gold
            border.width: entry.theme.line
            opacity: 0.7
        }
    }
    contentItem: Item {
        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: entry.theme.margin * 0.6 }
            spacing: entry.theme.gap
            Text {
                width: parent.width
                text: entry.kiosk.t.overview
                color: "#ffffff"
                font.pixelSize: entry.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle { width: Math.round(80 * entry.theme.s); height: entry.theme.line * 2; color: entry.theme.gold }
            Text {
                width: parent.width
                text: entry.kiosk.t.overviewHint
                color: "#f6e9e4"
                font.pixelSize: entry.theme.body
                lineHeight: 1.3
                wrapMode: Text.Wrap
            }
        }
        // A taste of the headline figures (landscape has the room for it).
        Column {
            visible: !entry.theme.portrait && entry.height > content.height + height + tapHint.height + 2 * entry.theme.margin
            anchors { left: content.left; right: content.right; top: content.bottom; topMargin: entry.theme.margin }
            spacing: entry.theme.gap
            Repeater {
                model: entry.kiosk.figures
                delegate: Column {
                    required property int index
                    required property string value
                    required property string unit
                    required property string label
                    visible: index < 1
                    width: parent.width
                    Text {
                        text: parent.value + " " + parent.unit
                        color: entry.theme.gold
                        font.pixelSize: entry.theme.h1
                        font.bold: true
                    }
                    Text {
                        width: parent.width
                        text: parent.label
                        color: "#f6e9e4"
                        font.pixelSize: entry.theme.small
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight  // shown in full on the overview
                    }
                }
            }
        }
        Text {
            id: tapHint
            anchors { left: content.left; right: content.right; bottom: parent.bottom; bottomMargin: entry.theme.margin * 0.6 }
            text: entry.kiosk.t.tapToOpen + "  →"
            color: entry.theme.gold
            font.pixelSize: entry.theme.body
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
