import DebateMap

/// The clash view: where the essays disagree, pair by pair, or the most contested claims.
public struct ClashState: Sendable {
    /// One row of the clash view.
    public enum Row: Sendable, Hashable {
        /// A pair of essays (an index into `clashes.pairs`), folded or not.
        case pair(Int)
        /// A claim pair under its essay pair.
        case clash(pair: Int, index: Int)
        /// A claim of the ranking (an index into `ranking.entries`).
        case ranked(Int)
    }

    public let clashes: Clashes
    public let ranking: ContestedClaims
    /// What the view is narrowed to, in words ("Asylum", "Zubkovych and Galeotti on Asylum"), if anything.
    public let scope: String?
    /// The ranking of most contested claims instead of the pairs.
    public var showRanking = false
    /// The essay pairs folded shut.
    public var folded: Set<Int> = []
    public var selection = 0
    /// The first row on screen and the first line of the lower pane on screen.
    public var top = 0
    public var paneTop = 0
    /// The view it was opened from, where `[` and Esc go back.
    var back: View

    init(clashes: Clashes, ranking: ContestedClaims, scope: String?, back: View) {
        self.clashes = clashes
        self.ranking = ranking
        self.scope = scope
        self.back = back
    }

    /// The rows as they stand: the pairs with their unfolded clashes, or the ranking.
    public var rows: [Row] {
        if showRanking { return ranking.entries.indices.map(Row.ranked) }
        var rows: [Row] = []
        for (p, pair) in clashes.pairs.enumerated() {
            rows.append(.pair(p))
            if !folded.contains(p) { rows += pair.clashes.indices.map { .clash(pair: p, index: $0) } }
        }
        return rows
    }

    public var selectedRow: Row? {
        let rows = self.rows
        return rows.indices.contains(selection) ? rows[selection] : nil
    }
}
