import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Home, Back, the screen's title and the language switch: on every screen but Home.
Rectangle {
    id: bar
    required property Theme theme
    required property QtObject kiosk
    required property var nav
    property string title: ""
    property bool dark: false

    implicitHeight: theme.touch + 2 * theme.gap
    color: dark ? theme.night : theme.paper

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: bar.theme.line
        color: bar.dark ? "#2d2622" : bar.theme.rule
    }

    RowLayout {
        anchors { fill: parent; leftMargin: bar.theme.margin; rightMargin: bar.theme.margin }
        spacing: bar.theme.gap

        TouchButton {
            objectName: "homeButton"
            theme: bar.theme
            text: bar.kiosk.t.home
            fill: bar.theme.red
            pressedFill: bar.theme.redPressed
            ink: "#ffffff"
            edge: bar.theme.red
            onClicked: bar.nav.goHome()
        }
        TouchButton {
            objectName: "backButton"
            theme: bar.theme
            text: "← " + bar.kiosk.t.back
            ink: bar.dark ? "#f3ece2" : bar.theme.red
            edge: bar.dark ? "#a89c90" : bar.theme.red
            pressedFill: bar.dark ? "#3a322d" : bar.theme.rule
            onClicked: bar.nav.goBack()
        }
        Label {
            Layout.fillWidth: true
            text: bar.title
            color: bar.dark ? "#f3ece2" : bar.theme.ink
            font.pixelSize: bar.theme.h3
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight  // the full title is on the screen below
        }
        LanguageSwitch {
            theme: bar.theme
            kiosk: bar.kiosk
            dark: bar.dark
        }
    }
}
