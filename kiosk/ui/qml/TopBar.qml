import QtQuick
import QtQuick.Layouts
import Kiosk

// Home, Back, the screen's title and the language switch: on every screen but Home.
Rectangle {
    id: bar
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property Navigator nav
    property string title: ""
    property bool dark: false

    implicitHeight: theme.touch + 2 * theme.gap
    color: dark ? theme.night : theme.paper

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: bar.theme.line
        color: bar.dark ? bar.theme.ruleOnDark : bar.theme.rule
    }

    RowLayout {
        anchors { fill: parent; leftMargin: bar.theme.margin; rightMargin: bar.theme.margin }
        spacing: bar.theme.gap

        TouchButton {
            objectName: "homeButton"
            theme: bar.theme
            text: bar.chrome.t.home
            variant: "primary"
            onClicked: bar.nav.home()
        }
        TouchButton {
            objectName: "backButton"
            theme: bar.theme
            text: "← " + bar.chrome.t.back
            variant: bar.dark ? "onDark" : "secondary"
            onClicked: bar.nav.back()
        }
        PlainLabel {
            Layout.fillWidth: true
            text: bar.title
            color: bar.dark ? bar.theme.inkOnDark : bar.theme.ink
            font.pixelSize: bar.theme.h3
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight  // the full title is on the screen below
        }
        LanguageSwitch {
            theme: bar.theme
            chrome: bar.chrome
            session: bar.session
            dark: bar.dark
        }
    }
}
