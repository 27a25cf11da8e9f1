import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt's on-screen keyboard with Pinyin, for an editor on the touchscreen (a physical keyboard
// works as usual). Loaded only in admin mode: visitors never pay for it.
InputPanel {
    id: panel
    objectName: "keyboard"
    readonly property real keyboardHeight: active ? height : 0
    visible: active
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = "zh_CN"
    }
}
