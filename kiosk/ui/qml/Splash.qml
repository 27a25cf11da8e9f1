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
    required property int minTouch

    width: 1920
    height: 1080
    visible: false
    color: theme.red

    Theme {
        id: theme
        width: splash.width
        height: splash.height
        minTouch: splash.minTouch
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * theme.splashMargin
        spacing: theme.gap
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            objectName: "splashTitleZh"
            text: splash.splashTitleZh
            color: theme.inkOnRed
            font.family: splash.zhFont.family
            font.bold: true
            font.pixelSize: theme.splashTitle
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            objectName: "splashTitleEn"
            text: splash.splashTitleEn
            color: theme.inkOnRedPale
            font.family: splash.enFont.family
            font.pixelSize: theme.h3
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            objectName: "splashPreparing"
            text: splash.preparingZh + "  " + splash.preparingEn
            color: theme.gold
            font.family: splash.zhFont.family
            font.pixelSize: theme.splashNote
        }
    }
}
