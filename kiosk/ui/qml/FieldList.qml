pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Every field of a FieldListModel, one FieldEditor under another, scrolling.
ListView {
    id: list
    required property Theme theme
    required property ChromeStrings chrome
    required property FieldListModel fields
    property Component above: null  // shown before the fields, scrolling with them

    objectName: "fieldList"
    clip: true
    spacing: theme.gap
    boundsBehavior: Flickable.StopAtBounds
    cacheBuffer: 4000  // keep typed-in boxes alive while scrolled away
    model: fields
    header: list.above
    delegate: FieldEditor {
        width: list.width
        theme: list.theme
        chrome: list.chrome
        fields: list.fields
    }
}
