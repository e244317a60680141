/// Grapheme clusters from many scripts and kinds of emoji, each with the terminal cells it
/// takes, how many units (scalars that take cells) it is drawn as, and how a screen shows it:
/// the table the width, screen and painter tests go through (issues 21 and 22).
public enum ClusterTable {
    public struct Row: Sendable {
        public let cluster: String
        public let name: String
        public let cells: Int
        public let units: Int
        /// How a screen shows it: the cluster itself, or spelled out where a terminal cell
        /// cannot hold it (`TerminalCells.spelledOut`).
        public let shown: String

        init(cluster: String, name: String, cells: Int, units: Int, shown: String? = nil) {
            self.cluster = cluster
            self.name = name
            self.cells = cells
            self.units = units
            self.shown = shown ?? cluster
        }
    }

    public static let rows: [Row] = [
        Row(cluster: "a", name: "ASCII letter", cells: 1, units: 1),
        Row(cluster: "é", name: "composed accent", cells: 1, units: 1),
        Row(cluster: "e\u{0301}", name: "decomposed accent", cells: 1, units: 1),
        Row(cluster: "e\u{0301}\u{0302}\u{0323}", name: "combining stack", cells: 1, units: 1),
        Row(cluster: "中", name: "CJK ideograph", cells: 2, units: 1),
        Row(cluster: "カ", name: "katakana", cells: 2, units: 1),
        Row(cluster: "ｶ", name: "half-width katakana", cells: 1, units: 1),
        Row(cluster: "각", name: "precomposed Hangul syllable", cells: 2, units: 1),
        Row(cluster: "\u{1100}\u{1161}\u{11A8}", name: "Hangul jamo run", cells: 2, units: 1),
        Row(cluster: "क्ष", name: "Devanagari conjunct", cells: 2, units: 2),
        Row(cluster: "ม\u{0E49}", name: "Thai consonant with a tone mark", cells: 1, units: 1),
        Row(cluster: "🇷🇴", name: "flag: regional indicators", cells: 2, units: 2),
        Row(cluster: "e\u{0301}\u{0302}\u{0323}\u{0304}\u{0330}\u{0331}", name: "six combining marks", cells: 1, units: 1,
            shown: "e\u{0301}\u{0302}\u{0323}\u{0304}\u{25CC}\u{0330}\u{0331}"),
        Row(cluster: "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", name: "tag flag", cells: 2, units: 1,
            shown: "🏴⟨gbsct⟩"),
        Row(cluster: "🏴\u{E0067}\u{E0062}\u{E007F}", name: "short tag sequence", cells: 2, units: 1),
        Row(cluster: "👍🏽", name: "skin tone", cells: 4, units: 2),
        Row(cluster: "👨\u{200D}👩\u{200D}👧", name: "ZWJ family", cells: 6, units: 3),
        Row(cluster: "🏳️\u{200D}🌈", name: "rainbow flag", cells: 4, units: 2),
        Row(cluster: "☂\u{FE0F}", name: "VS16: emoji presentation", cells: 2, units: 1),
        Row(cluster: "☂\u{FE0E}", name: "VS15: text presentation", cells: 1, units: 1),
        Row(cluster: "1\u{FE0F}\u{20E3}", name: "keycap", cells: 2, units: 1),
        Row(cluster: "😀", name: "emoji", cells: 2, units: 1),
    ]
}
