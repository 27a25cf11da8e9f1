import QtQuick

// Sizes and colours for one window: everything scales with the shorter side (1080 = 1.0).
QtObject {
    id: theme
    property real width: 1920
    property real height: 1080
    property int minTouch: 64
    property bool animations: true

    readonly property bool portrait: height > width
    readonly property real s: Math.max(0.5, Math.min(width, height) / 1080)
    // Every tappable thing is at least this tall and wide.
    readonly property real touch: Math.max(minTouch, Math.round(minTouch * s))

    readonly property real margin: Math.round((portrait ? 44 : 56) * s)
    readonly property real gap: Math.round(24 * s)
    readonly property real smallGap: Math.round(12 * s)
    readonly property real radius: Math.round(12 * s)
    readonly property real line: Math.max(1, Math.round(2 * s))

    readonly property int display: Math.round(60 * s)
    readonly property int h1: Math.round(50 * s)
    readonly property int h2: Math.round(40 * s)
    readonly property int h3: Math.round(34 * s)
    readonly property int body: Math.round(30 * s)
    readonly property int button: Math.round(30 * s)
    readonly property int small: Math.round(26 * s)
    readonly property real leading: 1.45
    readonly property real readingWidth: Math.round(1180 * s)

    readonly property color bg: "#f6f1e9"
    readonly property color paper: "#fffdf9"
    readonly property color ink: "#2b2420"
    readonly property color muted: "#6e625a"
    readonly property color rule: "#e2d7c9"
    readonly property color red: "#9b1c1c"
    readonly property color redDeep: "#7a1212"
    readonly property color redPressed: "#5f0d0d"
    readonly property color gold: "#c8a45c"
    readonly property color night: "#141110"
    readonly property int fade: animations ? 180 : 0
}
