/// Which kind of view has the keyboard (`View` holds the view with its state).
public enum Mode: String, Sendable, Hashable, CaseIterable {
    case tree, search, filter, reader, matrix, documents, picker, versus, clashes, problems, help

    /// The name shown in the header and the help.
    public var title: String {
        switch self {
        case .tree: return "tree"
        case .search: return "search"
        case .filter: return "filter"
        case .reader: return "reader"
        case .matrix: return "matrix"
        case .documents: return "documents"
        case .picker: return "opposing claims"
        case .versus: return "versus"
        case .clashes: return "clashes"
        case .problems: return "problems"
        case .help: return "help"
        }
    }
}
