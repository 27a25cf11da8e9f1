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

    // The screens a visitor opens from Home, by the kind of page the navigator pushes. Home's
    // first frame does not wait for their QML: it is compiled right after that frame, on Qt's
    // loader thread; a tap sooner than that compiles the screen it opens there and then.
    readonly property var screenFiles: ({
        "bureau": "BureauPanel.qml",
        "story": "StoryReader.qml",
        "viewer": "PhotoViewer.qml",
        "overview": "ProvinceOverview.qml"
    })
    readonly property var screenNames: ({
        "bureau": "bureauScreen",
        "story": "storyScreen",
        "viewer": "photoScreen",
        "overview": "overviewScreen"
    })
    property var screens: ({})

    function screenComponent(kind: string): Component {
        let component = root.screens[kind]
        if (!component || component.status !== Component.Ready) {
            component = Qt.createComponent(root.screenFiles[kind])
            root.screens[kind] = component
        }
        return component
    }

    function compileScreens() {
        for (const kind in root.screenFiles) {
            if (!root.screens[kind])
                root.screens[kind] = Qt.createComponent(root.screenFiles[kind], Component.Asynchronous)
        }
    }

    Connections {
        id: firstFrame
        target: root
        // After the frame's own handlers, not in them.
        function onFrameSwapped() { firstFrame.enabled = false; Qt.callLater(root.compileScreens) }
    }

    Connections {
        target: root.navigator
        function onPushed(page: Page) {
            stack.push(root.screenComponent(page.kind), {
                objectName: root.screenNames[page.kind], page: page, theme: appTheme,
                chrome: root.chrome, session: root.session, nav: root.navigator
            })
        }
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
    // The idle countdown, made when it starts (a start does not wait for it).
    Loader {
        anchors.fill: parent
        active: root.idle.active
        sourceComponent: IdleOverlay { theme: appTheme; chrome: root.chrome; idle: root.idle }
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
