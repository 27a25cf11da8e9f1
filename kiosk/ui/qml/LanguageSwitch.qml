import QtQuick
import Kiosk

// The zh/en switch: labelled with the language it switches to, in that language.
TouchButton {
    id: control
    required property ChromeStrings chrome
    required property VisitorSession session
    property bool dark: false
    objectName: "languageSwitch"
    text: chrome.t.switchTo
    variant: dark ? "onDark" : "secondary"
    onClicked: session.toggleLanguage()
}
