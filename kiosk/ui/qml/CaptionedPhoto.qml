import QtQuick
import QtQuick.Controls.Basic

// A photo in the story reader: the picture (tap: full screen), its caption and credit.
AbstractButton {
    id: photo
    required property Theme theme
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
            }
            PlainLabel {
                width: parent.width
                text: photo.caption
                color: photo.theme.ink
                font.pixelSize: photo.theme.small
                lineHeight: 1.3
                wrapMode: Text.Wrap
            }
            PlainLabel {
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
