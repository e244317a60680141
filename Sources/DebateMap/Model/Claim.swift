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

    /// Stable id, derived from the title (see `Slug`); unique in the corpus.
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
    /// What the claim is: a statement (all of an essay map's claims), an argument, a premise,
    /// a conclusion, a group (a heading) or a reference row.
    public var kind: ClaimKind
    /// For a row that stands for a claim whose home is elsewhere in the tree (a `.reference`
    /// row, or a premise/conclusion row reusing a statement): that claim's index. Follow it
    /// with Enter. Nil for a claim at its home.
    public var refersTo: Int?
    /// Who put the claim forward, when the format says (an AIF locution's speaker, a Kialo source).
    public var source: String?
    /// For a `.conclusion`: the inference rule written on its inference line (`-- modus ponens --`), if any.
    public var inferenceRule: String?

    public init(
        id: String, title: String, text: String, quote: Quote? = nil, tags: [String] = [],
        essay: Int, topic: Int, position: Int, parent: Int? = nil, link: Link? = nil,
        children: [Int] = [], location: SourceLocation? = nil, kind: ClaimKind = .statement,
        refersTo: Int? = nil, source: String? = nil, inferenceRule: String? = nil
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
        self.kind = kind
        self.refersTo = refersTo
        self.source = source
        self.inferenceRule = inferenceRule
    }
}
