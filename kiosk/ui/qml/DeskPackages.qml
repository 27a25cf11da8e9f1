pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Export / Import. Export writes the live exhibition to a package on a removable drive (or the
// exports folder). Import: tap a .zip found on the drives, read what it will change, Confirm or
// Cancel. Exporting, checking and importing show a progress bar with Cancel.
Item {
    id: pane
    required property Theme theme
    required property ChromeStrings chrome
    required property PackagesPage page

    objectName: "deskPackages"
    Component.onCompleted: pane.page.refresh()

    ColumnLayout {  // export, and the packages found
        anchors.fill: parent
        visible: pane.page.phase === "start"
        spacing: pane.theme.smallGap

        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.exportTitle
            color: pane.theme.ink
            font.pixelSize: pane.theme.h3
            font.bold: true
        }
        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.exportHint
            color: pane.theme.muted
            font.pixelSize: pane.theme.small
            wrapMode: Text.Wrap
        }
        Flow {
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
                objectName: "exportPackage"
                theme: pane.theme
                variant: "primary"
                text: pane.chrome.t.exportPackage
                onClicked: pane.page.exportPackage()
            }
        }
        DeskMessage {
            objectName: "packagesMessage"
            Layout.fillWidth: true
            theme: pane.theme
            text: pane.page.message
            failed: pane.page.failed
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: pane.theme.line; color: pane.theme.rule }
        RowLayout {
            Layout.fillWidth: true
            spacing: pane.theme.smallGap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: pane.theme.tinyGap
                PlainLabel {
                    Layout.fillWidth: true
                    text: pane.chrome.t.importTitle
                    color: pane.theme.ink
                    font.pixelSize: pane.theme.h3
                    font.bold: true
                }
                PlainLabel {
                    Layout.fillWidth: true
                    text: pane.chrome.t.importHint
                    color: pane.theme.muted
                    font.pixelSize: pane.theme.small
                    wrapMode: Text.Wrap
                }
            }
            TouchButton {
                objectName: "lookForPackages"
                theme: pane.theme
                text: pane.chrome.t.lookAgain
                onClicked: pane.page.refresh()
            }
        }
        ListView {
            id: files
            objectName: "packageFiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: pane.theme.smallGap
            boundsBehavior: Flickable.StopAtBounds
            model: pane.page.files

            PlainLabel {
                anchors.centerIn: parent
                visible: files.count === 0
                text: pane.chrome.t.noPackages
                color: pane.theme.muted
                font.pixelSize: pane.theme.body
            }

            delegate: Rectangle {
                id: file
                required property int index
                required property string path
                required property string name
                required property string place
                required property string size
                required property string when
                objectName: "packageFile_" + name
                width: files.width
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
                            text: file.name
                            color: pane.theme.ink
                            font.pixelSize: pane.theme.body
                            elide: Text.ElideMiddle
                        }
                        PlainLabel {
                            Layout.fillWidth: true
                            text: file.place + "  · " + file.when + "  · " + file.size
                            color: pane.theme.muted
                            font.pixelSize: pane.theme.small
                            elide: Text.ElideRight
                        }
                    }
                    TouchButton {
                        objectName: "importPackage_" + file.name
                        theme: pane.theme
                        text: pane.chrome.t.importThis
                        onClicked: pane.page.checkPackage(file.path)
                    }
                }
            }
        }
    }

    ProgressPanel {  // exporting, checking, importing
        anchors { left: parent.left; right: parent.right; top: parent.top }
        visible: pane.page.phase === "exporting" || pane.page.phase === "checking"
                 || pane.page.phase === "importing"
        theme: pane.theme
        chrome: pane.chrome
        work: pane.page.worker
        title: pane.page.phase === "exporting" ? pane.chrome.t.exportPackage
             : pane.page.phase === "checking" ? pane.chrome.t.stage_check
             : pane.chrome.t.importTitle
    }

    ColumnLayout {  // what importing will change: Confirm or Cancel
        objectName: "importSummary"
        anchors.fill: parent
        visible: pane.page.phase === "summary"
        spacing: pane.theme.smallGap

        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.summaryTitle
            color: pane.theme.ink
            font.pixelSize: pane.theme.h3
            font.bold: true
        }
        PlainLabel {
            objectName: "summaryPackage"
            Layout.fillWidth: true
            text: pane.page.summaryPackage
            color: pane.theme.muted
            font.pixelSize: pane.theme.small
            elide: Text.ElideMiddle
        }
        RowLayout {  // the columns: added, changed, removed
            Layout.fillWidth: true
            Layout.maximumWidth: pane.theme.readingWidth
            spacing: pane.theme.gap
            Item { Layout.preferredWidth: pane.theme.sideColumnMin }
            Repeater {
                model: ["summaryAdded", "summaryChanged", "summaryRemoved"]
                delegate: PlainLabel {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: pane.theme.touch  // the same in every row: columns align
                    text: pane.chrome.t[modelData]
                    color: pane.theme.muted
                    font.pixelSize: pane.theme.small
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
        Repeater {
            model: pane.page.summaryCounts
            delegate: RowLayout {
                id: countRow
                required property var modelData  // [label key, added, changed, removed]
                objectName: "summaryCount_" + modelData[0]
                Layout.fillWidth: true
                Layout.maximumWidth: pane.theme.readingWidth
                spacing: pane.theme.gap
                PlainLabel {
                    Layout.preferredWidth: pane.theme.sideColumnMin
                    text: pane.chrome.t[countRow.modelData[0]]
                    color: pane.theme.ink
                    font.pixelSize: pane.theme.body
                    font.bold: true
                }
                Repeater {
                    model: [1, 2, 3]
                    delegate: PlainLabel {
                        required property int modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: pane.theme.touch
                        objectName: countRow.objectName + "_" + modelData
                        text: countRow.modelData[modelData]
                        color: countRow.modelData[modelData] > 0 ? pane.theme.ink : pane.theme.muted
                        font.pixelSize: pane.theme.h3
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
        PlainLabel {
            objectName: "summaryNothing"
            Layout.fillWidth: true
            visible: pane.page.summaryChangesNothing
            text: pane.chrome.t.summaryNothing
            color: pane.theme.muted
            font.pixelSize: pane.theme.body
        }
        ListView {  // one line per place that changes
            objectName: "summaryLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: pane.theme.tinyGap
            boundsBehavior: Flickable.StopAtBounds
            model: pane.page.summaryLines
            delegate: PlainLabel {
                required property string modelData
                width: ListView.view.width
                text: "· " + modelData
                color: pane.theme.ink
                font.pixelSize: pane.theme.small
                wrapMode: Text.Wrap
            }
        }
        PlainLabel {
            Layout.fillWidth: true
            text: pane.chrome.t.summaryUndo
            color: pane.theme.muted
            font.pixelSize: pane.theme.small
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: pane.theme.gap
            TouchButton {
                objectName: "confirmImport"
                theme: pane.theme
                variant: "primary"
                text: pane.chrome.t.confirmImport
                onClicked: pane.page.confirmImport()
            }
            TouchButton {
                objectName: "cancelPackageImport"
                theme: pane.theme
                text: pane.chrome.t.cancel
                onClicked: pane.page.dismissSummary()
            }
        }
    }
}
