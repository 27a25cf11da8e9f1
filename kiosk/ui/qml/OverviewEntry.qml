pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// The province overview's entry on Home: the most prominent thing after the title.
AbstractButton {
    id: entry
    required property Theme theme
    required property ChromeStrings chrome
    required property QtObject figures  // the headline figure shown as a teaser (a one-row list model)
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
            PlainLabel {
                width: parent.width
                text: entry.chrome.t.overview
                color: entry.theme.inkOnRed
                font.pixelSize: entry.compact ? entry.theme.h1 : entry.theme.h2
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle {
                visible: !entry.compact
                width: entry.theme.entryRuleWidth
                height: entry.theme.line * 2
                color: entry.theme.gold
            }
            PlainLabel {
                width: parent.width
                text: entry.chrome.t.overviewHint
                color: entry.theme.inkOnRedSoft
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
                model: entry.figures
                delegate: Column {
                    id: teaserFigure
                    required property string value
                    required property string unit
                    required property string label
                    width: parent.width
                    PlainLabel {
                        width: parent.width
                        text: teaserFigure.value + " " + teaserFigure.unit
                        color: entry.theme.gold
                        font.pixelSize: entry.theme.h1
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    PlainLabel {
                        width: parent.width
                        text: teaserFigure.label
                        color: entry.theme.inkOnRedSoft
                        font.pixelSize: entry.theme.small
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        PlainLabel {
            id: tapHint
            x: entry.compact ? parent.width - entry.inset - width : entry.inset
            y: entry.compact ? Math.round((parent.height - height) / 2) : parent.height - entry.inset - height
            width: entry.compact ? implicitWidth : parent.width - 2 * entry.inset
            text: entry.chrome.t.tapToOpen + "  →"
            color: entry.theme.gold
            font.pixelSize: entry.theme.body
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
