import QtQuick

// The zh/en switch: labelled with the language it switches to, in that language.
TouchButton {
    id: control
    required property QtObject kiosk
    property bool dark: false
    objectName: "languageSwitch"
    text: kiosk.t.switchTo
    fontSize: theme.button
    ink: dark ? "#f3ece2" : theme.red
    edge: dark ? "#a89c90" : theme.red
    pressedFill: dark ? "#3a322d" : theme.rule
    onClicked: kiosk.toggleLanguage()
}
