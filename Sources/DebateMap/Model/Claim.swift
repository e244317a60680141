/// One claim of a position's tree: a faithful paraphrase, the quote it rests on, its place in the tree.
public struct Claim: Sendable, Hashable {
    /// How a claim hangs under its parent in the tree, as written with Argdown's markers.
    public enum Link: String, Sendable, Hashable, CaseIterable {
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
    public var id: String {
        get { storedID ?? Slug.make(storedTitle) }
        set { storedID = newValue == Slug.make(storedTitle) ? nil : newValue }
    }
    /// Setting the title keeps the id.
    public var title: String {
        get { storedTitle }
        set {
            let id = self.id
            storedTitle = newValue
            self.id = id
        }
    }
    /// The id, when it is not the title's slug (a suffix told two titles apart, or another
    /// format gave it). Most ids are, and are made again when asked for instead of held: a
    /// string each would be 64 bytes a claim.
    private var storedID: String?
    private var storedTitle: String
    public var text: String
    public var quote: Quote?
    public var children: [Int]
    public var location: SourceLocation?
    // A million claims are held at once: the indices are stored in 32 bits, and what few
    // claims have (tags, a source, an inference rule) shares one optional box.
    @Index32 public var essay: Int
    @Index32 public var topic: Int
    /// Index into `Corpus.positions`.
    @Index32 public var position: Int
    @OptionalIndex32 public var parent: Int?
    /// For a row that stands for a claim whose home is elsewhere in the tree (a `.reference`
    /// row, or a premise/conclusion row reusing a statement): that claim's index. Follow it
    /// with Enter. Nil for a claim at its home.
    @OptionalIndex32 public var refersTo: Int?
    public var link: Link?
    /// What the claim is: a statement (all of an essay map's claims), an argument, a premise,
    /// a conclusion, a group (a heading) or a reference row.
    public var kind: ClaimKind
    private var extra: Extra?

    /// The claim's tags (`#tag` in Argdown), in the order written.
    public var tags: [String] {
        get { extra?.tags ?? [] }
        set { extra = Extra.make(tags: newValue, source: source, inferenceRule: inferenceRule) }
    }
    /// Who put the claim forward, when the format says (an AIF locution's speaker, a Kialo source).
    public var source: String? {
        get { extra?.source }
        set { extra = Extra.make(tags: tags, source: newValue, inferenceRule: inferenceRule) }
    }
    /// For a `.conclusion`: the inference rule written on its inference line (`-- modus ponens --`), if any.
    public var inferenceRule: String? {
        get { extra?.inferenceRule }
        set { extra = Extra.make(tags: tags, source: source, inferenceRule: newValue) }
    }

    /// `tags`, `source` and `inferenceRule`, immutable (a change makes a new box); nil when
    /// there are no tags and neither string is given.
    private final class Extra: Sendable, Hashable {
        let tags: [String]
        let source: String?
        let inferenceRule: String?

        init(tags: [String], source: String?, inferenceRule: String?) {
            self.tags = tags
            self.source = source
            self.inferenceRule = inferenceRule
        }

        static func make(tags: [String], source: String?, inferenceRule: String?) -> Extra? {
            tags.isEmpty && source == nil && inferenceRule == nil ? nil : Extra(tags: tags, source: source, inferenceRule: inferenceRule)
        }

        static func == (a: Extra, b: Extra) -> Bool {
            a.tags == b.tags && a.source == b.source && a.inferenceRule == b.inferenceRule
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(tags)
            hasher.combine(source)
            hasher.combine(inferenceRule)
        }
    }

    public init(
        id: String, title: String, text: String, quote: Quote? = nil, tags: [String] = [],
        essay: Int, topic: Int, position: Int, parent: Int? = nil, link: Link? = nil,
        children: [Int] = [], location: SourceLocation? = nil, kind: ClaimKind = .statement,
        refersTo: Int? = nil, source: String? = nil, inferenceRule: String? = nil
    ) {
        self.init(storedID: id == Slug.make(title) ? nil : id, title: title, text: text, quote: quote, tags: tags,
                  essay: essay, topic: topic, position: position, parent: parent, link: link, children: children,
                  location: location, kind: kind, refersTo: refersTo, source: source, inferenceRule: inferenceRule)
    }

    /// Swaps `title` and `text` into a claim made with empty ones, its id kept as given: the
    /// resolver takes a parsed statement's strings so, without retaining them (a cache miss
    /// each on memory a loader thread had just written).
    mutating func take(title: inout String, text: inout String) {
        swap(&storedTitle, &title)
        swap(&self.text, &text)
    }

    /// With the id given only when it is not `Slug.make(title)` (nil when it is), for a
    /// caller that made the slug itself.
    init(
        storedID: String?, title: String, text: String, quote: Quote? = nil, tags: [String] = [],
        essay: Int, topic: Int, position: Int, parent: Int? = nil, link: Link? = nil,
        children: [Int] = [], location: SourceLocation? = nil, kind: ClaimKind = .statement,
        refersTo: Int? = nil, source: String? = nil, inferenceRule: String? = nil
    ) {
        self.storedID = storedID
        storedTitle = title
        self.text = text
        self.quote = quote
        self.children = children
        self.location = location
        self.essay = essay
        self.topic = topic
        self.position = position
        self.parent = parent
        self.refersTo = refersTo
        self.link = link
        self.kind = kind
        extra = Extra.make(tags: tags, source: source, inferenceRule: inferenceRule)
    }
}
