/// Everything a reader can do; keys map to actions through the `KeyTable`.
public enum Action: Sendable, Hashable {
    case down, up, collapseOrParent, expandOrChild, toggle, activate
    case nextSibling, previousSibling, first, last
    case halfPageDown, halfPageUp, pageDown, pageUp
    case expandNode, expandAll, collapseNode, collapseAll
    case jumpToOpponent, pickOpponent, versus
    /// The clash view; in it, the most contested claims instead of the pairs.
    case clashes, ranking
    /// Keys to the detail pane (to scroll it) and back.
    case focusPane
    case back, forward
    case pivot, matrix, reader, toggleDetail
    /// The problems found reading the files.
    case problems
    /// The claim with its quote and citation to the clipboard; its id; its source in the editor.
    case copy, copyID, openSource
    /// The filter prompt (`&`).
    case filter
    case search, nextMatch, previousMatch
    case help, leave, quit
    /// Esc in the reader: clears its search; without one, leaves.
    case clearSearch
    /// Typed into the search prompt; Ctrl-W deletes a word, Ctrl-U the whole query.
    case type(Character), deleteBackward, deleteWord, deleteQuery, confirm
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int), scrollUp, scrollDown
}
