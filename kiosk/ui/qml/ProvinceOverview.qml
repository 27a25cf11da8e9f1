import QtQuick
import QtQuick.Controls.Basic

// The province overview: the article's three sections, the headline figures, the credits,
// and the way to the provincial bureau's own panel.
Item {
    id: screen
    required property Theme theme
    required property QtObject kiosk
    required property var nav

    readonly property real columnWidth: Math.min(width - 2 * theme.margin, Math.round(1700 * theme.s))
    readonly property int figureColumns: theme.portrait ? 3 : 5
    // Room beside a section's text for the bureaus it tells of (0: they go below the text).
    readonly property real sideWidth: {
        const room = columnWidth - theme.readingWidth - 2 * theme.gap
        return room >= Math.round(320 * theme.s) ? room : 0
    }
    // Units go under the numbers on every card as soon as one card cannot fit them beside.
    readonly property bool unitsBelow: {
        for (let i = 0; i < figureRepeater.count; ++i) {
            const card = figureRepeater.itemAt(i)
            if (card && card.inlineWidth > card.innerWidth)
                return true
        }
        return false
    }
    // The cards of one row are as tall as the tallest of them.
    function rowHeight(index) {
        const first = index - index % figureColumns
        let tallest = 0
        for (let i = first; i < Math.min(first + figureColumns, figureRepeater.count); ++i) {
            const card = figureRepeater.itemAt(i)
            if (card)
                tallest = Math.max(tallest, card.implicitHeight)
        }
        return tallest
    }

    Rectangle { anchors.fill: parent; color: screen.theme.bg }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        kiosk: screen.kiosk
        nav: screen.nav
        title: screen.kiosk.t.overview
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
                Label {
                    width: parent.width
                    text: screen.kiosk.exhibition.programme + screen.kiosk.t.separator + screen.kiosk.exhibition.theme
                    color: screen.theme.red
                    font.pixelSize: screen.theme.h3
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "overviewTitle"
                    width: parent.width
                    text: screen.kiosk.exhibition.title
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.display
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }

            SectionHeading { theme: screen.theme; text: screen.kiosk.t.figures }
            Grid {
                id: figureGrid
                width: parent.width
                columns: screen.figureColumns
                spacing: screen.theme.gap
                Repeater {
                    id: figureRepeater
                    model: screen.kiosk.figures
                    delegate: FigureCard {
                        required property int index
                        width: Math.floor((figureGrid.width - (figureGrid.columns - 1) * figureGrid.spacing) / figureGrid.columns)
                        height: Math.max(implicitHeight, screen.rowHeight(index))
                        theme: screen.theme
                        animate: screen.kiosk.animations
                        unitBelow: screen.unitsBelow
                        separator: screen.kiosk.t.separator
                    }
                }
            }

            TouchButton {
                objectName: "provinceBureauButton"
                visible: screen.kiosk.exhibition.provinceSlug !== ""
                theme: screen.theme
                text: screen.kiosk.t.provincePanel + "  →"
                fill: screen.theme.red
                pressedFill: screen.theme.redPressed
                ink: "#ffffff"
                bold: true
                width: Math.min(implicitWidth, parent.width)
                onClicked: screen.nav.openBureau(screen.kiosk.exhibition.provinceSlug)
            }

            Paragraphs {
                width: Math.min(parent.width, screen.theme.readingWidth)
                theme: screen.theme
                paragraphs: screen.kiosk.exhibition.introduction
            }

            Repeater {
                model: screen.kiosk.sections
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
                        Label {
                            id: number
                            text: String(section.index + 1).padStart(2, "0")
                            color: screen.theme.gold
                            font.pixelSize: screen.theme.display
                            font.bold: true
                        }
                        Label {
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
                            kiosk: screen.kiosk
                            nav: screen.nav
                            sectionKey: section.key
                            bureaus: visible ? section.bureaus : []
                        }
                    }
                    SectionBureaus {
                        visible: screen.sideWidth === 0 && section.bureaus.length > 0
                        width: parent.width
                        theme: screen.theme
                        kiosk: screen.kiosk
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
                SectionHeading { theme: screen.theme; text: screen.kiosk.t.credits; fontSize: screen.theme.h3 }
                Label {
                    width: parent.width
                    text: screen.kiosk.exhibition.reporter
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.body
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: screen.kiosk.t.sourceLabel + screen.kiosk.exhibition.source
                          + screen.kiosk.t.separator + screen.kiosk.t.editorLabel + screen.kiosk.exhibition.editor
                    color: screen.theme.ink
                    font.pixelSize: screen.theme.body
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: screen.kiosk.exhibition.reprint
                    color: screen.theme.muted
                    font.pixelSize: screen.theme.small
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
