pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The bureaus a section of the article tells of: a heading and a button for each, which
// opens that bureau's panel.
Column {
    id: box
    required property Theme theme
    required property ChromeStrings chrome
    required property Navigator nav
    required property string sectionKey
    property var bureaus: []

    spacing: theme.smallGap

    PlainLabel {
        width: parent.width
        text: box.chrome.t.inSection
        color: box.theme.muted
        font.pixelSize: box.theme.small
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: box.theme.smallGap
        Repeater {
            model: box.bureaus
            delegate: TouchButton {
                required property var modelData
                objectName: "sectionBureau_" + box.sectionKey + "_" + modelData.slug
                theme: box.theme
                text: modelData.name
                variant: "accent"
                accent: modelData.colour
                width: Math.min(implicitWidth, box.width)
                onClicked: box.nav.openBureau(modelData.slug)
            }
        }
    }
}
