import QtQuick
import QtQuick.Layouts
import Kiosk

// Long work running off the GUI thread: what it does, a bar, how far, and Cancel.
ColumnLayout {
    id: panel
    required property Theme theme
    required property ChromeStrings chrome
    required property BackgroundWork work
    property string title: ""

    objectName: "progressPanel"
    spacing: theme.gap

    PlainLabel {
        Layout.fillWidth: true
        text: panel.title
        color: panel.theme.ink
        font.pixelSize: panel.theme.h3
        font.bold: true
        wrapMode: Text.Wrap
    }
    Rectangle {  // the bar
        objectName: "progressBar"
        Layout.fillWidth: true
        implicitHeight: panel.theme.gap
        radius: height / 2
        color: panel.theme.rule
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: parent.width * panel.work.fraction
            radius: parent.radius
            color: panel.theme.red
        }
    }
    PlainLabel {
        objectName: "progressStage"
        Layout.fillWidth: true
        text: panel.work.cancelling ? panel.chrome.t.cancelling
              : (panel.work.stage || panel.chrome.t.working)
                + (panel.work.total > 0 ? "  " + panel.work.done + " / " + panel.work.total : "")
        color: panel.theme.muted
        font.pixelSize: panel.theme.body
        elide: Text.ElideRight
    }
    TouchButton {
        objectName: "progressCancel"
        theme: panel.theme
        enabled: !panel.work.cancelling
        opacity: enabled ? 1 : 0.4
        text: panel.chrome.t.cancel
        onClicked: panel.work.cancel()
    }
}
