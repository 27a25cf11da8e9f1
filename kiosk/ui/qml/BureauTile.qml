import QtQuick
import QtQuick.Controls.Basic

// One bureau on Home: its whole cover (nothing drawn over the art, which carries its own
// title and placeholder mark), then its city and its brand (or focus), never elided: a long
// name wraps and shrinks to fit the space under the cover.
AbstractButton {
    id: tile
    required property Theme theme
    required property string slug
    required property string headline
    required property string city
    required property string colour
    required property string cover
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
                objectName: "tileImage"
                anchors.fill: parent
                source: tile.cover
                sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                fillMode: Image.PreserveAspectFit
                opacity: tile.down ? 0.85 : 1.0
            }
        }
        Rectangle {
            anchors { left: frame.left; right: frame.right; top: frame.bottom }
            height: Math.round(6 * tile.theme.s)
            color: tile.colour
        }
    }

    topPadding: tile.coverHeight + tile.theme.line + Math.round(6 * theme.s) + padding
    contentItem: Item {
        Label {
            id: cityLabel
            objectName: "tileCity"
            width: parent.width
            text: tile.city
            color: tile.colour
            font.pixelSize: tile.citySize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {  // the name on one line at full size, to measure it
            id: probe
            visible: false
            text: tile.headline
            font.pixelSize: tile.nameSize
            font.bold: true
        }
        Label {
            id: nameLabel
            // A name that nearly fits one line shrinks a little to fit it (no lone last word or
            // character); a longer one wraps, and shrinks only as far as its lines need.
            readonly property real oneLineSize: Math.floor(tile.nameSize * Math.min(1, width / Math.max(1, probe.implicitWidth)))
            objectName: "tileName"
            anchors { left: parent.left; right: parent.right; top: cityLabel.bottom; bottom: parent.bottom
                      topMargin: Math.round(4 * tile.theme.s) }
            text: tile.headline
            color: tile.theme.ink
            font.pixelSize: oneLineSize >= 0.88 * tile.nameSize ? oneLineSize : tile.nameSize
            font.bold: true
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(16 * tile.theme.s)
            verticalAlignment: Text.AlignTop
        }
    }
}
