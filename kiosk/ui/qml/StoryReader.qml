pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A story: title, attribution, the text in a kinetic Flickable, its photos with captions.
Item {
    id: screen
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    required property StoryPage page

    readonly property StoryPage story: page
    readonly property bool hasPhotos: photoRepeater.count > 0
    readonly property bool twoColumns: !theme.portrait && hasPhotos
    readonly property real textWidth: twoColumns ? Math.round((width - 2 * theme.margin - 3 * theme.gap) * 0.62)
                                                 : Math.min(theme.readingWidth, width - 2 * theme.margin)

    Rectangle { anchors.fill: parent; color: screen.theme.bg }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        chrome: screen.chrome
        session: screen.session
        nav: screen.nav
        title: screen.story.title
    }

    Flickable {
        id: flick
        objectName: "storyFlick"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom }
        contentWidth: width
        contentHeight: Math.max(textColumn.y + textColumn.height, photoColumn.y + photoColumn.height) + screen.theme.margin
        boundsBehavior: Flickable.DragOverBounds
        flickDeceleration: 1500
        maximumFlickVelocity: screen.theme.flickVelocity
        clip: true

        Column {
            id: textColumn
            x: screen.twoColumns ? screen.theme.margin : Math.round((flick.width - width) / 2)
            y: screen.theme.margin
            width: screen.textWidth
            spacing: screen.theme.gap

            PlainLabel {
                objectName: "storyTitle"
                width: parent.width
                text: screen.story.heading
                color: screen.theme.ink
                font.pixelSize: screen.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            PlainLabel {
                width: parent.width
                objectName: "storyAttribution"
                text: screen.story.attribution
                color: screen.story.colour
                font.pixelSize: screen.theme.small
                font.bold: true
                wrapMode: Text.Wrap
            }
            Rectangle { width: parent.width; height: screen.theme.line; color: screen.theme.rule }
            PlainLabel {
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
                model: screen.story.storyPhotos
                delegate: CaptionedPhoto {
                    id: storyPhoto
                    width: photoColumn.width
                    theme: screen.theme
                    onClicked: screen.nav.openPhotos(screen.page, storyPhoto.index)
                }
            }
        }
    }
}
