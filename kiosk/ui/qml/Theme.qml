import QtQuick

// Every size and colour of one window: everything scales with the shorter side (1080 = 1.0).
// Screens use these tokens and no numbers or colours of their own.
QtObject {
    id: theme
    property real width: 1920
    property real height: 1080
    required property int minTouch  // at 1080p, from the settings (Settings.min_touch_px)
    property bool animations: true

    readonly property bool portrait: height > width
    readonly property real s: Math.max(0.5, Math.min(width, height) / 1080)
    function px(n: real): real { return Math.round(n * s) }

    // Every tappable thing is at least this tall and wide.
    readonly property real touch: Math.max(minTouch, Math.round(minTouch * s))

    // Spacing
    readonly property real margin: px(portrait ? 44 : 56)
    readonly property real gap: px(24)
    readonly property real smallGap: px(12)
    readonly property real tinyGap: px(6)
    readonly property real radius: px(12)
    readonly property real chipRadius: px(4)
    readonly property real line: Math.max(1, px(2))

    // Accent rules and bars
    readonly property real accentBarWidth: px(120)   // over a panel's city
    readonly property real accentBarHeight: px(8)
    readonly property real titleMarkWidth: px(10)    // beside Home's title
    readonly property real quoteRuleWidth: px(6)     // left of a slogan or concept
    readonly property real headingRuleWidth: px(64)  // under a section heading
    readonly property real headingRuleHeight: px(5)
    readonly property real headingRuleGap: px(8)     // between a heading and its rule
    readonly property real entryRuleWidth: px(80)    // on the overview entry
    readonly property real storyEdgeWidth: px(8)     // a story card's coloured edge
    readonly property real coverBandHeight: px(6)    // under a tile's cover
    readonly property real tileTextGap: px(4)        // between a tile's city and its name
    readonly property real unitGap: px(10)           // between a figure and its unit

    // Blocks
    readonly property real readingWidth: px(1180)
    readonly property real overviewWidth: px(1700)
    readonly property real sideColumnMin: px(320)    // the overview's bureau links beside a section
    readonly property real tileMinWidth: px(230)
    readonly property real stripHeight: px(230)
    readonly property real storyThumbWidth: px(180)
    readonly property real storyThumbHeight: px(130)
    readonly property real idleCardWidth: px(900)
    readonly property real splashMargin: px(80)
    readonly property real pinPadWidth: px(720)
    readonly property real pinKey: px(120)
    readonly property real adminCorner: px(48)     // the hidden corner a 3-second press opens admin from
    readonly property real flickVelocity: px(4000)

    // Type
    readonly property int huge: px(200)   // the idle countdown
    readonly property int splashTitle: px(64)
    readonly property int display: px(60)
    readonly property int h1: px(50)
    readonly property int h2: px(40)
    readonly property int h3: px(34)
    readonly property int body: px(30)
    readonly property int button: px(30)
    readonly property int tileName: px(27)
    readonly property int splashNote: px(28)
    readonly property int small: px(26)
    readonly property int minimumText: px(16)
    readonly property real leading: 1.45

    // Colours
    readonly property color bg: "#f6f1e9"
    readonly property color paper: "#fffdf9"
    readonly property color ink: "#2b2420"
    readonly property color muted: "#6e625a"
    readonly property color rule: "#e2d7c9"
    readonly property color red: "#9b1c1c"
    readonly property color redDeep: "#7a1212"
    readonly property color redPressed: "#5f0d0d"
    readonly property color gold: "#c8a45c"
    readonly property color inkOnRed: "#ffffff"        // text on red
    readonly property color inkOnRedSoft: "#f6e9e4"    // secondary text on red
    readonly property color inkOnRedPale: "#f3dcc0"    // the splash's English title
    readonly property color night: "#141110"        // the photo viewer and dark bars
    readonly property color inkOnDark: "#f3ece2"       // text on night
    readonly property color mutedOnDark: "#b5a99f"
    readonly property color faintOnDark: "#8c8078"
    readonly property color edgeOnDark: "#a89c90"   // a button's outline on night
    readonly property color pressedOnDark: "#3a322d"
    readonly property color ruleOnDark: "#2d2622"
    readonly property color scrim: "#eb1a1412"      // behind the idle card

    readonly property int fade: animations ? 180 : 0
}
