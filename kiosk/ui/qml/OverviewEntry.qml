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
    // Portrait: one band, the words on the left and the tap hint on the right.
    property bool compact: theme.portrait
    readonly property real inset: Math.round(theme.margin * 0.6)
    implicitHeight: compact ? Math.max(content.implicitHeight, tapHint.implicitHeight) + 2 * inset
                            : content.implicitHeight + tapHint.implicitHeight + 3 * inset + theme.gap
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
            anchors { left: parent.left; top: parent.top; margins: entry.inset }
            width: parent.width - 2 * entry.inset - (entry.compact ? tapHint.implicitWidth + entry.theme.gap : 0)
            spacing: entry.compact ? entry.theme.smallGap : entry.theme.gap
            Label {
                width: parent.width
                text: entry.kiosk.t.overview
                color: "#ffffff"
                font.pixelSize: entry.compact ? entry.theme.h1 : entry.theme.h2
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle {
                visible: !entry.compact
                width: Math.round(80 * entry.theme.s)
                height: entry.theme.line * 2
                color: entry.theme.gold
            }
            Label {
                width: parent.width
                text: entry.kiosk.t.overviewHint
                color: "#f6e9e4"
                font.pixelSize: entry.compact ? entry.theme.body : entry.theme.small
                lineHeight: 1.25
                wrapMode: Text.Wrap
            }
        }
        // A taste of the headline figures, where the card has the room to show it whole.
        Column {
            id: teaser
            visible: !entry.compact
                     && tapHint.y - (content.y + content.height) >= implicitHeight + 2 * entry.theme.gap
            anchors { left: content.left; right: content.right; top: content.bottom; topMargin: 2 * entry.theme.gap }
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
                    Label {
                        width: parent.width
                        text: parent.value + " " + parent.unit
                        color: entry.theme.gold
                        font.pixelSize: entry.theme.h1
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        width: parent.width
                        text: parent.label
                        color: "#f6e9e4"
                        font.pixelSize: entry.theme.small
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Label {
            id: tapHint
            x: entry.compact ? parent.width - entry.inset - width : entry.inset
            y: entry.compact ? Math.round((parent.height - height) / 2) : parent.height - entry.inset - height
            width: entry.compact ? implicitWidth : parent.width - 2 * entry.inset
            text: entry.kiosk.t.tapToOpen + "  →"
            color: entry.theme.gold
            font.pixelSize: entry.theme.body
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
