pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// A horizontal, flickable row of thumbnails; a tap opens the photo viewer at that photo.
ListView {
    id: strip
    required property Theme theme
    signal opened(int index)

    orientation: ListView.Horizontal
    spacing: theme.gap
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    implicitHeight: theme.stripHeight

    delegate: AbstractButton {
        id: thumb
        required property int index
        required property string key
        required property string thumb
        required property string caption
        required property bool placeholder
        required property real aspect
        objectName: "photoThumb_" + key
        focusPolicy: Qt.NoFocus
        hoverEnabled: false
        height: strip.height
        width: Math.max(strip.theme.touch, Math.round(height * Math.min(2.0, Math.max(0.6, aspect))))
        scale: down ? 0.96 : 1.0
        onClicked: strip.opened(index)
        background: Rectangle {
            radius: strip.theme.radius
            color: strip.theme.rule
        }
        contentItem: Item {
            Image {  // the art carries its own placeholder mark: nothing is drawn over it
                anchors.fill: parent
                source: thumb.thumb
                sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                fillMode: Image.PreserveAspectCrop
                opacity: thumb.down ? 0.75 : 1.0
            }
        }
    }
}
