import QtQuick
import QtQuick.Controls.Basic

// The visitor window: a StackView of screens, the idle countdown above them.
ApplicationWindow {
    id: root
    required property QtObject kiosk
    required property QtObject idle
    // Each language's font (family list); every Label inherits the window's font, so a
    // language switch re-sets every text at once.
    required property font zhFont
    required property font enFont

    width: 1920
    height: 1080
    visible: false
    title: kiosk.exhibition.title
    color: appTheme.bg
    font: kiosk.language === "en" ? enFont : zhFont

    Theme {
        id: appTheme
        width: root.width
        height: root.height
        minTouch: root.kiosk.minTouch
        animations: root.kiosk.animations
    }

    // Navigation: QML owns the stack; Python is told what was chosen before a screen is pushed.
    function openBureau(slug) { kiosk.selectBureau(slug); stack.push(bureauPage) }
    function openStory(key) { kiosk.selectStory(key); stack.push(storyPage) }
    function openBureauPhotos(index) { kiosk.showBureauPhotos(index); stack.push(photoPage) }
    function openStoryPhotos(index) { kiosk.showStoryPhotos(index); stack.push(photoPage) }
    function openOverview() { stack.push(overviewPage) }
    function goBack() { if (stack.depth > 1) stack.pop() }
    function goHome() { if (stack.depth > 1) stack.pop(null) }

    Connections {
        target: root.kiosk
        function onGoHome() { root.goHome() }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: homePage
        onDepthChanged: root.kiosk.atHome = (depth === 1)

        pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: appTheme.fade } }
        pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: appTheme.fade } }
        popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: appTheme.fade } }
        popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: appTheme.fade } }
        replaceEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: appTheme.fade } }
        replaceExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: appTheme.fade } }
    }

    Component {
        id: homePage
        HomeScreen { objectName: "homeScreen"; theme: appTheme; kiosk: root.kiosk; nav: root }
    }
    Component {
        id: bureauPage
        BureauPanel { objectName: "bureauScreen"; theme: appTheme; kiosk: root.kiosk; nav: root }
    }
    Component {
        id: storyPage
        StoryReader { objectName: "storyScreen"; theme: appTheme; kiosk: root.kiosk; nav: root }
    }
    Component {
        id: photoPage
        PhotoViewer { objectName: "photoScreen"; theme: appTheme; kiosk: root.kiosk; nav: root }
    }
    Component {
        id: overviewPage
        ProvinceOverview { objectName: "overviewScreen"; theme: appTheme; kiosk: root.kiosk; nav: root }
    }

    IdleOverlay {
        anchors.fill: parent
        theme: appTheme
        kiosk: root.kiosk
        idle: root.idle
    }
}
