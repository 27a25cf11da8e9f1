pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Versions (newest first, the live one marked) or the trash: a line each, with Restore.
ListView {
    id: list
    required property Theme theme
    required property ChromeStrings chrome
    required property QtObject rows
    required property string kind  // "version" or "trash"
    signal restore(int id)

    objectName: kind === "version" ? "deskVersions" : "deskTrash"
    clip: true
    spacing: theme.smallGap
    boundsBehavior: Flickable.StopAtBounds
    model: rows

    PlainLabel {
        anchors.centerIn: parent
        visible: list.count === 0 && list.kind === "trash"
        text: list.chrome.t.emptyTrash
        color: list.theme.muted
        font.pixelSize: list.theme.body
    }

    delegate: Rectangle {
        id: row
        required property int index
        required property var model  // versions: versionId, when, origin, summary, live; trash: trashId, kind, title, when
        readonly property int itemId: list.kind === "version" ? model.versionId : model.trashId
        objectName: (list.kind === "version" ? "version_" : "trash_") + itemId
        width: list.width
        implicitHeight: Math.max(list.theme.touch, words.implicitHeight) + 2 * list.theme.smallGap
        height: implicitHeight
        radius: list.theme.radius
        color: list.theme.paper
        border.color: list.theme.rule
        border.width: list.theme.line
        RowLayout {
            anchors { fill: parent; margins: list.theme.smallGap }
            spacing: list.theme.gap
            ColumnLayout {
                id: words
                Layout.fillWidth: true
                spacing: list.theme.tinyGap
                PlainLabel {
                    Layout.fillWidth: true
                    text: list.kind === "version"
                          ? "#" + row.model.versionId + "  " + row.model.when + "  · " + row.model.origin
                            + (row.model.live ? "  · " + list.chrome.t.liveVersion : "")
                          : row.model.title + "  · " + row.model.kind + "  · " + row.model.when
                    color: list.theme.ink
                    font.pixelSize: list.theme.body
                    font.bold: list.kind === "version" && row.model.live
                    elide: Text.ElideRight
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: list.kind === "version"
                    text: list.kind === "version" ? row.model.summary : ""
                    color: list.theme.muted
                    font.pixelSize: list.theme.small
                    wrapMode: Text.Wrap
                }
            }
            TouchButton {
                objectName: "restore_" + row.itemId
                theme: list.theme
                visible: !(list.kind === "version" && row.model.live)
                text: list.chrome.t.restore
                onClicked: list.restore(row.itemId)
            }
        }
    }
}
