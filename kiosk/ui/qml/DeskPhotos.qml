pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Photos from a USB stick or a folder: drives and folders to tap into, pictures as thumbnails to
// tap (a tick marks the chosen ones), then Import with a progress bar and Cancel; what could
// not be imported is listed with the reason.
ColumnLayout {
    id: browser
    required property Theme theme
    required property ChromeStrings chrome
    required property PhotoBrowser photos
    signal back()

    objectName: "deskPhotos"
    spacing: theme.smallGap

    RowLayout {
        Layout.fillWidth: true
        spacing: browser.theme.smallGap
        TouchButton {
            objectName: "photosBack"
            theme: browser.theme
            text: "← " + browser.chrome.t.edit
            onClicked: browser.back()
        }
        TouchButton {
            objectName: "folderUp"
            theme: browser.theme
            text: "↑ " + browser.chrome.t.folderUp
            onClicked: browser.photos.up()
        }
        PlainLabel {
            objectName: "folderPath"
            Layout.fillWidth: true
            text: browser.photos.folder || browser.chrome.t.noDrive
            color: browser.theme.muted
            font.pixelSize: browser.theme.small
            elide: Text.ElideMiddle
        }
        TouchButton {
            objectName: "importSelected"
            theme: browser.theme
            variant: "primary"
            enabled: browser.photos.selectedCount > 0 && !browser.photos.busy
            opacity: enabled ? 1 : 0.4
            text: browser.chrome.t.importSelected + "（" + browser.photos.selectedCount + "）"
            onClicked: browser.photos.importSelected()
        }
    }

    RowLayout {  // the import under way
        Layout.fillWidth: true
        visible: browser.photos.busy
        spacing: browser.theme.gap
        ProgressBar {
            objectName: "importProgress"
            Layout.fillWidth: true
            value: browser.photos.progress
        }
        PlainLabel {
            text: browser.photos.current
            color: browser.theme.muted
            font.pixelSize: browser.theme.small
        }
        TouchButton {
            objectName: "cancelImport"
            theme: browser.theme
            text: browser.chrome.t.cancelImport
            onClicked: browser.photos.cancel()
        }
    }
    PlainLabel {
        objectName: "importOutcome"
        Layout.fillWidth: true
        visible: text !== ""
        text: browser.photos.outcome
        color: browser.theme.ink
        font.pixelSize: browser.theme.body
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: browser.photos.refused
        delegate: PlainLabel {
            required property int index
            required property string modelData
            objectName: "refused_" + index
            Layout.fillWidth: true
            text: (index === 0 ? browser.chrome.t.notImported + " " : "") + modelData
            color: browser.theme.red
            font.pixelSize: browser.theme.small
            wrapMode: Text.Wrap
        }
    }

    GridView {
        id: grid
        objectName: "photoGrid"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        cellWidth: Math.floor(width / Math.max(2, Math.floor(width / browser.theme.px(240))))
        cellHeight: cellWidth * 0.8
        boundsBehavior: Flickable.StopAtBounds
        model: browser.photos.entries
        delegate: AbstractButton {
            id: entry
            required property string name
            required property string path
            required property string url
            required property bool isFolder
            required property bool selected
            objectName: (isFolder ? "folder_" : "picture_") + name
            width: grid.cellWidth - browser.theme.smallGap
            height: grid.cellHeight - browser.theme.smallGap
            focusPolicy: Qt.NoFocus
            onClicked: entry.isFolder ? browser.photos.open(entry.path) : browser.photos.toggle(entry.path)
            background: Rectangle {
                radius: browser.theme.radius
                color: entry.selected ? browser.theme.gold : browser.theme.paper
                border.color: entry.selected ? browser.theme.red : browser.theme.rule
                border.width: browser.theme.line * (entry.selected ? 2 : 1)
            }
            contentItem: ColumnLayout {
                spacing: browser.theme.tinyGap
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Item {  // a folder, drawn (no emoji: the bundled fonts have none)
                        anchors.centerIn: parent
                        visible: entry.isFolder
                        width: browser.theme.px(96)
                        height: browser.theme.px(72)
                        Rectangle {
                            width: parent.width * 0.45
                            height: parent.height * 0.25
                            radius: browser.theme.chipRadius
                            color: browser.theme.gold
                        }
                        Rectangle {
                            y: parent.height * 0.15
                            width: parent.width
                            height: parent.height * 0.85
                            radius: browser.theme.chipRadius
                            color: browser.theme.gold
                        }
                    }
                    Image {  // a thumbnail decoded small, off the GUI thread
                        anchors.fill: parent
                        visible: !entry.isFolder
                        source: entry.url
                        asynchronous: true
                        sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                        fillMode: Image.PreserveAspectFit
                    }
                    PlainLabel {
                        anchors { right: parent.right; top: parent.top }
                        visible: entry.selected
                        text: "✓"
                        color: browser.theme.red
                        font.pixelSize: browser.theme.h2
                        font.bold: true
                    }
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: entry.name
                    color: browser.theme.ink
                    font.pixelSize: browser.theme.small
                    elide: Text.ElideMiddle
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
