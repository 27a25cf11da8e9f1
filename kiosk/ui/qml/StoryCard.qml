import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A story on a bureau panel: its title and summary; a tap opens the reader.
AbstractButton {
    id: card
    required property Theme theme
    required property ChromeStrings chrome
    required property string key
    required property string title
    required property string summary
    required property string thumb
    property color accent: theme.red

    objectName: "storyItem_" + key
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    padding: theme.gap
    implicitHeight: Math.max(theme.touch, implicitContentHeight + topPadding + bottomPadding)
    scale: down ? 0.98 : 1.0

    background: Rectangle {
        radius: card.theme.radius
        color: card.down ? card.theme.rule : card.theme.paper
        border.color: card.theme.rule
        border.width: card.theme.line
        Rectangle {
            width: card.theme.storyEdgeWidth
            height: parent.height
            radius: card.theme.radius
            color: card.accent
        }
    }
    contentItem: Item {
        implicitHeight: Math.max(column.implicitHeight, picture.height)
        Image {
            id: picture
            visible: card.thumb !== ""
            anchors { right: parent.right; top: parent.top }
            width: card.thumb !== "" ? card.theme.storyThumbWidth : 0  // not `visible`: false until shown
            height: card.thumb !== "" ? card.theme.storyThumbHeight : 0
            source: card.thumb
            sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
            fillMode: Image.PreserveAspectCrop
        }
        Column {
            id: column
            anchors { left: parent.left; leftMargin: card.theme.smallGap; right: picture.left; rightMargin: card.thumb !== "" ? card.theme.gap : 0 }
            spacing: card.theme.smallGap
            PlainLabel {
                width: parent.width
                text: card.title
                color: card.theme.ink
                font.pixelSize: card.theme.h3
                font.bold: true
                wrapMode: Text.Wrap
            }
            PlainLabel {
                width: parent.width
                text: card.summary
                color: card.theme.muted
                font.pixelSize: card.theme.body
                lineHeight: 1.3
                wrapMode: Text.Wrap
            }
            PlainLabel {
                width: parent.width
                text: card.chrome.t.readStory + "  →"
                color: card.accent
                font.pixelSize: card.theme.small
                font.bold: true
            }
        }
    }
}
