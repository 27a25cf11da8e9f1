pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The draft through the real visitor screens, under a band that says it is a preview and leads
// back to editing.
Rectangle {
    id: pane
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    signal closed()

    objectName: "previewPane"
    color: theme.bg

    readonly property var screens: ({
        "bureau": bureauScreen, "story": storyScreen, "viewer": viewerScreen, "overview": overviewScreen
    })

    Rectangle {
        id: band
        objectName: "previewBand"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: pane.theme.touch + 2 * pane.theme.smallGap
        color: pane.theme.gold
        RowLayout {
            anchors { fill: parent; leftMargin: pane.theme.margin; rightMargin: pane.theme.margin }
            PlainLabel {
                Layout.fillWidth: true
                text: pane.chrome.t.previewBand
                color: pane.theme.ink
                font.pixelSize: pane.theme.h3
                font.bold: true
            }
            TouchButton {
                objectName: "backToEditing"
                theme: pane.theme
                variant: "primary"
                text: pane.chrome.t.backToEditing
                onClicked: pane.closed()
            }
        }
    }

    Connections {
        target: pane.nav
        function onPushed(page: Page) { stack.push(pane.screens[page.kind], { page: page }) }
        function onPoppedTo(depth: int) { stack.pop(stack.get(depth - 1)) }
    }

    FadeStack {
        id: stack
        anchors { left: parent.left; right: parent.right; top: band.bottom; bottom: parent.bottom }
        theme: pane.theme
        clip: true
        initialItem: homeScreen
    }

    Component {
        id: homeScreen
        HomeScreen { objectName: "previewHome"; theme: pane.theme; chrome: pane.chrome; session: pane.session; nav: pane.nav; page: pane.nav.homePage }
    }
    Component {
        id: bureauScreen
        BureauPanel { objectName: "previewBureau"; theme: pane.theme; chrome: pane.chrome; session: pane.session; nav: pane.nav }
    }
    Component {
        id: storyScreen
        StoryReader { objectName: "previewStory"; theme: pane.theme; chrome: pane.chrome; session: pane.session; nav: pane.nav }
    }
    Component {
        id: viewerScreen
        PhotoViewer { objectName: "previewPhotos"; theme: pane.theme; chrome: pane.chrome; session: pane.session; nav: pane.nav }
    }
    Component {
        id: overviewScreen
        ProvinceOverview { objectName: "previewOverview"; theme: pane.theme; chrome: pane.chrome; session: pane.session; nav: pane.nav }
    }
}
