/// One Argdown file as written: its front matter, its headings and its statement trees,
/// every piece with its location. The resolver turns documents into a `Corpus`.
public struct ArgdownDocument: Sendable {
    /// The YAML between the `===` lines at the top, not yet interpreted.
    public struct FrontMatter: Sendable {
        public var yaml: String
        /// The location of the opening `===`; the YAML starts on the next line.
        public var location: SourceLocation
    }

    /// A heading: `# Title {data} #tags`.
    public struct Heading: Sendable {
        public var level: Int
        public var title: String
        public var data: InlineData?
        public var tags: [String]
        public var location: SourceLocation
    }

    /// A mention `@[Title]` inside a text.
    public struct Mention: Sendable, Hashable {
        public var title: String
        public var location: SourceLocation
    }

    /// A statement line: a definition `[Title]: text`, a reference `[Title]`, or an untitled text,
    /// at the top or after a relation marker under its parent.
    public struct Statement: Sendable {
        /// How it hangs under its parent; nil at the top.
        public var link: Claim.Link?
        public var title: String
        /// Whether the title was written (an untitled statement gets "Untitled N").
        public var hasTitle: Bool
        /// The text; nil for a reference.
        public var text: String?
        public var data: InlineData?
        public var tags: [String]
        public var mentions: [Mention]
        /// Where the statement starts (its `[` or first character).
        public var location: SourceLocation
        /// Where the relation marker is, for relations.
        public var markerLocation: SourceLocation?
        public var parent: Int?
        /// The first statement under it and the next under its parent (-1: none); the
        /// children in order through `ArgdownDocument.children(of:)`. Links, not an array
        /// a statement: an array grown child by child was two or three allocations a parent.
        public var firstChild: Int32 = -1
        public var nextSibling: Int32 = -1
        var lastChild: Int32 = -1
        public var isReference: Bool { text == nil }
        /// General Argdown: an argument `<Title>` rather than a statement `[Title]`.
        public var isArgument = false
        /// General Argdown: the relation is an undercut (`_`, `<_`, `_>`), an attack on the inference.
        public var isUndercut = false
        /// General Argdown, on an argument: its premise–conclusion structure, the `(n)` statements in order.
        public var reconstruction: [Int] = []
        /// General Argdown, on a `(n)` statement: its number.
        public var number: Int?
        /// General Argdown, on a `(n)` statement: whether an inference line stands above it.
        public var isConclusion = false
        /// General Argdown, on a conclusion: the text of its inference line, if any.
        public var inferenceRule: String?
    }

    /// A top-level element, in file order.
    public enum Block: Sendable {
        case heading(Heading)
        /// The index of a root statement in `statements`.
        case statement(Int)
    }

    public var file: String
    public var frontMatter: FrontMatter?
    /// Every statement of the file, flat; trees through `parent` and `children`.
    public var statements: [Statement]
    public var blocks: [Block]
}

extension ArgdownDocument {
    /// The statements under statement `s`, in file order.
    public func children(of s: Int) -> [Int] {
        var out: [Int] = []
        var c = Int(statements[s].firstChild)
        while c >= 0 {
            out.append(c)
            c = Int(statements[c].nextSibling)
        }
        return out
    }

    /// Numbers the untitled statements ("Untitled N") as if the parse had started counting at
    /// `start`: files are parsed apart, on several threads, and numbered in file order after.
    mutating func numberUntitled(from start: Int) {
        guard start > 0 else { return }
        var k = start
        for s in statements.indices where !statements[s].hasTitle {
            k += 1
            statements[s].title = "Untitled \(k)"
        }
    }

    /// How many statements have no written title.
    var untitledCount: Int { statements.reduce(0) { $0 + ($1.hasTitle ? 0 : 1) } }
}
