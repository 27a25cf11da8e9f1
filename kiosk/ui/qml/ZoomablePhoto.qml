import QtQuick
import QtQuick.Controls.Basic

// One page of the photo viewer: the picture (pinch / double-tap zoom, drag to pan when zoomed)
// above its caption, credit and placeholder mark.
Item {
    id: page
    required property Theme theme
    required property QtObject kiosk
    required property int index
    required property string key
    required property string picture
    required property string caption
    required property string credit
    required property bool placeholder

    objectName: "photoPage_" + key
    readonly property bool zoomed: zoom > 1.01
    property real zoom: 1.0
    property real pinchStart: 1.0
    readonly property real maxZoom: 4.0
    readonly property bool current: ListView.isCurrentItem

    onCurrentChanged: if (!current) resetZoom()

    function resetZoom() {
        zoom = 1.0
        picture.x = Qt.binding(() => (frame.width - picture.width) / 2)
        picture.y = Qt.binding(() => (frame.height - picture.height) / 2)
    }

    Item {
        id: frame
        objectName: "photoFrame"
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: captionBox.top
                  margins: page.theme.gap }
        clip: true

        Image {
            id: picture
            objectName: "viewerImage"
            width: frame.width
            height: frame.height
            x: (frame.width - width) / 2
            y: (frame.height - height) / 2
            source: page.picture
            sourceSize: Qt.size(Math.max(1, frame.width), Math.max(1, frame.height))
            fillMode: Image.PreserveAspectFit
            scale: page.zoom
            transformOrigin: Item.Center
        }

        PinchHandler {
            id: pinch
            objectName: "photoPinch"
            target: null
            rotationAxis.enabled: false
            xAxis.enabled: false
            yAxis.enabled: false
            onActiveChanged: if (active) page.pinchStart = page.zoom
            onActiveScaleChanged: if (active) page.zoom = Math.max(1.0, Math.min(page.maxZoom, page.pinchStart * activeScale))
        }
        DragHandler {
            enabled: page.zoomed
            target: picture
        }
        TapHandler {
            objectName: "photoDoubleTap"
            onDoubleTapped: page.zoomed ? page.resetZoom() : (page.zoom = 2.5)
        }

        Rectangle {
            visible: page.placeholder
            anchors { right: parent.right; top: parent.top; margins: page.theme.smallGap }
            width: badge.implicitWidth + 2 * page.theme.gap
            height: badge.implicitHeight + page.theme.gap
            radius: height / 2
            color: "#cc000000"
            border.color: "#8c8078"
            border.width: page.theme.line
            Label {
                id: badge
                objectName: "placeholderMark"
                anchors.centerIn: parent
                text: page.kiosk.t.placeholder
                color: "#ffffff"
                font.pixelSize: page.theme.small
            }
        }
    }

    Column {
        id: captionBox
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                  leftMargin: page.theme.margin; rightMargin: page.theme.margin; bottomMargin: page.theme.smallGap }
        spacing: page.theme.smallGap
        Label {
            objectName: "viewerCaption"
            width: parent.width
            text: page.caption
            color: "#f3ece2"
            font.pixelSize: page.theme.body
            lineHeight: 1.3
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "viewerCredit"
            width: parent.width
            visible: page.credit !== ""
            text: page.credit
            color: "#b5a99f"
            font.pixelSize: page.theme.small
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
