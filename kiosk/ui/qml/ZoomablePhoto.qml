import QtQuick

// One page of the photo viewer: the picture (pinch / double-tap zoom about the fingers, drag to
// pan when zoomed, never past the picture's edges) above its caption, credit and placeholder note.
Item {
    id: page
    required property Theme theme
    required property int index
    required property string key
    required property string picture
    required property string caption
    required property string credit
    required property string placeholderNote  // "" for a real photo, or where the credit says so

    objectName: "photoPage_" + key
    readonly property bool zoomed: zoom > 1.01
    property real zoom: 1.0
    readonly property real maxZoom: 4.0
    readonly property real tapZoom: 2.5
    readonly property bool current: ListView.isCurrentItem

    // The picture item fills the frame at zoom 1 and is scaled about its top-left corner, so a
    // point u of the item sits at (x, y) + u × zoom in the frame. What is drawn of it (aspect fit)
    // is `painted…` wide and high, centred in the item.
    readonly property real paintedW: image.paintedWidth > 0 ? image.paintedWidth : frame.width
    readonly property real paintedH: image.paintedHeight > 0 ? image.paintedHeight : frame.height
    // Where x may go at this zoom: the drawn picture covers the frame edge to edge along an axis
    // where it is larger than the frame, and is centred along one where it is smaller.
    readonly property real minX: limit(frame.width, image.width, paintedW, zoom)[0]
    readonly property real maxX: limit(frame.width, image.width, paintedW, zoom)[1]
    readonly property real minY: limit(frame.height, image.height, paintedH, zoom)[0]
    readonly property real maxY: limit(frame.height, image.height, paintedH, zoom)[1]

    function limit(room, itemSize, painted, z) {
        const inset = (itemSize - painted) / 2 * z  // item edge to drawn edge, in the frame
        const drawn = painted * z
        if (drawn <= room) {
            const centred = (room - drawn) / 2 - inset
            return [centred, centred]
        }
        return [room - drawn - inset, -inset]
    }

    function clampTo(v, lo, hi) { return Math.max(lo, Math.min(hi, v)) }

    // Zoom to `z`, keeping the picture point that was under `anchor` (frame coordinates, from the
    // item at zoom `fromZoom` and position `from`) under `at`; then keep the edges in the frame.
    function zoomAbout(z, anchor, from, fromZoom, at) {
        z = clampTo(z, 1.0, maxZoom)
        const ux = (anchor.x - from.x) / fromZoom
        const uy = (anchor.y - from.y) / fromZoom
        zoom = z
        image.x = clampTo(at.x - ux * z, minX, maxX)
        image.y = clampTo(at.y - uy * z, minY, maxY)
    }

    function resetZoom() {
        zoom = 1.0
        image.x = 0
        image.y = 0
    }

    onCurrentChanged: if (!current) resetZoom()

    Item {
        id: frame
        objectName: "photoFrame"
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: captionBox.top
                  margins: page.theme.gap }
        clip: true
        onWidthChanged: page.resetZoom()
        onHeightChanged: page.resetZoom()

        Image {
            id: image
            objectName: "viewerImage"
            width: frame.width
            height: frame.height
            source: page.picture
            // Decoded at the frame's size; zoomed, at full size (the provider never upscales, so
            // this is the display rendition's own size), decoded once when zooming starts.
            sourceSize: page.zoomed ? Qt.size(Math.ceil(frame.width * page.maxZoom), Math.ceil(frame.height * page.maxZoom))
                                    : Qt.size(Math.max(1, frame.width), Math.max(1, frame.height))
            fillMode: Image.PreserveAspectFit
            smooth: true
            scale: page.zoom
            transformOrigin: Item.TopLeft
        }

        PinchHandler {
            id: pinch
            objectName: "photoPinch"
            target: null
            rotationAxis.enabled: false
            xAxis.enabled: false
            yAxis.enabled: false
            property real startZoom: 1.0
            property point startPos: Qt.point(0, 0)
            property point startCentroid: Qt.point(0, 0)
            onActiveChanged: {
                if (active) {
                    startZoom = page.zoom
                    startPos = Qt.point(image.x, image.y)
                    startCentroid = centroid.position
                } else if (!page.zoomed) {
                    page.resetZoom()
                }
            }
            // About the fingers: the point first under them follows their centroid.
            onActiveScaleChanged: if (active) page.zoomAbout(startZoom * activeScale, startCentroid, startPos, startZoom, centroid.position)
            onCentroidChanged: if (active) page.zoomAbout(page.zoom, startCentroid, startPos, startZoom, centroid.position)
        }
        DragHandler {
            objectName: "photoPan"
            enabled: page.zoomed
            target: image
            xAxis.minimum: page.minX
            xAxis.maximum: page.maxX
            yAxis.minimum: page.minY
            yAxis.maximum: page.maxY
        }
        TapHandler {
            objectName: "photoDoubleTap"
            onDoubleTapped: (eventPoint) => {
                if (page.zoomed) {
                    page.resetZoom()
                } else {
                    const at = eventPoint.position
                    page.zoomAbout(page.tapZoom, at, Qt.point(image.x, image.y), page.zoom, at)
                }
            }
        }
    }

    Column {
        id: captionBox
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                  leftMargin: page.theme.margin; rightMargin: page.theme.margin; bottomMargin: page.theme.smallGap }
        spacing: page.theme.smallGap
        PlainLabel {
            objectName: "viewerCaption"
            width: parent.width
            text: page.caption
            color: page.theme.inkOnDark
            font.pixelSize: page.theme.body
            lineHeight: 1.3
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        // The credit and, for placeholder art, a plain note beside it (not a button-like badge).
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: page.theme.gap
            visible: page.credit !== "" || page.placeholderNote !== ""
            PlainLabel {
                objectName: "viewerCredit"
                width: Math.min(implicitWidth, captionBox.width - (mark.visible ? mark.width + parent.spacing : 0))
                visible: page.credit !== ""
                text: page.credit
                color: page.theme.mutedOnDark
                font.pixelSize: page.theme.small
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            PlainLabel {
                id: mark
                objectName: "placeholderMark"
                visible: text !== ""
                text: page.placeholderNote
                color: page.theme.faintOnDark
                font.pixelSize: page.theme.small
            }
        }
    }
}
