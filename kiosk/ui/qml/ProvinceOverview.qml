pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The province overview: the article's three sections, the headline figures, the credits,
// and the way to the provincial bureau's own panel.
Item {
    id: screen
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    required property OverviewPage page

    readonly property real columnWidth: Math.min(width - 2 * theme.margin, theme.overviewWidth)
    readonly property int figureColumns: theme.portrait ? 3 : 5
    // Room beside a section's text for the bureaus it tells of (0: they go below the text).
    readonly property real sideWidth: {
        const room = columnWidth - theme.readingWidth - 2 * theme.gap
        return room >= theme.sideColumnMin ? room : 0
    }
    // Units go under the numbers on every card as soon as one card cannot fit them beside.
    readonly property bool unitsBelow: {
        for (let i = 0; i < figureRepeater.count; ++i) {
            const card = figureRepeater.itemAt(i) as FigureCard
            if (card && card.inlineWidth > card.innerWidth)
                return true
        }
        return false
    }

    Rectangle { anchors.fill: parent; color: screen.theme.bg }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        chrome: screen.chrome
        session: screen.session
        nav: screen.nav
        title: screen.page.title
    }

    Flickable {
        id: flick
        objectName: "overviewFlick"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom }
        contentWidth: width
        contentHeight: content.height + 2 * screen.theme.margin
        boundsBehavior: Flickable.DragOverBounds
        clip: true

        Column {
            id: content
            x: Math.round((flick.width - width) / 2)
            y: screen.theme.margin
            width: screen.columnWidth
            spacing: 2 * screen.theme.gap

            Column {
                width: parent.width
                spacing: screen.theme.gap
                PlainLabel {
                    width: parent.width
                    text: screen.page.headline
                    color: screen.theme.red
                    font.pixelSize: screen.theme.h3
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    objectName: "overviewTitle"
                    width: parent.width
                    text: screen.page.heading
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.display
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }

            SectionHeading { theme: screen.theme; text: screen.chrome.t.figures }
            // The cards of one row are as tall as the tallest of them: the layout's uniform heights.
            GridLayout {
                id: figureGrid
                width: parent.width
                columns: screen.figureColumns
                columnSpacing: screen.theme.gap
                rowSpacing: screen.theme.gap
                uniformCellWidths: true
                uniformCellHeights: true
                Repeater {
                    id: figureRepeater
                    model: screen.page.figures
                    delegate: FigureCard {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1  // every column alike, whatever each card's words
                        // Its words wrap to the column's width: never shorter than they need.
                        Layout.minimumHeight: implicitHeight
                        theme: screen.theme
                        animate: screen.session.animations
                        unitBelow: screen.unitsBelow
                    }
                }
            }

            TouchButton {
                objectName: "provinceBureauButton"
                visible: screen.page.provinceSlug !== ""
                theme: screen.theme
                text: screen.chrome.t.provincePanel + "  →"
                variant: "primary"
                bold: true
                width: Math.min(implicitWidth, parent.width)
                onClicked: screen.nav.openBureau(screen.page.provinceSlug)
            }

            Paragraphs {
                width: Math.min(parent.width, screen.theme.readingWidth)
                theme: screen.theme
                paragraphs: screen.page.introduction
            }

            Repeater {
                model: screen.page.sections
                delegate: Column {
                    id: section
                    required property int index
                    required property string key
                    required property string title
                    required property string lead
                    required property var paragraphs
                    required property var bureaus
                    objectName: "section_" + key
                    width: content.width
                    spacing: screen.theme.gap
                    Row {
                        width: parent.width
                        spacing: screen.theme.gap
                        PlainLabel {
                            id: number
                            text: String(section.index + 1).padStart(2, "0")
                            color: screen.theme.gold
                            font.pixelSize: screen.theme.display
                            font.bold: true
                        }
                        PlainLabel {
                            width: parent.width - number.width - parent.spacing
                            anchors.verticalCenter: number.verticalCenter
                            text: section.title
                            color: screen.theme.ink
                            font.pixelSize: screen.theme.h2
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                    }
                    Row {
                        width: parent.width
                        spacing: 2 * screen.theme.gap
                        Column {
                            id: sectionText
                            width: Math.min(parent.width, screen.theme.readingWidth)
                            spacing: screen.theme.gap
                            QuoteBlock {
                                width: parent.width
                                theme: screen.theme
                                text: section.lead
                                fontSize: screen.theme.h3
                                visible: text !== ""
                            }
                            Paragraphs {
                                width: parent.width
                                theme: screen.theme
                                paragraphs: section.paragraphs
                            }
                        }
                        // Beside the text where the screen is wide enough, else below it.
                        SectionBureaus {
                            visible: screen.sideWidth > 0 && section.bureaus.length > 0
                            width: screen.sideWidth
                            theme: screen.theme
                            chrome: screen.chrome
                            nav: screen.nav
                            sectionKey: section.key
                            bureaus: visible ? section.bureaus : []
                        }
                    }
                    SectionBureaus {
                        visible: screen.sideWidth === 0 && section.bureaus.length > 0
                        width: parent.width
                        theme: screen.theme
                        chrome: screen.chrome
                        nav: screen.nav
                        sectionKey: section.key
                        bureaus: visible ? section.bureaus : []
                    }
                }
            }

            Rectangle { width: parent.width; height: screen.theme.line; color: screen.theme.rule }
            Column {
                objectName: "credits"
                width: parent.width
                spacing: screen.theme.smallGap
                SectionHeading { theme: screen.theme; text: screen.chrome.t.credits; fontSize: screen.theme.h3 }
                PlainLabel {
                    width: parent.width
                    text: screen.page.reporter
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.body
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    width: parent.width
                    text: screen.page.sourceLine
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.body
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    width: parent.width
                    text: screen.page.reprint
                    color: screen.theme.muted
                    font.pixelSize: screen.theme.small
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
