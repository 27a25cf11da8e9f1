import QtQuick

// A headline figure, counting up on entry and ending exactly as printed ("91.3", never "91.30").
// The unit sits on the number's baseline, or, where any card of the grid is too narrow for
// that (`unitBelow`, decided by the overview for all cards alike), right under the number.
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
    required property string note  // qualifier and year, joined by the page

    property bool unitBelow: false
    // Room the number (at its printed value) and the unit need side by side, and the room there is.
    readonly property real inlineWidth: finalNumber.advanceWidth + unitGap + unitText.implicitWidth
    readonly property real innerWidth: width - 2 * theme.gap
    readonly property real unitGap: theme.unitGap

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
        spacing: card.theme.tinyGap
        Item {
            width: parent.width
            height: card.unitBelow ? unitText.y + unitText.height : number.height
            PlainLabel {
                id: number
                objectName: "figureValue"
                text: card.done ? card.value : card.shown.toFixed(card.decimals)
                color: card.theme.red
                font.pixelSize: Math.round(card.theme.display * 1.3)
                font.bold: true
            }
            TextMetrics { id: finalNumber; font: number.font; text: card.value }
            PlainLabel {
                id: unitText
                objectName: "figureUnit"
                width: card.unitBelow ? parent.width : implicitWidth
                x: card.unitBelow ? 0 : Math.ceil(finalNumber.advanceWidth) + card.unitGap  // steady while counting
                // Baseline to baseline: the number's, or one unit line below it.
                y: number.baselineOffset - baselineOffset + (card.unitBelow ? Math.round(height * 0.95) : 0)
                text: card.unit
                color: card.theme.red
                font.pixelSize: card.theme.h3
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
        PlainLabel {
            width: parent.width
            text: card.label
            color: card.theme.ink
            font.pixelSize: card.theme.body
            font.bold: true
            lineHeight: 1.25
            wrapMode: Text.Wrap
        }
        PlainLabel {
            width: parent.width
            visible: text !== ""
            text: card.note
            color: card.theme.muted
            font.pixelSize: card.theme.small
            wrapMode: Text.Wrap
        }
    }
}
