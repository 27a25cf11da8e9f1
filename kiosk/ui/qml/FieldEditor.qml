pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One text an editor changes: its label and markers, Chinese and English side by side (stacked
// when narrow), the refusal under it. Each language is saved as it is typed, a moment after the
// last key, and when the box loses focus.
Rectangle {
    id: editor
    required property Theme theme
    required property ChromeStrings chrome
    required property FieldListModel fields
    required property int index
    required property string path
    required property string label
    required property string zh
    required property string en
    required property bool quoted
    required property bool englishMissing
    required property string error
    required property bool multiline
    required property bool single  // one value for both languages: one box
    property bool stacked: width < theme.px(1100)

    objectName: "field_" + path
    implicitHeight: column.implicitHeight + 2 * theme.gap
    radius: theme.radius
    color: theme.paper
    border.color: error !== "" ? theme.red : theme.rule
    border.width: theme.line

    component Box: TextArea {
        id: box
        required property string language
        required property string initial
        objectName: "fieldText_" + editor.path + "_" + box.language
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.minimumHeight: editor.theme.touch * (editor.multiline ? 2.5 : 1)
        text: box.initial
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        // A finger dragging over a box scrolls the list, as anywhere else (no text selection by
        // dragging; the keyboard's arrows and Shift select).
        selectByMouse: false
        font.pixelSize: editor.theme.body
        color: editor.theme.ink
        placeholderText: box.language === "en" ? editor.chrome.t.englishMissing : ""
        background: Rectangle {
            radius: editor.theme.chipRadius
            color: editor.theme.bg
            border.color: box.activeFocus ? editor.theme.gold : editor.theme.rule
            border.width: editor.theme.line
        }
        Timer {
            id: pause
            interval: 600
            onTriggered: editor.fields.setText(editor.index, box.language, box.text)
        }
        onTextChanged: if (box.activeFocus) pause.restart()
        // The box being typed in stays in view: when it takes focus, and when the keyboard
        // coming up shrinks the list (the box itself, not its field: a field can be taller).
        function keepInView() {
            const view = editor.ListView.view
            if (!box.activeFocus || !view)
                return
            const top = box.mapToItem(view.contentItem, 0, 0).y
            const bottom = top + box.height
            if (bottom > view.contentY + view.height)
                view.contentY = Math.min(top, bottom - view.height + editor.theme.gap)
            else if (top < view.contentY)
                view.contentY = top - editor.theme.gap
        }
        Connections {
            target: editor.ListView.view
            enabled: box.activeFocus
            function onHeightChanged() { Qt.callLater(box.keepInView) }
        }
        onActiveFocusChanged: {
            if (box.activeFocus)
                Qt.callLater(box.keepInView)
            if (!box.activeFocus && box.text !== box.initial) {
                pause.stop()
                editor.fields.setText(editor.index, box.language, box.text)
            }
        }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: editor.theme.gap }
        spacing: editor.theme.smallGap
        RowLayout {
            spacing: editor.theme.smallGap
            PlainLabel {
                text: editor.label
                color: editor.theme.ink
                font.pixelSize: editor.theme.small
                font.bold: true
            }
            PlainLabel {  // a text quoted from the article: changing it makes it the exhibition's own
                objectName: "quotedMark"
                visible: editor.quoted
                text: editor.chrome.t.quoted
                color: editor.theme.gold
                font.pixelSize: editor.theme.small
            }
            PlainLabel {
                objectName: "englishMissingMark"
                visible: editor.englishMissing
                text: "● " + editor.chrome.t.englishMissing
                color: editor.theme.red
                font.pixelSize: editor.theme.small
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: editor.stacked || editor.single ? 1 : 2
            columnSpacing: editor.theme.gap
            rowSpacing: editor.theme.smallGap
            Box { language: "zh"; initial: editor.zh }
            Box { language: "en"; initial: editor.en; visible: !editor.single }
        }
        PlainLabel {
            objectName: "fieldError"
            Layout.fillWidth: true
            visible: editor.error !== ""
            text: editor.error
            color: editor.theme.red
            font.pixelSize: editor.theme.small
            wrapMode: Text.Wrap
        }
    }
}
