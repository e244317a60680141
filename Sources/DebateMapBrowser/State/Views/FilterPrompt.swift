/// The filter prompt (`&`): the query as typed, the tree as it was when the prompt opened
/// and the filter then in force, both given back by Esc.
struct FilterPrompt: Sendable {
    var query: String
    var before: Browser.Snapshot
    var previous: TreeFilter?
}
