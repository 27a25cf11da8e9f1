import QtQuick
import QtQuick.Controls.Basic

// One bureau on Home: its cover, its brand (or focus) and its city.
AbstractButton {
    id: tile
    required property Theme theme
    required property string slug
    required property string headline
    required property string city
    required property string colour
    required property string cover

    objectName: "bureauTile_" + slug
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    scale: down ? 0.97 : 1.0
    padding: 0

    background: Rectangle {
        radius: tile.theme.radius
        color: tile.down ? tile.theme.rule : tile.theme.paper
        border.color: tile.theme.rule
        border.width: tile.theme.line
    }
    contentItem: Item {
        clip: true
        Image {
            id: picture
            objectName: "tileImage"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: tile.theme.line }
            height: Math.max(Math.round(parent.height * 0.25), parent.height - words.height - accent.height)
            source: tile.cover
            sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
            fillMode: Image.PreserveAspectCrop
            clip: true
            Rectangle {
                anchors { left: parent.left; bottom: parent.bottom; margins: tile.theme.smallGap }
                width: cityLabel.implicitWidth + tile.theme.gap
                height: cityLabel.implicitHeight + Math.round(4 * tile.theme.s)
                radius: tile.theme.radius / 2
                color: "#cc1a1412"
                Text {
                    id: cityLabel
                    anchors.centerIn: parent
                    text: tile.city
                    color: "#ffffff"
                    font.pixelSize: tile.theme.small
                }
            }
        }
        FontMetrics { id: metrics; font: title.font }
        Rectangle {
            id: accent
            anchors { left: parent.left; right: parent.right; top: picture.bottom }
            height: Math.round(6 * tile.theme.s)
            color: tile.colour
        }
        Column {
            id: words
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                      leftMargin: tile.theme.gap * 0.75; rightMargin: tile.theme.gap * 0.75 }
            topPadding: tile.theme.smallGap
            bottomPadding: tile.theme.smallGap
            spacing: Math.round(4 * tile.theme.s)
            Text {
                id: title
                width: parent.width
                // Always two lines tall, so every tile's picture is the same height.
                height: Math.ceil(metrics.lineSpacing * 2) + 2
                text: tile.headline
                color: tile.theme.ink
                font.pixelSize: tile.theme.body
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight  // the bureau panel shows it in full
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
