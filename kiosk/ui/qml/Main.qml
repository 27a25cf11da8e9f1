pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// The visitor window: a StackView showing the navigator's pages, the idle countdown above them.
// Navigation goes one way: screens ask the navigator (`nav.openBureau(slug)` …); it decides and
// says what to show (`pushed`, `poppedTo`); this file only shows it.
ApplicationWindow {
    id: root
    required property Navigator navigator
    required property VisitorSession session
    required property ChromeStrings chrome
    required property IdleMonitor idle
    required property AdminController admin
    // Each language's font (family list); every Label inherits the window's font, so a
    // language switch re-sets every text at once.
    required property font zhFont
    required property font enFont

    // A kiosk PC's window is frameless and on top of everything: kiosk/ui/lockdown.py sets
    // `locked` before the window shows (its frame cannot change once shown).
    property bool locked: false

    width: 1920
    height: 1080
    visible: false
    flags: locked ? Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint : Qt.Window
    title: root.navigator.homePage.title
    color: appTheme.bg
    font: root.session.language === "en" ? root.enFont : root.zhFont

    Theme {
        id: appTheme
        width: root.width
        height: root.height
        minTouch: root.session.minTouch
        animations: root.session.animations
    }

    readonly property var screens: ({
        "bureau": bureauScreen,
        "story": storyScreen,
        "viewer": viewerScreen,
        "overview": overviewScreen
    })

    Connections {
        target: root.navigator
        function onPushed(page: Page) { stack.push(root.screens[page.kind], { page: page }) }
        function onPoppedTo(depth: int) { stack.pop(stack.get(depth - 1)) }
    }

    FadeStack {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        theme: appTheme
        initialItem: homeScreen
    }

    Component {
        id: homeScreen
        HomeScreen {
            objectName: "homeScreen"
            theme: appTheme
            chrome: root.chrome
            session: root.session
            nav: root.navigator
            page: root.navigator.homePage
        }
    }
    Component {
        id: bureauScreen
        BureauPanel { objectName: "bureauScreen"; theme: appTheme; chrome: root.chrome; session: root.session; nav: root.navigator }
    }
    Component {
        id: storyScreen
        StoryReader { objectName: "storyScreen"; theme: appTheme; chrome: root.chrome; session: root.session; nav: root.navigator }
    }
    Component {
        id: viewerScreen
        PhotoViewer { objectName: "photoScreen"; theme: appTheme; chrome: root.chrome; session: root.session; nav: root.navigator }
    }
    Component {
        id: overviewScreen
        ProvinceOverview { objectName: "overviewScreen"; theme: appTheme; chrome: root.chrome; session: root.session; nav: root.navigator }
    }

    IdleOverlay {
        anchors.fill: parent
        theme: appTheme
        chrome: root.chrome
        idle: root.idle
    }

    // The hidden way in for an editor on the touchscreen: a 3-second press in the top-left
    // corner (clear of every button) opens the PIN pad.
    Item {
        objectName: "adminCorner"
        width: appTheme.adminCorner
        height: appTheme.adminCorner
        TapHandler {
            longPressThreshold: 3
            onLongPressed: root.admin.requestEntry()
        }
    }

    // Admin mode's screens: loaded (and their desk made) only when an editor opens the PIN pad.
    Loader {
        objectName: "adminLayer"
        anchors.fill: parent
        active: root.admin.stage !== "closed"
        onActiveChanged: {
            if (active)
                setSource("AdminShell.qml", { theme: appTheme, chrome: root.chrome, session: root.session,
                                              admin: root.admin, desk: root.admin.desk })
            else
                source = ""
        }
    }
}
