import DebateMap

/// The tree narrowed to what matches (`&`, as less filters lines), keeping the way to each
/// match: a claim matches when it holds every term of the filter, and the rows shown are the
/// matches with all their ancestors (by topic and by essay alike). Terms, any number, all
/// required:
///
/// - `essay:ID` — the claims of an essay (its id or label, from the start);
/// - `stance:for|against|mixed|silent` — the positions with that stance, and their claims;
/// - `tag:T` — claims tagged T;
/// - `opposed` — claims that claims of other essays oppose;
/// - any other word — claims whose text or quote has it (case and accents ignored).
///
/// With only `essay:` and `stance:` terms, positions match too (a silent one has no claim).
struct TreeFilter: Sendable {
    let query: String
    /// The rows that may show.
    let visible: Set<Node>
    /// How many claims and positions matched.
    let matches: Int

    enum Term: Equatable {
        case essay(String), stance(Stance), tag(String), opposed, text([UInt8])
    }

    /// The terms of a query, or what is wrong with it.
    static func terms(_ query: String) -> Result<[Term], FilterError> {
        var terms: [Term] = []
        for word in query.split(whereSeparator: \.isWhitespace) {
            let lower = word.lowercased()
            if lower.hasPrefix("essay:") {
                terms.append(.essay(String(lower.dropFirst(6))))
            } else if lower.hasPrefix("stance:") {
                guard let stance = Stance(rawValue: String(lower.dropFirst(7))) else {
                    return .failure(FilterError(message: "stance: takes for, against, mixed or silent"))
                }
                terms.append(.stance(stance))
            } else if lower.hasPrefix("tag:") {
                terms.append(.tag(String(lower.dropFirst(4))))
            } else if lower == "opposed" {
                terms.append(.opposed)
            } else {
                terms.append(.text(TextFold.foldedBytes(String(word))))
            }
        }
        return .success(terms)
    }

    struct FilterError: Error, Equatable { let message: String }

    init(query: String, terms: [Term], corpus: Corpus) {
        self.query = query
        var visible = Set<Node>()
        var matches = 0
        func showPath(position p: Int) {
            let position = corpus.positions[p]
            visible.insert(.position(p))
            visible.insert(.topic(position.topic))
            visible.insert(.essay(position.essay))
        }
        let essayTerms = terms.compactMap { if case .essay(let e) = $0 { return e } else { return nil } }
        let essays = Set(corpus.essays.indices.filter { e in
            essayTerms.allSatisfy { corpus.essays[e].id.lowercased().hasPrefix($0) || corpus.essays[e].label.lowercased().hasPrefix($0) }
        })
        let stances = terms.compactMap { if case .stance(let s) = $0 { return s } else { return nil } }
        func positionHolds(_ p: Int) -> Bool {
            let position = corpus.positions[p]
            return essays.contains(position.essay) && stances.allSatisfy { $0 == position.stance }
        }
        let claimTerms = terms.filter { if case .essay = $0 { return false }; if case .stance = $0 { return false }; return true }
        if claimTerms.isEmpty {
            for p in corpus.positions.indices where positionHolds(p) {
                showPath(position: p)
                matches += 1
            }
        }
        for (c, claim) in corpus.claims.enumerated() where positionHolds(claim.position) && TreeFilter.holds(claim, c, claimTerms, corpus) {
            matches += 1
            showPath(position: claim.position)
            var current: Int? = c
            while let k = current, visible.insert(.claim(k)).inserted {
                current = corpus.claims[k].parent
            }
        }
        self.visible = visible
        self.matches = matches
    }

    static func holds(_ claim: Claim, _ c: Int, _ terms: [Term], _ corpus: Corpus) -> Bool {
        var folded: [UInt8]?
        for term in terms {
            switch term {
            case .opposed: if corpus.opponentCount(of: c) == 0 { return false }
            case .tag(let t): if !claim.tags.contains(where: { $0.lowercased() == t }) { return false }
            case .text(let bytes):
                if folded == nil { folded = TextFold.foldedBytes(claim.text + "\n" + (claim.quote?.text ?? "")) }
                if !contains(folded!, bytes) { return false }
            case .essay, .stance: break
            }
        }
        return true
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
