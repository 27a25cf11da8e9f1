pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The backups (newest first, why each was taken), Back up now, and Restore — after a confirm
// step — as a new version, checked like an import; progress with Cancel while it works.
Item {
    id: pane
    required property Theme theme
    required property ChromeStrings chrome
    required property BackupsPage page

    objectName: "deskBackups"
    Component.onCompleted: pane.page.refresh()

    ColumnLayout {
        anchors.fill: parent
        visible: pane.page.phase === "list"
        spacing: pane.theme.smallGap

        RowLayout {
            Layout.fillWidth: true
            spacing: pane.theme.gap
            TouchButton {
                objectName: "backUpNow"
                theme: pane.theme
                variant: "primary"
                text: pane.chrome.t.backUpNow
                onClicked: pane.page.backUpNow()
            }
            PlainLabel {
                Layout.fillWidth: true
                text: pane.chrome.t.backupsHint
                color: pane.theme.muted
                font.pixelSize: pane.theme.small
                wrapMode: Text.Wrap
            }
        }
        DeskMessage {
            objectName: "backupsMessage"
            Layout.fillWidth: true
            theme: pane.theme
            text: pane.page.message
            failed: pane.page.failed
        }
        ListView {
            id: list
            objectName: "backupList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: pane.theme.smallGap
            boundsBehavior: Flickable.StopAtBounds
            model: pane.page.rows

            PlainLabel {
                anchors.centerIn: parent
                visible: list.count === 0
                text: pane.chrome.t.noBackups
                color: pane.theme.muted
                font.pixelSize: pane.theme.body
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string path
                required property string name
                required property string when
                required property string reason
                required property string size
                objectName: "backup_" + index
                width: list.width
                implicitHeight: Math.max(pane.theme.touch, words.implicitHeight) + 2 * pane.theme.smallGap
                height: implicitHeight
                radius: pane.theme.radius
                color: pane.theme.paper
                border.color: pane.theme.rule
                border.width: pane.theme.line
                RowLayout {
                    anchors { fill: parent; margins: pane.theme.smallGap }
                    spacing: pane.theme.gap
                    ColumnLayout {
                        id: words
                        Layout.fillWidth: true
                        spacing: pane.theme.tinyGap
                        PlainLabel {
                            Layout.fillWidth: true
                            text: row.when + "  · " + row.reason
                            color: pane.theme.ink
                            font.pixelSize: pane.theme.body
                            elide: Text.ElideRight
                        }
                        PlainLabel {
                            Layout.fillWidth: true
                            text: row.name + "  · " + row.size
                            color: pane.theme.muted
                            font.pixelSize: pane.theme.small
                            elide: Text.ElideMiddle
                        }
                    }
                    TouchButton {
                        objectName: "restoreBackup_" + row.index
                        theme: pane.theme
                        text: pane.chrome.t.restore
                        onClicked: pane.page.askRestore(row.path)
                    }
                }
            }
        }
    }

    ColumnLayout {  // restore this backup?
        objectName: "restoreConfirm"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        visible: pane.page.phase === "confirm"
        spacing: pane.theme.gap
        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.restoreTitle
            color: pane.theme.ink
            font.pixelSize: pane.theme.h3
            font.bold: true
        }
        PlainLabel {
            objectName: "restoreChosen"
            Layout.fillWidth: true
            text: pane.page.chosenWhen + "  · " + pane.page.chosenName
            color: pane.theme.ink
            font.pixelSize: pane.theme.body
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.restoreHint
            color: pane.theme.muted
            font.pixelSize: pane.theme.small
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: pane.theme.gap
            TouchButton {
                objectName: "confirmRestore"
                theme: pane.theme
                variant: "primary"
                text: pane.chrome.t.confirmRestore
                onClicked: pane.page.confirmRestore()
            }
            TouchButton {
                objectName: "cancelRestore"
                theme: pane.theme
                text: pane.chrome.t.cancel
                onClicked: pane.page.cancelRestore()
            }
        }
    }

    ProgressPanel {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        visible: pane.page.phase === "working"
        theme: pane.theme
        chrome: pane.chrome
        work: pane.page.worker
        title: pane.chrome.t.navBackups
    }
}
