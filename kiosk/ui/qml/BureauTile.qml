import QtQuick
import QtQuick.Controls.Basic

// One bureau on Home: its whole cover, then its city and its brand (or focus), never elided: a
// long name wraps and shrinks to fit the space under the cover. Nothing is drawn over the art
// but, on placeholder art, a legible "placeholder" chip laid exactly over the art's own mark
// (top left; too small to read on a tile), clear of the art's title (bottom left) and motif (right).
AbstractButton {
    id: tile
    required property Theme theme
    required property string slug
    required property string headline
    required property string city
    required property string colour
    required property string cover
    required property bool coverPlaceholder
    required property var placeholderMark  // [left, top, width, height, max width] of the art
    property string placeholderText: ""
    property real coverHeight: Math.round((width - 2 * theme.line) / 1.6)
    property int citySize: Math.round(theme.small * 0.85)
    property int nameSize: theme.body

    objectName: "bureauTile_" + slug
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    scale: down ? 0.97 : 1.0
    padding: theme.smallGap

    background: Rectangle {
        radius: tile.theme.radius
        color: tile.down ? tile.theme.rule : tile.theme.paper
        border.color: tile.theme.rule
        border.width: tile.theme.line

        Rectangle {  // the cover's frame: the bureau's colour shows if an editor's cover is not 16:10
            id: frame
            x: tile.theme.line
            y: tile.theme.line
            width: parent.width - 2 * tile.theme.line
            height: tile.coverHeight
            color: tile.colour
            Image {
                id: image
                objectName: "tileImage"
                anchors.fill: parent
                source: tile.cover
                sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                fillMode: Image.PreserveAspectFit
                opacity: tile.down ? 0.85 : 1.0
            }
            Rectangle {
                // Over the box where the art draws its own mark (kiosk/content/placeholder_mark.py,
                // given by the model), growing to fit its words up to the box's widest.
                readonly property real pw: image.paintedWidth
                readonly property real ph: image.paintedHeight
                readonly property real pad: tile.theme.tinyGap
                readonly property var box: tile.placeholderMark
                objectName: "tilePlaceholder"
                visible: tile.coverPlaceholder && pw > 0
                x: image.x + (image.width - pw) / 2 + Math.round(box[0] * pw)
                y: image.y + (image.height - ph) / 2 + Math.round(box[1] * ph)
                width: Math.min(Math.round(box[4] * pw), Math.max(Math.round(box[2] * pw), chipText.implicitWidth + 2 * pad))
                height: Math.max(Math.round(box[3] * ph), chipText.implicitHeight + pad)
                radius: tile.theme.chipRadius
                color: tile.theme.paper
                opacity: tile.down ? 0.85 : 1.0
                PlainLabel {
                    id: chipText
                    objectName: "tilePlaceholderText"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - 2 * parent.pad)
                    text: tile.placeholderText
                    color: tile.theme.ink
                    font.pixelSize: Math.max(12, Math.round(tile.theme.small * 0.58))
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
        Rectangle {
            anchors { left: frame.left; right: frame.right; top: frame.bottom }
            height: tile.theme.coverBandHeight
            color: tile.colour
        }
    }

    topPadding: tile.coverHeight + tile.theme.line + tile.theme.coverBandHeight + padding
    contentItem: Item {
        PlainLabel {
            id: cityLabel
            objectName: "tileCity"
            width: parent.width
            text: tile.city
            color: tile.colour
            font.pixelSize: tile.citySize
            font.bold: true
            wrapMode: Text.Wrap
        }
        PlainLabel {  // the name on one line at full size, to measure it
            id: probe
            visible: false
            text: tile.headline
            font.pixelSize: tile.nameSize
            font.bold: true
        }
        PlainLabel {
            id: nameLabel
            // A name that nearly fits one line shrinks a little to fit it (no lone last word or
            // character); a longer one wraps, and shrinks only as far as its lines need.
            readonly property real oneLineSize: Math.floor(tile.nameSize * Math.min(1, width / Math.max(1, probe.implicitWidth)))
            objectName: "tileName"
            anchors { left: parent.left; right: parent.right; top: cityLabel.bottom; bottom: parent.bottom
                      topMargin: tile.theme.tileTextGap }
            text: tile.headline
            color: tile.theme.ink
            font.pixelSize: oneLineSize >= 0.88 * tile.nameSize ? oneLineSize : tile.nameSize
            font.bold: true
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: tile.theme.minimumText
            verticalAlignment: Text.AlignTop
        }
    }
}
