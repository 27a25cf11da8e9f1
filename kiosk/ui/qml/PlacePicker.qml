pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Where an export goes, one button per place inside the caller's Flow: each removable drive
// mounted now, then the data folder's exports/. The chosen one is filled; a tap chooses another.
Repeater {
    id: picker
    required property Theme theme
    required property ChromeStrings chrome
    required property var places  // [{path, label, removable}]
    required property string chosen
    signal choose(string path)

    model: picker.places
    delegate: TouchButton {
        required property var modelData
        objectName: "place_" + modelData.label
        theme: picker.theme
        variant: modelData.path === picker.chosen ? "primary" : "secondary"
        text: modelData.removable ? modelData.label : picker.chrome.t.exportsFolder
        onClicked: picker.choose(modelData.path)
    }
}
