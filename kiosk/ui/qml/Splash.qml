import QtQuick

// Shown the moment the kiosk starts, while the database opens (and, on the first start, the
// default exhibition is prepared): the exhibition's name on its own colours, nothing to tap.
Window {
    id: splash
    required property font zhFont
    required property font enFont
    // The words, from kiosk/ui/strings.py (SPLASH): the database is not open yet.
    required property string splashTitleZh
    required property string splashTitleEn
    required property string preparingZh
    required property string preparingEn

    width: 1920
    height: 1080
    visible: false
    color: "#9b1c1c"

    readonly property real s: Math.max(0.5, Math.min(width, height) / 1080)

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Math.round(80 * splash.s)
        spacing: Math.round(24 * splash.s)
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            objectName: "splashTitleZh"
            text: splash.splashTitleZh
            color: "#ffffff"
            font.family: splash.zhFont.family
            font.bold: true
            font.pixelSize: Math.round(64 * splash.s)
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            objectName: "splashTitleEn"
            text: splash.splashTitleEn
            color: "#f3dcc0"
            font.family: splash.enFont.family
            font.pixelSize: Math.round(34 * splash.s)
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            objectName: "splashPreparing"
            text: splash.preparingZh + "  " + splash.preparingEn
            color: "#c8a45c"
            font.family: splash.zhFont.family
            font.pixelSize: Math.round(28 * splash.s)
        }
    }
}
