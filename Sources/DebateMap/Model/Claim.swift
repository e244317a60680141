/// One claim of a position's tree: a faithful paraphrase, the quote it rests on, its place in the tree.
public struct Claim: Sendable, Hashable {
    /// How a claim hangs under its parent in the tree, as written with Argdown's markers.
    public enum Link: String, Sendable, Hashable {
        /// `+` / `<+`: the claim supports its parent.
        case supports = "+"
        /// `-` / `<-`: the claim attacks its parent.
        case attacks = "-"
        /// `+>`: the parent supports the claim.
        case supportedByParent = "+>"
        /// `->`: the parent attacks the claim.
        case attackedByParent = "->"
        /// `><`: the claim and its parent contradict each other.
        case contradicts = "><"
    }

    /// Stable id, derived from the title (see `Slug`).
    public var id: String
    public var title: String
    public var text: String
    public var quote: Quote?
    public var tags: [String]
    public var essay: Int
    public var topic: Int
    /// Index into `Corpus.positions`.
    public var position: Int
    public var parent: Int?
    public var link: Link?
    public var children: [Int]
    public var location: SourceLocation?

    public init(
        id: String, title: String, text: String, quote: Quote? = nil, tags: [String] = [],
        essay: Int, topic: Int, position: Int, parent: Int? = nil, link: Link? = nil,
        children: [Int] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.quote = quote
        self.tags = tags
        self.essay = essay
        self.topic = topic
        self.position = position
        self.parent = parent
        self.link = link
        self.children = children
        self.location = location
    }
}
