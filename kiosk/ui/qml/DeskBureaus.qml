pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The bureaus in their order on Home: drag a row by its handle (or tap up/down) to move it,
// hide or show it, open its editor, or move it to the trash.
ListView {
    id: list
    required property Theme theme
    required property ChromeStrings chrome
    required property EditorDesk editorDesk

    objectName: "deskBureaus"
    clip: true
    spacing: theme.smallGap
    boundsBehavior: Flickable.StopAtBounds
    interactive: !reordering
    property bool reordering: false
    model: list.editorDesk.bureaus

    delegate: Rectangle {
        id: row
        required property int index
        required property string slug
        required property string name
        required property string colour
        required property bool hidden
        property real dragged: 0

        objectName: "deskBureau_" + slug
        width: list.width
        height: grid.implicitHeight + 2 * list.theme.smallGap
        // On a narrow (portrait) screen the buttons go under the name, which is never elided.
        readonly property bool narrow: list.width < 18 * list.theme.touch
        radius: list.theme.radius
        color: list.theme.paper
        border.color: handle.active ? list.theme.gold : list.theme.rule
        border.width: list.theme.line
        z: handle.active ? 2 : 0
        transform: Translate { y: handle.active ? row.dragged : 0 }
        opacity: hidden ? 0.6 : 1

        GridLayout {
            id: grid
            anchors { fill: parent; margins: list.theme.smallGap }
            columns: row.narrow ? 3 : 4
            columnSpacing: list.theme.smallGap
            rowSpacing: list.theme.tinyGap
            Rectangle {  // the drag handle: hold and move up or down
                objectName: "dragHandle_" + row.slug
                Layout.preferredWidth: list.theme.touch
                Layout.preferredHeight: list.theme.touch
                Layout.rowSpan: row.narrow ? 2 : 1
                Layout.fillHeight: true
                Layout.margins: list.theme.tinyGap
                radius: list.theme.chipRadius
                color: handle.active ? list.theme.rule : "transparent"
                PlainLabel {
                    anchors.centerIn: parent
                    text: "≡"
                    color: list.theme.muted
                    font.pixelSize: list.theme.h2
                }
                DragHandler {
                    id: handle
                    target: null
                    xAxis.enabled: false
                    onActiveTranslationChanged: if (active) row.dragged = activeTranslation.y
                    onActiveChanged: {
                        list.reordering = active
                        if (!active) {
                            const to = Math.max(0, Math.min(list.count - 1,
                                row.index + Math.round(row.dragged / (row.height + list.spacing))))
                            row.dragged = 0
                            if (to !== row.index)
                                list.editorDesk.moveBureau(row.index, to)
                        }
                    }
                }
            }
            Rectangle {
                Layout.preferredWidth: list.theme.tinyGap
                Layout.fillHeight: true
                Layout.rowSpan: row.narrow ? 2 : 1
                color: row.colour
            }
            PlainLabel {
                Layout.fillWidth: true
                text: row.name + (row.hidden ? "（" + list.chrome.t.hiddenMark + "）" : "")
                color: list.theme.ink
                font.pixelSize: list.theme.body
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                spacing: list.theme.smallGap
                TouchButton {
                    objectName: "moveUp_" + row.slug
                    theme: list.theme
                    enabled: row.index > 0
                    opacity: enabled ? 1 : 0.3
                    text: "↑"
                    onClicked: list.editorDesk.moveBureau(row.index, row.index - 1)
                }
                TouchButton {
                    objectName: "moveDown_" + row.slug
                    theme: list.theme
                    enabled: row.index < list.count - 1
                    opacity: enabled ? 1 : 0.3
                    text: "↓"
                    onClicked: list.editorDesk.moveBureau(row.index, row.index + 1)
                }
                TouchButton {
                    objectName: "hide_" + row.slug
                    theme: list.theme
                    text: row.hidden ? list.chrome.t.unhide : list.chrome.t.hide
                    onClicked: list.editorDesk.setBureauHidden(row.slug, !row.hidden)
                }
                TouchButton {
                    objectName: "edit_" + row.slug
                    theme: list.theme
                    variant: "primary"
                    text: list.chrome.t.edit
                    onClicked: list.editorDesk.openBureau(row.slug)
                }
                TouchButton {
                    objectName: "remove_" + row.slug
                    theme: list.theme
                    text: list.chrome.t.remove
                    onClicked: list.editorDesk.removeBureau(row.slug)
                }
            }
        }
    }
}
