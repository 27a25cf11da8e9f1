pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The audit log: every admin entry, failure, lock-out and change, newest first — what, where,
// old → new, when, from where — filtered by kind, a page at a time (Load more); and Export CSV
// to a removable drive or the exports folder, naming the file written.
ColumnLayout {
    id: pane
    required property Theme theme
    required property ChromeStrings chrome
    required property AuditLogPage page

    objectName: "deskAudit"
    spacing: theme.smallGap
    Component.onCompleted: pane.page.reload()

    Flow {  // filter by kind
        Layout.fillWidth: true
        spacing: pane.theme.smallGap
        Repeater {
            model: pane.page.kinds
            delegate: TouchButton {
                required property var modelData  // [action prefix, chrome key]
                objectName: "auditKind_" + (modelData[0] === "" ? "all" : modelData[0].replace(".", ""))
                theme: pane.theme
                variant: pane.page.kind === modelData[0] ? "primary" : "secondary"
                text: pane.chrome.t[modelData[1]]
                onClicked: pane.page.setKind(modelData[0])
            }
        }
        PlainLabel {
            objectName: "auditTotal"
            height: pane.theme.touch
            verticalAlignment: Text.AlignVCenter
            text: pane.chrome.t.auditCount.replace("{n}", pane.page.total)
            color: pane.theme.muted
            font.pixelSize: pane.theme.body
        }
    }
    Flow {  // export
        Layout.fillWidth: true
        spacing: pane.theme.smallGap
        PlainLabel {
            height: pane.theme.touch
            verticalAlignment: Text.AlignVCenter
            text: pane.chrome.t.exportTo
            color: pane.theme.muted
            font.pixelSize: pane.theme.body
        }
        PlacePicker {
            theme: pane.theme
            chrome: pane.chrome
            places: pane.page.places
            chosen: pane.page.destination
            onChoose: (path) => pane.page.chooseDestination(path)
        }
        TouchButton {
            objectName: "exportCsv"
            theme: pane.theme
            variant: "primary"
            enabled: !pane.page.worker.running
            opacity: enabled ? 1 : 0.4
            text: pane.page.worker.running ? pane.chrome.t.working : pane.chrome.t.exportCsv
            onClicked: pane.page.exportCsv()
        }
    }
    DeskMessage {
        objectName: "auditMessage"
        Layout.fillWidth: true
        theme: pane.theme
        text: pane.page.message
        failed: pane.page.failed
    }

    ListView {
        id: list
        objectName: "auditEntries"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: pane.theme.tinyGap
        boundsBehavior: Flickable.StopAtBounds
        model: pane.page.entries

        PlainLabel {
            anchors.centerIn: parent
            visible: list.count === 0
            text: pane.chrome.t.auditEmpty
            color: pane.theme.muted
            font.pixelSize: pane.theme.body
        }

        delegate: Rectangle {
            id: row
            required property int entryId
            required property string when
            required property string origin
            required property string what
            required property string target
            required property string field
            required property string change
            objectName: "auditEntry_" + entryId
            width: list.width
            implicitHeight: words.implicitHeight + 2 * pane.theme.smallGap
            height: implicitHeight
            radius: pane.theme.radius
            color: pane.theme.paper
            border.color: pane.theme.rule
            border.width: pane.theme.line
            ColumnLayout {
                id: words
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: pane.theme.smallGap }
                spacing: pane.theme.tinyGap
                PlainLabel {
                    objectName: "auditWhat_" + row.entryId
                    Layout.fillWidth: true
                    text: row.what + (row.target ? "  · " + row.target : "") + (row.field ? "  · " + row.field : "")
                    color: pane.theme.ink
                    font.pixelSize: pane.theme.body
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    objectName: "auditChange_" + row.entryId
                    Layout.fillWidth: true
                    visible: row.change !== ""
                    text: row.change
                    color: pane.theme.ink
                    font.pixelSize: pane.theme.small
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: row.when + "  · " + row.origin
                    color: pane.theme.muted
                    font.pixelSize: pane.theme.small
                    elide: Text.ElideRight
                }
            }
        }

        footer: Item {
            width: list.width
            height: pane.page.hasMore ? pane.theme.touch + 2 * pane.theme.smallGap : 0
            TouchButton {
                objectName: "auditLoadMore"
                anchors.centerIn: parent
                visible: pane.page.hasMore
                theme: pane.theme
                text: pane.chrome.t.loadMore
                onClicked: pane.page.loadMore()
            }
        }
    }
}
