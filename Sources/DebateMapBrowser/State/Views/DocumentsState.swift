import DebateMap

/// The list of documents that stands in for the matrix when every question is an imported
/// document's own: which document is chosen, how far its pane is scrolled, and what each
/// document holds (counted once, when the list opens: the corpus does not change under it).
public struct DocumentsState: Sendable, Hashable {
    public var index = 0
    public var paneTop = 0
    let stats: DocumentStats
}
