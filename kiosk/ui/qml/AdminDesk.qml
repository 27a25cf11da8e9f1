pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The editor's desk: the draft's state and what to do with it on top (preview, publish,
// discard, leave), the sections on the left (above, when portrait), the section on the right.
Rectangle {
    id: desk
    required property Theme theme
    required property ChromeStrings chrome
    required property VisitorSession session
    required property AdminController admin
    required property EditorDesk model

    objectName: "adminDesk"
    color: theme.bg
    Component.onCompleted: desk.model.refresh()
    // Buttons take no focus (a tap must not steal it from the text being typed), so before any
    // action the desk takes focus itself: the box being typed in saves what it holds.
    function settle() { desk.forceActiveFocus() }

    Rectangle {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        // One row when wide; when narrow (portrait) the buttons go on a second row under the title.
        readonly property bool narrow: width < desk.theme.px(1500)
        height: barGrid.implicitHeight + 2 * desk.theme.gap
        color: desk.theme.night
        GridLayout {
            id: barGrid
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      leftMargin: desk.theme.margin; rightMargin: desk.theme.margin }
            columns: bar.narrow ? 2 : 3
            columnSpacing: desk.theme.gap
            rowSpacing: desk.theme.smallGap
            PlainLabel {
                objectName: "adminTitle"
                text: desk.chrome.t.adminTitle
                color: desk.theme.inkOnDark
                font.pixelSize: desk.theme.h3
                font.bold: true
            }
            PlainLabel {
                objectName: "draftState"
                Layout.fillWidth: true
                text: desk.model.status
                color: desk.model.stale ? desk.theme.gold : desk.theme.mutedOnDark
                font.pixelSize: desk.theme.small
                elide: Text.ElideRight
            }
            Flow {  // the actions: under the title when narrow, beside it when wide
                Layout.columnSpan: bar.narrow ? 2 : 1
                Layout.fillWidth: bar.narrow
                Layout.preferredWidth: bar.narrow ? -1 : implicitWidth
                spacing: desk.theme.smallGap
            TouchButton {
                objectName: "previewButton"
                theme: desk.theme
                variant: "onDark"
                text: desk.chrome.t.preview
                onClicked: { desk.settle(); desk.model.openPreview() }
            }
            TouchButton {
                objectName: "discardButton"
                theme: desk.theme
                variant: "onDark"
                text: desk.chrome.t.discard
                onClicked: { desk.settle(); desk.model.discard() }
            }
            TouchButton {
                objectName: "publishButton"
                theme: desk.theme
                variant: "primary"
                text: desk.model.stale ? desk.chrome.t.publishAnyway : desk.chrome.t.publish
                onClicked: {
                    desk.settle()
                    if (desk.model.stale)
                        desk.model.publishAnyway()
                    else
                        desk.model.publish()
                }
            }
            TouchButton {
                objectName: "adminLeave"
                theme: desk.theme
                variant: "onDark"
                text: desk.chrome.t.leave
                onClicked: { desk.settle(); desk.admin.leave() }
            }
            }
        }
    }

    GridLayout {
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom
                  margins: desk.theme.margin }
        columns: desk.theme.portrait ? 1 : 2
        columnSpacing: desk.theme.gap
        rowSpacing: desk.theme.gap

        Flow {  // the sections
            Layout.preferredWidth: desk.theme.portrait ? -1 : desk.theme.px(300)
            Layout.fillWidth: desk.theme.portrait
            // Beside the desk (landscape) the column of sections never holds the desk's height:
            // with the keyboard up the desk shrinks above it and the lower sections go under it.
            Layout.preferredHeight: desk.theme.portrait ? -1 : 0
            Layout.alignment: Qt.AlignTop
            spacing: desk.theme.smallGap
            Repeater {
                model: [["bureaus", desk.chrome.t.navBureaus], ["exhibition", desk.chrome.t.navExhibition],
                        ["versions", desk.chrome.t.navVersions], ["trash", desk.chrome.t.navTrash],
                        ["audit", desk.chrome.t.navAudit], ["packages", desk.chrome.t.navPackages],
                        ["backups", desk.chrome.t.navBackups]]
                delegate: TouchButton {
                    required property var modelData
                    objectName: "nav_" + modelData[0]
                    theme: desk.theme
                    width: desk.theme.portrait ? implicitWidth : desk.theme.px(300)
                    variant: desk.model.section === modelData[0]
                             || (desk.model.section === "bureau" && modelData[0] === "bureaus") ? "primary" : "secondary"
                    text: modelData[1]
                    onClicked: { desk.settle(); desk.model.show(modelData[0]) }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: desk.theme.smallGap
            PlainLabel {  // what the last action did, or why it was refused
                objectName: "deskMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: desk.model.message
                color: desk.theme.red
                font.pixelSize: desk.theme.body
                wrapMode: Text.Wrap
            }
            Repeater {  // what a publish would replace, when the live exhibition changed meanwhile
                model: desk.model.stale ? desk.model.changeLines : []
                delegate: PlainLabel {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "· " + modelData
                    color: desk.theme.muted
                    font.pixelSize: desk.theme.small
                    wrapMode: Text.Wrap
                }
            }
            Loader {
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: desk.model.section === "exhibition" ? exhibitionSection
                               : desk.model.section === "bureau" ? bureauSection
                               : desk.model.section === "photos" ? photosSection
                               : desk.model.section === "versions" ? versionsSection
                               : desk.model.section === "trash" ? trashSection
                               : desk.model.section === "audit" ? auditSection
                               : desk.model.section === "packages" ? packagesSection
                               : desk.model.section === "backups" ? backupsSection
                               : bureausSection
            }
        }
    }

    Component {
        id: exhibitionSection
        FieldList { theme: desk.theme; chrome: desk.chrome; fields: desk.model.exhibitionFields }
    }
    Component {
        id: bureauSection
        ColumnLayout {
            spacing: desk.theme.smallGap
            RowLayout {
                spacing: desk.theme.smallGap
                TouchButton {
                    objectName: "backToBureaus"
                    theme: desk.theme
                    text: "← " + desk.chrome.t.navBureaus
                    onClicked: { desk.settle(); desk.model.show("bureaus") }
                }
                TouchButton {
                    objectName: "addPhotos"
                    theme: desk.theme
                    variant: "primary"
                    text: "+ " + desk.chrome.t.addPhotos
                    onClicked: { desk.settle(); desk.model.addPhotos() }
                }
            }
            FieldList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                theme: desk.theme
                chrome: desk.chrome
                fields: desk.model.bureauFields
                above: Component {
                    DeskArrangement {
                        width: ListView.view ? ListView.view.width : 0
                        theme: desk.theme
                        chrome: desk.chrome
                        editorDesk: desk.model
                    }
                }
            }
        }
    }
    Component {
        id: photosSection
        DeskPhotos {
            theme: desk.theme
            chrome: desk.chrome
            photos: desk.model.photos
            onBack: desk.model.show("bureau")
        }
    }
    Component {
        id: bureausSection
        ColumnLayout {
            spacing: desk.theme.smallGap
            TouchButton {
                objectName: "addBureau"
                theme: desk.theme
                text: "+ " + desk.chrome.t.addBureau
                onClicked: desk.model.addBureau()
            }
            DeskBureaus {
                Layout.fillWidth: true
                Layout.fillHeight: true
                theme: desk.theme
                chrome: desk.chrome
                editorDesk: desk.model
            }
        }
    }
    Component {
        id: versionsSection
        DeskRows {
            theme: desk.theme
            chrome: desk.chrome
            rows: desk.model.versions
            kind: "version"
            onRestore: (id) => desk.model.restoreVersion(id)
        }
    }
    Component {
        id: trashSection
        DeskRows {
            theme: desk.theme
            chrome: desk.chrome
            rows: desk.model.trash
            kind: "trash"
            onRestore: (id) => desk.model.restoreFromTrash(id)
        }
    }

    Component {
        id: auditSection
        DeskAudit { theme: desk.theme; chrome: desk.chrome; page: desk.model.auditLog }
    }
    Component {
        id: packagesSection
        DeskPackages { theme: desk.theme; chrome: desk.chrome; page: desk.model.packages }
    }
    Component {
        id: backupsSection
        DeskBackups { theme: desk.theme; chrome: desk.chrome; page: desk.model.backups }
    }

    Loader {  // the draft through the visitor screens
        anchors.fill: parent
        active: desk.model.preview !== null
        sourceComponent: PreviewPane {
            theme: desk.theme
            chrome: desk.chrome
            session: desk.session
            nav: desk.model.preview
            onClosed: desk.model.closePreview()
        }
    }
}
