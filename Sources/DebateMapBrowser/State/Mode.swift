/// Which view has the keyboard.
public enum Mode: String, Sendable, Hashable, CaseIterable {
    case tree, search, reader, matrix, picker, versus, help

    /// The name shown in the header and the help.
    public var title: String {
        switch self {
        case .tree: return "tree"
        case .search: return "search"
        case .reader: return "reader"
        case .matrix: return "matrix"
        case .picker: return "opposing claims"
        case .versus: return "versus"
        case .help: return "help"
        }
    }
}
