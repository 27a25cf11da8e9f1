pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Above a bureau's texts: its stories and its photos, each with what an editor does to them —
// order, hide, move to another bureau, make cover, remove (to the trash) — and the add buttons.
ColumnLayout {
    id: box
    required property Theme theme
    required property ChromeStrings chrome
    required property EditorDesk editorDesk
    property string moving: ""  // the story whose "move to" list is open

    objectName: "deskArrangement"
    spacing: theme.smallGap

    RowLayout {
        spacing: box.theme.smallGap
        PlainLabel {
            Layout.fillWidth: true
            text: box.chrome.t.storiesHeading
            color: box.theme.ink
            font.pixelSize: box.theme.body
            font.bold: true
        }
        TouchButton {
            objectName: "addStory"
            theme: box.theme
            text: "+ " + box.chrome.t.addStory
            onClicked: box.editorDesk.addStory()
        }
    }
    Repeater {
        model: box.editorDesk.stories
        delegate: ColumnLayout {
            id: storyRow
            required property int index
            required property string key
            required property string title
            required property bool hidden
            Layout.fillWidth: true
            spacing: box.theme.tinyGap
            RowLayout {
                Layout.fillWidth: true
                spacing: box.theme.smallGap
                PlainLabel {
                    Layout.fillWidth: true
                    text: storyRow.title + (storyRow.hidden ? "（" + box.chrome.t.hiddenMark + "）" : "")
                    color: storyRow.hidden ? box.theme.muted : box.theme.ink
                    font.pixelSize: box.theme.small
                    elide: Text.ElideRight
                }
                TouchButton { objectName: "storyUp_" + storyRow.key; theme: box.theme; text: "↑"; onClicked: box.editorDesk.moveStory(storyRow.key, -1) }
                TouchButton { objectName: "storyDown_" + storyRow.key; theme: box.theme; text: "↓"; onClicked: box.editorDesk.moveStory(storyRow.key, 1) }
                TouchButton {
                    objectName: "storyHide_" + storyRow.key
                    theme: box.theme
                    text: storyRow.hidden ? box.chrome.t.unhide : box.chrome.t.hide
                    onClicked: box.editorDesk.setStoryHidden(storyRow.key, !storyRow.hidden)
                }
                TouchButton {
                    objectName: "storyMoveTo_" + storyRow.key
                    theme: box.theme
                    text: box.chrome.t.moveTo
                    onClicked: box.moving = box.moving === storyRow.key ? "" : storyRow.key
                }
                TouchButton {
                    objectName: "storyRemove_" + storyRow.key
                    theme: box.theme
                    text: box.chrome.t.remove
                    onClicked: box.editorDesk.removeStory(storyRow.key)
                }
            }
            Flow {  // the bureaus it can move to
                Layout.fillWidth: true
                visible: box.moving === storyRow.key
                spacing: box.theme.tinyGap
                Repeater {
                    model: box.moving === storyRow.key ? box.editorDesk.bureaus : null
                    delegate: TouchButton {
                        required property string slug
                        required property string city
                        required property string colour
                        objectName: "moveStoryTo_" + slug
                        visible: slug !== box.editorDesk.bureauSlug
                        theme: box.theme
                        variant: "accent"
                        accent: colour
                        text: city
                        onClicked: { box.moving = ""; box.editorDesk.moveStoryTo(storyRow.key, slug) }
                    }
                }
            }
        }
    }

    PlainLabel {
        text: box.chrome.t.photosHeading
        color: box.theme.ink
        font.pixelSize: box.theme.body
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: box.theme.smallGap
        Repeater {
            model: box.editorDesk.bureauPhotos
            delegate: Rectangle {
                id: photoCard
                required property string key
                required property string caption
                required property string thumb
                required property bool cover
                objectName: "deskPhoto_" + key
                width: box.theme.px(300)
                height: column.implicitHeight + 2 * box.theme.smallGap
                radius: box.theme.radius
                color: box.theme.paper
                border.color: cover ? box.theme.gold : box.theme.rule
                border.width: box.theme.line * (cover ? 2 : 1)
                ColumnLayout {
                    id: column
                    anchors { fill: parent; margins: box.theme.smallGap }
                    spacing: box.theme.tinyGap
                    Image {
                        Layout.fillWidth: true
                        Layout.preferredHeight: box.theme.px(150)
                        source: photoCard.thumb
                        sourceSize: Qt.size(Math.max(1, width), Math.max(1, height))
                        fillMode: Image.PreserveAspectFit
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: (photoCard.cover ? box.chrome.t.coverMark + " · " : "") + photoCard.caption
                        color: box.theme.muted
                        font.pixelSize: box.theme.small
                        elide: Text.ElideRight
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: box.theme.tinyGap
                        TouchButton {
                            objectName: "setCover_" + photoCard.key
                            visible: !photoCard.cover
                            theme: box.theme
                            text: box.chrome.t.setCover
                            onClicked: box.editorDesk.setCover(photoCard.key)
                        }
                        TouchButton { visible: !photoCard.cover; theme: box.theme; text: "←"; onClicked: box.editorDesk.movePhoto(photoCard.key, -1) }
                        TouchButton { visible: !photoCard.cover; theme: box.theme; text: "→"; onClicked: box.editorDesk.movePhoto(photoCard.key, 1) }
                        TouchButton {
                            objectName: "photoRemove_" + photoCard.key
                            theme: box.theme
                            text: box.chrome.t.remove
                            onClicked: box.editorDesk.removePhoto(photoCard.key)
                        }
                    }
                }
            }
        }
    }
}
