pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// Home: the exhibition's title and theme, the province overview, a tile per bureau.
// Wide landscape: the title and the overview fill a column on the left, the tiles the rest, so
// every tile shows its whole cover with its name under it, all at once. Portrait (and squarer
// windows): title on top, then the overview as one band, then the tiles (which scroll when
// they do not all fit).
Item {
    id: screen
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    required property HomePage page

    // The title column needs a wide screen (16:9, 16:10, 3:2); a squarer window gets the header.
    readonly property bool side: width >= 1.5 * height
    readonly property real sideWidth: side ? Math.round(width * 0.28) : width
    readonly property int columns: Math.max(3, Math.min(5, Math.floor(grid.width / theme.tileMinWidth)))
    readonly property int rows: Math.ceil(grid.count / columns)

    // The tiles' own measures, shared so every cell is the same height.
    readonly property real tileWidth: grid.cellWidth - theme.gap
    readonly property real coverHeight: Math.round((tileWidth - 2 * theme.line) / 1.6)  // the art is 16:10
    readonly property int citySize: Math.round(theme.small * 0.85)
    readonly property int nameSize: theme.tileName
    readonly property real wordsPadding: theme.smallGap
    // Under the cover: the city and, at full size, two lines of name (a third line or a long
    // name shrinks to fit; see BureauTile).
    readonly property real tileHeight: coverHeight + theme.coverBandHeight + 2 * wordsPadding
                                       + Math.ceil(citySize * 1.45) + theme.tileTextGap
                                       + Math.ceil(nameSize * 1.45 * 2)

    Rectangle {
        id: header
        width: screen.side ? screen.sideWidth : screen.width
        height: screen.side ? screen.height : headerText.y + headerText.height + headerText.y
        color: screen.theme.paper

        Rectangle {  // the rule between the header and the tiles
            x: screen.side ? parent.width - width : 0
            y: screen.side ? 0 : parent.height - height
            width: screen.side ? screen.theme.line : parent.width
            height: screen.side ? parent.height : screen.theme.line
            color: screen.theme.rule
        }
        LanguageSwitch {
            id: language
            theme: screen.theme
            chrome: screen.chrome
            session: screen.session
            anchors { right: parent.right; rightMargin: screen.side ? screen.theme.margin * 0.8 : screen.theme.margin
                      top: parent.top; topMargin: Math.round(screen.theme.margin * 0.8) }
        }
        Rectangle {
            id: mark
            x: screen.side ? Math.round(screen.theme.margin * 0.8) : screen.theme.margin
            anchors { top: headerText.top; bottom: headerText.bottom }
            width: screen.theme.titleMarkWidth
            color: screen.theme.red
        }
        Column {
            id: headerText
            x: mark.x + mark.width + screen.theme.gap
            y: screen.side ? language.y + language.height + screen.theme.gap : Math.round(screen.theme.margin * 0.8)
            width: screen.side ? header.width - x - Math.round(screen.theme.margin * 0.8)
                               : language.x - x - screen.theme.gap
            spacing: screen.theme.smallGap
            PlainLabel {
                objectName: "exhibitionTitle"
                width: parent.width
                text: screen.page.title
                color: screen.theme.ink
                font.pixelSize: screen.side ? screen.theme.h2 : screen.theme.h1
                font.bold: true
                lineHeight: screen.side ? 1.1 : 1.0
                wrapMode: Text.Wrap
            }
            Label {  // styled: the programme set off in red; its parts arrive escaped (HomePage)
                objectName: "programmeLine"
                width: parent.width
                text: "<font color='" + screen.theme.red + "'><b>" + screen.page.programmeMarkup
                      + "</b></font>" + screen.page.separatorMarkup + screen.page.themeMarkup
                textFormat: Text.StyledText
                color: screen.theme.muted
                font.pixelSize: screen.side ? screen.theme.small : screen.theme.body
                lineHeight: 1.15
                wrapMode: Text.Wrap
            }
        }
    }

    OverviewEntry {
        id: overview
        theme: screen.theme
        chrome: screen.chrome
        figures: screen.page.figures
        compact: !screen.side
        onClicked: screen.nav.openOverview()
        x: screen.side ? mark.x : screen.theme.margin
        y: screen.side ? headerText.y + headerText.height + screen.theme.margin : header.height + screen.theme.gap
        width: screen.side ? screen.sideWidth - 2 * x : screen.width - 2 * screen.theme.margin
        height: screen.side ? Math.max(implicitHeight, screen.height - y - x) : implicitHeight
    }

    GridView {
        id: grid
        objectName: "bureauGrid"
        // Each cell carries a gap on its right and bottom, so the grid reaches one gap past the margin.
        x: screen.side ? screen.sideWidth + screen.theme.margin * 0.8 : screen.theme.margin
        y: screen.side ? Math.round(screen.theme.margin * 0.8) : overview.y + overview.height + screen.theme.gap
        width: screen.width - x - (screen.side ? screen.theme.margin * 0.8 : screen.theme.margin) + screen.theme.gap
        height: screen.height - y - (screen.side ? screen.theme.margin * 0.8 : screen.theme.margin) + screen.theme.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        cellWidth: Math.floor(width / screen.columns)
        // Landscape tiles stretch to fill the screen's height (more room for long names); portrait
        // tiles keep their height, and the grid scrolls when they do not all fit.
        cellHeight: Math.max(screen.tileHeight + screen.theme.gap,
                             screen.side ? Math.floor(height / Math.max(1, screen.rows)) : 0)
        model: screen.page.bureaus

        delegate: BureauTile {
            id: tile
            theme: screen.theme
            width: grid.cellWidth - screen.theme.gap
            height: grid.cellHeight - screen.theme.gap
            coverHeight: screen.coverHeight
            citySize: screen.citySize
            nameSize: screen.nameSize
            padding: screen.wordsPadding
            placeholderText: screen.chrome.t.placeholder
            onClicked: screen.nav.openBureau(tile.slug)
        }
    }
}
