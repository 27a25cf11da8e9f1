import QtQuick
import QtQuick.Controls.Basic

// A Label that shows its text as it is: content is never read as markup (an editor's "<b>" or an
// imported "<img src=…>" shows as those characters).
Label {
    textFormat: Text.PlainText
}
