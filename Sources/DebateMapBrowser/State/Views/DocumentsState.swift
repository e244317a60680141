/// The list of documents that stands in for the matrix when every question is an imported
/// document's own: which document is chosen, and how far its pane is scrolled.
public struct DocumentsState: Sendable, Hashable {
    public var index = 0
    public var paneTop = 0
}
