pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// One bureau's panel: name, brand, slogan, concept (unless the summary repeats it), what the article says; its cover as a hero
// (whole, never cropped), further photos in a strip, its stories. Landscape: words on the left,
// pictures and stories on the right. Portrait: the hero on top, full width.
Item {
    id: screen
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    required property BureauPage page

    readonly property BureauPage bureau: page
    readonly property color accent: bureau.colour
    readonly property bool twoColumns: !theme.portrait
    readonly property real columnWidth: twoColumns ? Math.round((width - 2 * theme.margin - 3 * theme.gap) * 0.5)
                                                   : width - 2 * theme.margin
    readonly property bool hasHero: bureau.hero !== ""

    // Story cards are made as a list view makes its rows, not all at once (a bureau may have fifty):
    // at once, those that can be within the screen (and, as the visitor scrolls, the next ones);
    // the rest a few a frame once the panel has faded in, so a fling runs to the real end.
    readonly property real storiesTop: mediaColumn.y + storiesHeading.y + storiesHeading.height
    readonly property real storyMinHeight: theme.h3 + theme.body + theme.small + 2 * theme.smallGap + 2 * theme.gap
    readonly property int storiesInReach: Math.max(0, Math.ceil((flick.contentY + flick.height - storiesTop)
                                                                / storyMinHeight)) + 1
    property int storiesMadeLater: 0
    readonly property int storiesMade: Math.max(storiesInReach, storiesMadeLater)
    readonly property bool shownWhole: StackView.view === null || StackView.status === StackView.Active
    FrameAnimation {
        running: screen.shownWhole && screen.storiesMade < storyRepeater.count
        onTriggered: screen.storiesMadeLater = screen.storiesMade + 4
    }

    Rectangle { anchors.fill: parent; color: screen.theme.bg }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        chrome: screen.chrome
        session: screen.session
        nav: screen.nav
        title: screen.bureau.title
    }

    Flickable {
        id: flick
        objectName: "bureauFlick"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom }
        contentWidth: width
        contentHeight: Math.max(textColumn.y + textColumn.height, mediaColumn.y + mediaColumn.height) + screen.theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        AbstractButton {
            id: hero
            objectName: "bureauHero"
            visible: screen.hasHero
            focusPolicy: Qt.NoFocus
            hoverEnabled: false
            padding: 0
            x: screen.twoColumns ? mediaColumn.x : screen.theme.margin
            y: screen.theme.margin
            width: screen.columnWidth
            // The whole picture at its own aspect; a tall one is kept within the screen.
            // (Not `visible ?`: that is false until the screen is shown, and the picture would be
            // decoded once more for a height of 0.)
            height: screen.hasHero ? Math.round(Math.min(width / Math.max(0.3, screen.bureau.heroAspect), flick.height * 0.8)) : 0
            scale: down ? 0.99 : 1.0
            onClicked: screen.nav.openPhotos(screen.page, 0)
            contentItem: Image {
                source: screen.bureau.hero
                sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                fillMode: Image.PreserveAspectFit
                opacity: hero.down ? 0.85 : 1.0
            }
        }

        Column {
            id: textColumn
            x: screen.theme.margin
            y: screen.twoColumns || !screen.hasHero ? screen.theme.margin : hero.y + hero.height + 2 * screen.theme.gap
            width: screen.columnWidth
            spacing: screen.theme.gap

            Rectangle { width: screen.theme.accentBarWidth; height: screen.theme.accentBarHeight; color: screen.accent }
            PlainLabel {
                width: parent.width
                text: screen.bureau.city
                color: screen.accent
                font.pixelSize: screen.theme.h3
                font.bold: true
                wrapMode: Text.Wrap
            }
            PlainLabel {
                objectName: "bureauName"
                width: parent.width
                text: screen.bureau.title
                color: screen.theme.ink
                font.pixelSize: screen.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            Column {
                width: parent.width
                spacing: screen.theme.smallGap
                visible: screen.bureau.brand !== ""
                PlainLabel {
                    text: screen.chrome.t.brand
                    color: screen.theme.muted
                    font.pixelSize: screen.theme.small
                }
                PlainLabel {
                    objectName: "bureauBrand"
                    width: parent.width
                    text: screen.bureau.brand
                    color: screen.accent
                    font.pixelSize: screen.theme.display
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
            PlainLabel {
                objectName: "bureauFocus"
                width: parent.width
                visible: screen.bureau.brand === "" && screen.bureau.focus !== ""
                text: screen.bureau.focus
                color: screen.accent
                font.pixelSize: screen.theme.h2
                font.bold: true
                wrapMode: Text.Wrap
            }
            QuoteBlock {
                width: parent.width
                theme: screen.theme
                accent: screen.accent
                label: screen.chrome.t.slogan
                text: screen.bureau.slogan
                fontSize: screen.theme.h3
                visible: text !== ""
            }
            QuoteBlock {  // "" where the summary below already says it (BureauPage decides)
                objectName: "bureauConcept"
                width: parent.width
                theme: screen.theme
                accent: screen.accent
                label: screen.chrome.t.concept
                text: screen.bureau.concept
                fontSize: screen.theme.body
                visible: text !== ""
            }
            Paragraphs {
                objectName: "bureauSummary"
                width: parent.width
                theme: screen.theme
                paragraphs: screen.bureau.summary
            }
        }

        Column {
            id: mediaColumn
            x: screen.twoColumns ? textColumn.x + textColumn.width + 3 * screen.theme.gap : screen.theme.margin
            y: !screen.twoColumns ? textColumn.y + textColumn.height + 2 * screen.theme.gap
               : screen.hasHero ? hero.y + hero.height + 2 * screen.theme.gap : screen.theme.margin
            width: screen.columnWidth
            spacing: screen.theme.gap

            SectionHeading {
                objectName: "photosHeading"
                theme: screen.theme
                accent: screen.accent
                text: screen.chrome.t.photos
                visible: photoStrip.count > 0
            }
            PhotoStrip {
                id: photoStrip
                objectName: "photoStrip"
                width: parent.width
                height: implicitHeight
                visible: count > 0
                theme: screen.theme
                model: screen.bureau.stripPhotos  // the bureau's pictures after the hero
                onOpened: (index) => screen.nav.openPhotos(screen.page, index + 1)
            }
            Item { width: 1; height: screen.theme.smallGap; visible: storyRepeater.count > 0 && photoStrip.count > 0 }
            SectionHeading {
                id: storiesHeading
                theme: screen.theme
                accent: screen.accent
                text: screen.chrome.t.stories
                visible: storyRepeater.count > 0
            }
            Repeater {
                id: storyRepeater
                model: screen.bureau.stories
                // A slot per story; its card is made when it comes within reach (see storiesMade).
                // An empty slot is 0 px tall, which a Column skips: the cards sit as they always did.
                delegate: Loader {
                    id: storySlot
                    required property int index
                    required property string key
                    required property string title
                    required property string summary
                    required property string thumb
                    width: mediaColumn.width
                    active: index < screen.storiesMade
                    sourceComponent: StoryCard {
                        theme: screen.theme
                        chrome: screen.chrome
                        accent: screen.accent
                        key: storySlot.key
                        title: storySlot.title
                        summary: storySlot.summary
                        thumb: storySlot.thumb
                        onClicked: screen.nav.openStory(screen.page, storySlot.key)
                    }
                }
            }
        }
    }
}
