/// A claim as one quotes it elsewhere: its words, the essay's own words that carry it, and
/// where they were published (author, title, outlet, date, address, where known). What the
/// browser's `y` copies and `debatemap show ID --format markdown` prints. Every piece of
/// corpus text in it is made safe for a terminal (`SafeText`).
public struct Citation: Sendable {
    public let corpus: Corpus
    public let claim: Int

    public init(corpus: Corpus, claim: Int) {
        self.corpus = corpus
        self.claim = claim
    }

    /// How a citation is written: each piece of corpus text made safe (and escaped, for
    /// Markdown), and the title set off.
    struct Writing: Sendable {
        var text: @Sendable (String) -> String
        var title: @Sendable (String) -> String
        static let plain = Writing(text: { SafeText.clean($0) }, title: { "“\($0)”" })
        static let markdown = Writing(text: { MarkdownWriter.escape($0) }, title: { "*\($0)*" })
    }

    /// "Mark Galeotti, “Love Bombing Moscow”, The Moscow Times, 2022-02-25, https://…",
    /// what is known of it; nil when nothing is.
    public static func reference(_ essay: Essay) -> String? { reference(essay, .plain) }

    static func reference(_ essay: Essay, _ writing: Writing) -> String? {
        let known = { (s: String) -> String? in s == Essay.unknown || s.isEmpty ? nil : writing.text(s) }
        let parts = [known(essay.author), known(essay.fullTitle).map(writing.title), known(essay.outlet), known(essay.published), known(essay.url)]
        let found = parts.compactMap { $0 }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }

    /// Who puts the claim forward, when its map says (a speaker of a dialogue), and where.
    func byline(_ writing: Writing) -> String? {
        let c = corpus.claims[claim]
        let reference = Citation.reference(corpus.essays[c.essay], writing)
        guard let speaker = c.source.map(writing.text) else { return reference }
        return reference.map { "\(speaker), in \($0)" } ?? speaker
    }

    /// The claim, its quote and the reference as plain text, for the clipboard.
    public var plain: String {
        let c = corpus.claims[claim]
        var out = SafeText.clean(c.text)
        if let quote = c.quote { out += "\n\n“" + SafeText.clean(quote.text) + "”" }
        if let by = byline(.plain) { out += "\n— " + by }
        return out
    }

    /// The same in Markdown: the quote as a block quote, the title in italics.
    public var markdown: String {
        let c = corpus.claims[claim]
        var out = MarkdownWriter.escape(c.text) + "\n"
        if let quote = c.quote { out += "\n> " + MarkdownWriter.escape(quote.text) + "\n" }
        if let by = byline(.markdown) { out += "\n— " + by + "\n" }
        return out
    }
}
