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
    public var children: [Int]
    public var location: SourceLocation?
    // A million claims are held at once: the indices are stored in 32 bits (-1 for none),
    // and the two rarely given strings share one optional box.
    private var storedEssay: Int32
    private var storedTopic: Int32
    private var storedPosition: Int32
    private var storedParent: Int32
    private var storedRefersTo: Int32
    public var link: Link?
    /// What the claim is: a statement (all of an essay map's claims), an argument, a premise,
    /// a conclusion, a group (a heading) or a reference row.
    public var kind: ClaimKind
    private var extra: Extra?

    public var essay: Int {
        get { Int(storedEssay) }
        set { storedEssay = Int32(newValue) }
    }
    public var topic: Int {
        get { Int(storedTopic) }
        set { storedTopic = Int32(newValue) }
    }
    /// Index into `Corpus.positions`.
    public var position: Int {
        get { Int(storedPosition) }
        set { storedPosition = Int32(newValue) }
    }
    public var parent: Int? {
        get { storedParent < 0 ? nil : Int(storedParent) }
        set { storedParent = newValue.map { Int32($0) } ?? -1 }
    }
    /// For a row that stands for a claim whose home is elsewhere in the tree (a `.reference`
    /// row, or a premise/conclusion row reusing a statement): that claim's index. Follow it
    /// with Enter. Nil for a claim at its home.
    public var refersTo: Int? {
        get { storedRefersTo < 0 ? nil : Int(storedRefersTo) }
        set { storedRefersTo = newValue.map { Int32($0) } ?? -1 }
    }
    /// Who put the claim forward, when the format says (an AIF locution's speaker, a Kialo source).
    public var source: String? {
        get { extra?.source }
        set { extra = Extra.make(source: newValue, inferenceRule: inferenceRule) }
    }
    /// For a `.conclusion`: the inference rule written on its inference line (`-- modus ponens --`), if any.
    public var inferenceRule: String? {
        get { extra?.inferenceRule }
        set { extra = Extra.make(source: source, inferenceRule: newValue) }
    }

    /// `source` and `inferenceRule`, immutable (a change makes a new box); nil when both are.
    private final class Extra: Sendable, Hashable {
        let source: String?
        let inferenceRule: String?

        init(source: String?, inferenceRule: String?) {
            self.source = source
            self.inferenceRule = inferenceRule
        }

        static func make(source: String?, inferenceRule: String?) -> Extra? {
            source == nil && inferenceRule == nil ? nil : Extra(source: source, inferenceRule: inferenceRule)
        }

        static func == (a: Extra, b: Extra) -> Bool { a.source == b.source && a.inferenceRule == b.inferenceRule }

        func hash(into hasher: inout Hasher) {
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
        self.id = id
        self.title = title
        self.text = text
        self.quote = quote
        self.tags = tags
        self.children = children
        self.location = location
        storedEssay = Int32(essay)
        storedTopic = Int32(topic)
        storedPosition = Int32(position)
        storedParent = parent.map { Int32($0) } ?? -1
        storedRefersTo = refersTo.map { Int32($0) } ?? -1
        self.link = link
        self.kind = kind
        extra = Extra.make(source: source, inferenceRule: inferenceRule)
    }
}
