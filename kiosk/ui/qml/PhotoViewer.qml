pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Full-screen photos on black: swipe between them, pinch or double-tap to zoom.
Item {
    id: screen
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    required property ViewerPage page

    Rectangle { anchors.fill: parent; color: screen.theme.night }

    TopBar {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        theme: screen.theme
        chrome: screen.chrome
        session: screen.session
        nav: screen.nav
        dark: true
        title: list.count > 0 ? (list.currentIndex + 1) + " / " + list.count : ""
    }

    ListView {
        id: list
        objectName: "photoList"
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: hint.top }
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        preferredHighlightBegin: 0
        preferredHighlightEnd: width
        highlightMoveDuration: screen.theme.animations ? 250 : 0
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        interactive: !(currentItem && (currentItem as ZoomablePhoto).zoomed)
        model: screen.page.photos
        Component.onCompleted: {
            currentIndex = screen.page.startIndex
            positionViewAtIndex(currentIndex, ListView.Beginning)
        }

        delegate: ZoomablePhoto {
            width: list.width
            height: list.height
            theme: screen.theme
        }
    }

    PlainLabel {
        id: hint
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: screen.theme.smallGap }
        width: parent.width - 2 * screen.theme.margin
        horizontalAlignment: Text.AlignHCenter
        text: screen.chrome.t.swipeHint
        color: screen.theme.faintOnDark
        font.pixelSize: Math.round(screen.theme.small * 0.9)
        wrapMode: Text.Wrap
    }
}
