/// Editing a search query as a shell line is edited: typed characters, Backspace, Ctrl-W
/// (the word before the cursor, with the spaces after it) and Ctrl-U (all of it). The tree's
/// search and the reader's share it.
enum QueryEdit {
    /// Applies an editing action to the query; false when the action is not an edit.
    static func apply(_ action: Action, to query: inout String) -> Bool {
        switch action {
        case .type(let c):
            query.append(c)
        case .deleteBackward:
            if !query.isEmpty { query.removeLast() }
        case .deleteWord:
            while query.last?.isWhitespace == true { query.removeLast() }
            while let last = query.last, !last.isWhitespace { query.removeLast() }
        case .deleteQuery:
            query = ""
        default:
            return false
        }
        return true
    }
}
