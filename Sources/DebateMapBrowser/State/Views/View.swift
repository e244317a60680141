/// Which view has the keyboard, with the state that view keeps while it is open: a view's
/// state travels with it, and is gone when the view closes.
indirect enum View: Sendable {
    case tree
    case search
    case reader(ReaderState)
    case matrix(MatrixState)
    case picker(PickerState)
    case versus(VersusState)
    case clashes(ClashState)
    case problems(ProblemsState)
    /// The matrix of a corpus of imported documents: a list of them.
    case documents(DocumentsState)
    /// The filter prompt (`&`) over the tree.
    case filter(FilterPrompt)
    /// The help over the view it was opened from, scrolled to `top`.
    case help(over: View, top: Int)

    /// The kind of view, which the key table and the header name. The reader's search prompt
    /// takes keys as the tree's does.
    var mode: Mode {
        switch self {
        case .tree: return .tree
        case .search: return .search
        case .reader(let state): return state.find?.editing == true ? .search : .reader
        case .matrix: return .matrix
        case .picker: return .picker
        case .versus: return .versus
        case .clashes: return .clashes
        case .problems: return .problems
        case .documents: return .documents
        case .filter: return .filter
        case .help: return .help
        }
    }
}
