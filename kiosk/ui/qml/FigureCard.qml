import QtQuick

// A headline figure, counting up on entry and ending exactly as printed ("91.3", never "91.30").
Item {
    id: card
    required property Theme theme
    required property bool animate
    required property string key
    required property string label
    required property string value
    required property real target
    required property int decimals
    required property string unit
    required property string qualifier
    required property string year

    objectName: "figure_" + key
    implicitHeight: column.implicitHeight + 2 * theme.gap
    property real shown: animate ? 0 : target
    property bool done: !animate

    NumberAnimation {
        id: countUp
        target: card
        property: "shown"
        from: 0
        to: card.target
        duration: 1600
        easing.type: Easing.OutCubic
        onFinished: card.done = true
    }
    Component.onCompleted: if (animate) countUp.start()

    Rectangle {
        anchors.fill: parent
        radius: card.theme.radius
        color: card.theme.paper
        border.color: card.theme.rule
        border.width: card.theme.line
    }
    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: card.theme.gap }
        spacing: Math.round(6 * card.theme.s)
        Flow {
            width: parent.width
            spacing: Math.round(8 * card.theme.s)
            Text {
                id: number
                objectName: "figureValue"
                text: card.done ? card.value : card.shown.toFixed(card.decimals)
                color: card.theme.red
                font.pixelSize: Math.round(card.theme.display * 1.3)
                font.bold: true
            }
            Text {
                // The unit sits on the number's baseline, or wraps below it when the card is narrow.
                height: number.height
                verticalAlignment: Text.AlignBottom
                bottomPadding: number.height - number.baselineOffset - unitMetrics.descent
                id: unitText
                text: card.unit
                FontMetrics { id: unitMetrics; font: unitText.font }
                color: card.theme.red
                font.pixelSize: card.theme.h3
                font.bold: true
            }
        }
        Text {
            width: parent.width
            text: card.label
            color: card.theme.ink
            font.pixelSize: card.theme.body
            font.bold: true
            lineHeight: 1.25
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: card.qualifier !== "" && card.year !== "" ? card.qualifier + " · " + card.year
                                                            : card.qualifier + card.year
            color: card.theme.muted
            font.pixelSize: card.theme.small
            wrapMode: Text.Wrap
        }
    }
}
