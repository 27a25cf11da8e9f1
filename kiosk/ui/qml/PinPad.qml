pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The PIN pad: big digit keys, dots for what is typed, one line saying what went wrong. Until a
// PIN exists it says how to set one; while entry is locked it counts down instead of taking keys.
Rectangle {
    id: pad
    required property Theme theme
    required property ChromeStrings chrome
    required property AdminController admin
    property string typed: ""

    objectName: "pinPad"
    color: theme.night

    Connections {
        target: pad.admin
        function onPinChanged() { pad.typed = "" }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * pad.theme.margin, pad.theme.pinPadWidth)
        spacing: pad.theme.gap

        PlainLabel {
            Layout.fillWidth: true
            objectName: "pinTitle"
            text: pad.chrome.t.pinTitle
            color: pad.theme.inkOnDark
            font.pixelSize: pad.theme.h2
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        PlainLabel {  // ● ● ● for the digits typed
            Layout.fillWidth: true
            objectName: "pinDots"
            text: "●".repeat(pad.typed.length) || " "
            color: pad.theme.gold
            font.pixelSize: pad.theme.h1
            horizontalAlignment: Text.AlignHCenter
        }
        PlainLabel {
            Layout.fillWidth: true
            objectName: "pinMessage"
            text: !pad.admin.hasPin ? pad.chrome.t.pinNoPin
                  : pad.admin.lockedSeconds > 0
                    ? pad.chrome.t.pinLocked + " · " + pad.chrome.t.pinLockedFor.replace("{n}", pad.admin.lockedSeconds)
                  : pad.admin.note
            color: pad.theme.gold
            font.pixelSize: pad.theme.body
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            columnSpacing: pad.theme.gap
            rowSpacing: pad.theme.gap
            enabled: pad.admin.hasPin && pad.admin.lockedSeconds === 0
            opacity: enabled ? 1 : 0.4
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
                delegate: TouchButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    theme: pad.theme
                    variant: modelData === "ok" ? "primary" : "onDark"
                    implicitWidth: pad.theme.pinKey
                    implicitHeight: pad.theme.pinKey
                    fontSize: modelData.length === 1 ? pad.theme.h1 : pad.theme.body
                    text: modelData === "del" ? pad.chrome.t.pinDelete : modelData === "ok" ? pad.chrome.t.pinEnter : modelData
                    onClicked: {
                        if (modelData === "del")
                            pad.typed = pad.typed.slice(0, -1)
                        else if (modelData === "ok")
                            pad.admin.submitPin(pad.typed)
                        else if (pad.typed.length < 12)
                            pad.typed += modelData
                    }
                }
            }
        }
        TouchButton {
            Layout.alignment: Qt.AlignHCenter
            objectName: "pinCancel"
            theme: pad.theme
            variant: "onDark"
            text: pad.chrome.t.cancel
            onClicked: pad.admin.leave()
        }
    }
}
