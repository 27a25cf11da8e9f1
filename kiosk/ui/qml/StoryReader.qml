import QtQuick
import QtQuick.Controls.Basic

// A story: title, attribution, the text in a kinetic Flickable, its photos with captions.
Item {
    id: screen
    required property Theme theme
    required property QtObject kiosk
    required property var nav

    readonly property var story: kiosk.story
    readonly property bool hasPhotos: photoRepeater.count > 0
    readonly property bool twoColumns: !theme.portrait && hasPhotos
    readonly property real textWidth: twoColumns ? Math.round((width - 2 * theme.margin - 3 * theme.gap) * 0.62)
                                                 : Math.min(theme.readingWidth, width - 2 * theme.margin)

    Rectangle { anchors.fill: parent; color: screen.theme.bg }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        kiosk: screen.kiosk
        nav: screen.nav
        title: screen.kiosk.bureau.name
    }

    Flickable {
        id: flick
        objectName: "storyFlick"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom }
        contentWidth: width
        contentHeight: Math.max(textColumn.y + textColumn.height, photoColumn.y + photoColumn.height) + screen.theme.margin
        boundsBehavior: Flickable.DragOverBounds
        flickDeceleration: 1500
        maximumFlickVelocity: 4000 * screen.theme.s
        clip: true

        Column {
            id: textColumn
            x: screen.twoColumns ? screen.theme.margin : Math.round((flick.width - width) / 2)
            y: screen.theme.margin
            width: screen.textWidth
            spacing: screen.theme.gap

            Label {
                objectName: "storyTitle"
                width: parent.width
                text: screen.story.title
                color: screen.theme.ink
                font.pixelSize: screen.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                text: screen.kiosk.t.sourceLabel + screen.story.source
                      + (screen.story.credit !== "" ? screen.kiosk.t.separator + screen.story.credit : "")
                color: screen.kiosk.bureau.colour
                font.pixelSize: screen.theme.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle { width: parent.width; height: screen.theme.line; color: screen.theme.rule }
            Label {
                width: parent.width
                text: screen.story.summary
                color: screen.theme.muted
                font.pixelSize: screen.theme.h3
                lineHeight: 1.35
                wrapMode: Text.Wrap
            }
            Paragraphs {
                objectName: "storyBody"
                width: parent.width
                theme: screen.theme
                paragraphs: screen.story.paragraphs
            }
        }

        Column {
            id: photoColumn
            x: screen.twoColumns ? textColumn.x + textColumn.width + 3 * screen.theme.gap : textColumn.x
            y: screen.twoColumns ? screen.theme.margin : textColumn.y + textColumn.height + 2 * screen.theme.gap
            width: screen.twoColumns ? flick.width - x - screen.theme.margin : textColumn.width
            spacing: 2 * screen.theme.gap

            Repeater {
                id: photoRepeater
                model: screen.kiosk.storyPhotos
                delegate: CaptionedPhoto {
                    width: photoColumn.width
                    theme: screen.theme
                    kiosk: screen.kiosk
                    onClicked: screen.nav.openStoryPhotos(index)
                }
            }
        }
    }
}
