import DebateMap

/// What the conformance tests share: a general Argdown text of our own loaded as one file,
/// and claims found by their text. The tests follow Argdown's own spec files
/// (`packages/argdown-core/test/`): `ModelSpecTests` what its model makes of an input,
/// `ParserSpecTests` what its parser accepts and rejects (issue 20).
enum ArgdownConformance {
    static func load(_ text: String) -> LoadResult {
        CorpusLoader.load(paths: ["map.argdown"], source: MemorySource(files: ["map.argdown": Array(text.utf8)]))
    }

    /// The claim (not a link row) with this text.
    static func claim(_ r: LoadResult, _ text: String) -> Int? { r.corpus.claims.firstIndex { $0.text == text && $0.kind != .reference } }

    /// The claim (not a link row) with this title.
    static func titled(_ r: LoadResult, _ title: String) -> Int? { r.corpus.claims.firstIndex { $0.title == title && $0.kind != .reference } }

    /// The headlines of the diagnostics, as `check` prints them.
    static func headlines(_ r: LoadResult) -> [String] { r.diagnostics.map(\.headline) }

    /// The group (heading) a claim's home stands under, nearest first.
    static func section(of claim: Int, in r: LoadResult) -> String? {
        var c = r.corpus.claims[claim].parent
        while let p = c {
            if r.corpus.claims[p].kind == .group { return r.corpus.claims[p].title }
            c = r.corpus.claims[p].parent
        }
        return nil
    }
}
