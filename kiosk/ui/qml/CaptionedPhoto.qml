import QtQuick
import QtQuick.Controls.Basic

// A photo in the story reader: the picture (tap: full screen), its caption and credit.
AbstractButton {
    id: photo
    required property Theme theme
    required property QtObject kiosk
    required property int index
    required property string key
    required property string thumb
    required property string picture
    required property string caption
    required property string credit
    required property bool placeholder
    required property real aspect

    objectName: "storyPhoto_" + key
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    padding: 0
    implicitHeight: column.implicitHeight
    scale: down ? 0.98 : 1.0

    contentItem: Item {
        Column {
            id: column
            width: parent.width
            spacing: photo.theme.smallGap
            Item {
                width: parent.width
                height: Math.round(width / Math.max(0.5, photo.aspect))
                Image {
                    anchors.fill: parent
                    source: photo.picture
                    sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                    fillMode: Image.PreserveAspectCrop
                    opacity: photo.down ? 0.8 : 1.0
                }
                Rectangle {
                    visible: photo.placeholder
                    anchors { left: parent.left; top: parent.top; margins: photo.theme.smallGap }
                    width: badge.implicitWidth + photo.theme.gap
                    height: badge.implicitHeight + photo.theme.smallGap
                    radius: height / 2
                    color: "#b3000000"
                    Text {
                        id: badge
                        anchors.centerIn: parent
                        text: photo.kiosk.t.placeholder
                        color: "#ffffff"
                        font.pixelSize: Math.round(photo.theme.small * 0.85)
                    }
                }
            }
            Text {
                width: parent.width
                text: photo.caption
                color: photo.theme.ink
                font.pixelSize: photo.theme.small
                lineHeight: 1.3
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                visible: photo.credit !== ""
                text: photo.credit
                color: photo.theme.muted
                font.pixelSize: Math.round(photo.theme.small * 0.9)
                wrapMode: Text.Wrap
            }
        }
    }
}
