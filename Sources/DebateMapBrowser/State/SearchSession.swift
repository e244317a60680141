import DebateMap

/// A search of the tree, from `/` until Esc clears it: the query, the view to go back to,
/// the scan under way or done, its matches in tree order and which one is shown.
struct SearchSession: Sendable {
    var query = ""
    /// The view before the search: Esc goes back to it; Enter keeps it as a step of history.
    var before: Browser.Snapshot?
    /// The matches in tree order, and as flags per claim, position and essay, so drawing a
    /// row asks in constant time (a set of a million nodes cost more to build than the search).
    var matches: [Node] = []
    var flags = MatchFlags()
    /// The scan for the query, finished or still under way: the next keystroke, if it
    /// lengthens the query, searches only what this one found and the texts it had not reached.
    var scan: SearchIndex.Scan?
    /// The match shown while the scan is still under way (the first it found).
    var shown: Node?
    /// The scan is done and its matches are to be put in order at the next step.
    var orderPending = false
    /// Which match is shown.
    var index = 0
}
