import QtQuick
import QtQuick.Controls.Basic

// Home: the exhibition's title and theme, the province overview, a tile per bureau.
Item {
    id: screen
    required property Theme theme
    required property QtObject kiosk
    required property var nav

    readonly property int columns: theme.portrait ? 3 : 5
    readonly property int rows: Math.ceil(grid.count / columns)

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: headerText.implicitHeight + (screen.theme.portrait ? 2 * screen.theme.margin : 1.6 * screen.theme.margin)
        color: screen.theme.paper

        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: screen.theme.line
            color: screen.theme.rule
        }
        Rectangle {
            id: mark
            x: screen.theme.margin
            anchors { top: headerText.top; bottom: headerText.bottom }
            width: Math.round(10 * screen.theme.s)
            color: screen.theme.red
        }
        Column {
            id: headerText
            anchors {
                left: mark.right; leftMargin: screen.theme.gap
                right: language.left; rightMargin: screen.theme.gap
                top: parent.top; topMargin: screen.theme.portrait ? screen.theme.margin : 0.8 * screen.theme.margin
            }
            spacing: screen.theme.smallGap
            Text {
                objectName: "exhibitionTitle"
                width: parent.width
                text: screen.kiosk.exhibition.title
                color: screen.theme.ink
                font.pixelSize: screen.theme.portrait ? screen.theme.display : screen.theme.h1
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: "<font color='" + screen.theme.red + "'><b>" + screen.kiosk.exhibition.programme
                      + "</b></font>　" + screen.kiosk.exhibition.theme
                textFormat: Text.StyledText
                color: screen.theme.muted
                font.pixelSize: screen.theme.portrait ? screen.theme.h3 : screen.theme.body
                wrapMode: Text.Wrap
            }
        }
        LanguageSwitch {
            id: language
            theme: screen.theme
            kiosk: screen.kiosk
            anchors { right: parent.right; rightMargin: screen.theme.margin; top: parent.top; topMargin: screen.theme.margin }
        }
    }

    OverviewEntry {
        id: overview
        theme: screen.theme
        kiosk: screen.kiosk
        onClicked: screen.nav.openOverview()
        x: screen.theme.margin
        y: header.height + screen.theme.margin
        width: screen.theme.portrait ? screen.width - 2 * screen.theme.margin
                                     : Math.round((screen.width - 2 * screen.theme.margin) * 0.2)
        height: screen.theme.portrait ? Math.max(implicitHeight, Math.round(220 * screen.theme.s))
                                      : screen.height - y - screen.theme.margin
    }

    GridView {
        id: grid
        objectName: "bureauGrid"
        // Each cell carries a gap on its right and bottom, so the grid reaches one gap past the margin.
        x: screen.theme.portrait ? screen.theme.margin : overview.x + overview.width + screen.theme.gap
        y: screen.theme.portrait ? overview.y + overview.height + screen.theme.gap : overview.y
        width: screen.width - x - screen.theme.margin + screen.theme.gap
        height: screen.height - y - screen.theme.margin + screen.theme.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        cellWidth: Math.floor(width / screen.columns)
        cellHeight: Math.max(Math.round(210 * screen.theme.s), Math.floor(height / Math.max(1, screen.rows)))
        model: screen.kiosk.bureaus

        delegate: BureauTile {
            theme: screen.theme
            width: grid.cellWidth - screen.theme.gap
            height: grid.cellHeight - screen.theme.gap
            onClicked: screen.nav.openBureau(slug)
        }
    }
}
