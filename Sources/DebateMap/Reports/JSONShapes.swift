import Foundation

/// The JSON contract of the command line (`docs/json.md`): plain Codable shapes, built from a
/// corpus, encoded with sorted keys so output is stable. Unknown metadata is `null`.
public enum JSONShapes {
    public struct EssayJSON: Codable, Equatable, Sendable {
        public var id: String
        @Nullable public var title: String?
        /// The subtitle the text gives, if any.
        @Nullable public var subtitle: String?
        @Nullable public var author: String?
        @Nullable public var outlet: String?
        @Nullable public var published: String?
        @Nullable public var url: String?
        public var label: String
        public var textPath: String

        init(_ essay: Essay) {
            func known(_ s: String) -> String? { s == Essay.unknown || s.isEmpty ? nil : s }
            id = essay.id
            title = known(essay.title)
            subtitle = essay.subtitle
            author = known(essay.author)
            outlet = known(essay.outlet)
            published = known(essay.published)
            url = known(essay.url)
            label = essay.label
            textPath = essay.textPath
        }
    }

    public struct TopicJSON: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var question: String
        init(_ topic: Topic) {
            id = topic.id
            title = topic.title
            question = topic.question
        }
    }

    public struct QuoteJSON: Codable, Equatable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        init(_ quote: Quote) {
            text = quote.text
            start = quote.start
            end = quote.end
        }
    }

    public struct ClaimJSON: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var essay: String
        public var topic: String
        @Nullable public var parent: String?
        public var text: String
        @Nullable public var quote: QuoteJSON?
        public var tags: [String]
        /// `statement`, or what an imported format made of it (see docs/formats.md).
        public var kind: String
        /// On a link row: the id of the claim it stands for.
        @Nullable public var refersTo: String?
        /// Who put the claim forward, when the format says.
        @Nullable public var source: String?
        /// On a conclusion: the text of its inference line.
        @Nullable public var inferenceRule: String?

        init(_ corpus: Corpus, _ index: Int) {
            let claim = corpus.claims[index]
            id = claim.id
            title = claim.title
            essay = corpus.essays[claim.essay].id
            topic = corpus.topics[claim.topic].id
            parent = claim.parent.map { corpus.claims[$0].id }
            text = claim.text
            quote = claim.quote.map(QuoteJSON.init)
            tags = claim.tags
            kind = claim.kind.rawValue
            refersTo = claim.refersTo.map { corpus.claims[$0].id }
            source = claim.source
            inferenceRule = claim.inferenceRule
        }
    }

    public struct CellJSON: Codable, Equatable, Sendable {
        public var essay: String
        public var topic: String
        public var stance: String
        public var summary: String
        /// The position's main claim; null when silent.
        @Nullable public var claim: String?
    }

    public struct ListJSON: Codable, Equatable, Sendable {
        public var essays: [EssayJSON]
        public var topics: [TopicJSON]
    }

    public struct MatrixJSON: Codable, Equatable, Sendable {
        public var topics: [TopicJSON]
        public var essays: [EssayJSON]
        public var cells: [CellJSON]
    }

    public struct OpponentJSON: Codable, Equatable, Sendable {
        public var id: String
        public var essay: String
        public var topic: String
        /// `attacks` or `contradicts`.
        public var relation: String
        /// `incoming`: the opposing claim attacks this one; `outgoing`: this one attacks it;
        /// `both` for a contradiction.
        public var direction: String
        /// `other`: a claim of another voice (another essay, another speaker), the claim's
        /// opposition; `own`: an objection or concession of the claim's own voice.
        public var voice: String
        /// Whether the opposing claim answers another question than this one.
        public var crossQuestion: Bool
        public var text: String
        @Nullable public var quote: QuoteJSON?
    }

    public struct OpposingJSON: Codable, Equatable, Sendable {
        public var claim: ClaimJSON
        public var opposing: [OpponentJSON]
    }

    public struct SearchHitJSON: Codable, Equatable, Sendable {
        /// `claim`, `quote`, `summary`, `title` or `author`.
        public var field: String
        /// A claim id, a position id (`essay/topic`) or an essay id.
        public var id: String
        public var text: String
    }

    public struct SearchJSON: Codable, Equatable, Sendable {
        public var query: String
        public var matches: [SearchHitJSON]
    }

    public struct PositionJSON: Codable, Equatable, Sendable {
        public var id: String
        public var essay: String
        public var topic: String
        public var stance: String
        public var summary: String
        @Nullable public var claim: String?
    }

    public struct RelationJSON: Codable, Equatable, Sendable {
        public var from: String
        public var to: String
        public var type: String
        /// An Argdown undercut: the attack is on the inference of the argument `to`.
        public var undercut: Bool

        init(_ corpus: Corpus, _ r: Relation) {
            from = corpus.claims[r.from].id
            to = corpus.claims[r.to].id
            type = r.kind.rawValue
            undercut = r.isUndercut
        }
    }

    public struct ExportJSON: Codable, Equatable, Sendable {
        public var title: String
        public var essays: [EssayJSON]
        public var topics: [TopicJSON]
        public var positions: [PositionJSON]
        public var claims: [ClaimJSON]
        public var relations: [RelationJSON]
    }

    // MARK: Builders

    public static func list(_ corpus: Corpus) -> ListJSON {
        ListJSON(essays: corpus.essays.map(EssayJSON.init), topics: corpus.topics.map(TopicJSON.init))
    }

    public static func matrix(_ corpus: Corpus) -> MatrixJSON {
        var cells: [CellJSON] = []
        for t in corpus.topics.indices {
            for e in corpus.layout.essays(on: t) {
                let p = corpus.position(essay: e, topic: t)
                cells.append(CellJSON(essay: corpus.essays[e].id, topic: corpus.topics[t].id, stance: p.stance.rawValue,
                                      summary: p.summary, claim: p.mainClaim.map { corpus.claims[$0].id }))
            }
        }
        return MatrixJSON(topics: corpus.topics.map(TopicJSON.init), essays: corpus.essays.map(EssayJSON.init), cells: cells)
    }

    public static func opposing(_ corpus: Corpus, claim: Int) -> OpposingJSON {
        let opponents = corpus.allOpposing(of: claim).map { r -> OpponentJSON in
            let other = corpus.claims[r.other]
            return OpponentJSON(
                id: other.id, essay: corpus.essays[other.essay].id, topic: corpus.topics[other.topic].id,
                relation: r.kind.rawValue, direction: r.kind == .contradicts ? "both" : (r.outgoing ? "outgoing" : "incoming"),
                voice: r.otherVoice ? "other" : "own", crossQuestion: other.topic != corpus.claims[claim].topic,
                text: other.text, quote: other.quote.map(QuoteJSON.init))
        }
        return OpposingJSON(claim: ClaimJSON(corpus, claim), opposing: opponents)
    }

    public static func search(_ corpus: Corpus, query: String, hits: [SearchIndex.Hit]) -> SearchJSON {
        SearchJSON(query: query, matches: hits.map { hit in
            switch hit.field {
            case .claim: return SearchHitJSON(field: "claim", id: corpus.claims[hit.index].id, text: corpus.claims[hit.index].text)
            case .quote: return SearchHitJSON(field: "quote", id: corpus.claims[hit.index].id, text: corpus.claims[hit.index].quote?.text ?? "")
            case .summary: return SearchHitJSON(field: "summary", id: corpus.positionID(hit.index), text: corpus.positions[hit.index].summary)
            case .title: return SearchHitJSON(field: "title", id: corpus.essays[hit.index].id, text: corpus.essays[hit.index].title)
            case .author: return SearchHitJSON(field: "author", id: corpus.essays[hit.index].id, text: corpus.essays[hit.index].author)
            }
        })
    }

    public static func export(_ corpus: Corpus) -> ExportJSON {
        ExportJSON(
            title: corpus.title,
            essays: corpus.essays.map(EssayJSON.init),
            topics: corpus.topics.map(TopicJSON.init),
            positions: corpus.positions.indices.map { position(corpus, $0) },
            claims: corpus.claims.indices.map { ClaimJSON(corpus, $0) },
            relations: corpus.relations.map { RelationJSON(corpus, $0) })
    }

    public struct ClaimRelationJSON: Codable, Equatable, Sendable {
        /// The relation read from the shown claim: `supports`, `supported by`, `attacks`, `attacked by`, `contradicts`.
        public var relation: String
        public var claim: ClaimJSON
    }

    /// `show ID`: what the id names, with what belongs to it.
    public struct ShowJSON: Codable, Equatable, Sendable {
        /// `essay`, `topic`, `position` or `claim`.
        public var kind: String
        public var essay: EssayJSON?
        public var topic: TopicJSON?
        public var position: PositionJSON?
        public var positions: [PositionJSON]?
        public var claim: ClaimJSON?
        public var claims: [ClaimJSON]?
        public var relations: [ClaimRelationJSON]?
    }

    static func position(_ corpus: Corpus, _ i: Int) -> PositionJSON {
        let p = corpus.positions[i]
        return PositionJSON(id: corpus.positionID(i), essay: corpus.essays[p.essay].id, topic: corpus.topics[p.topic].id,
                            stance: p.stance.rawValue, summary: p.summary, claim: p.mainClaim.map { corpus.claims[$0].id })
    }

    public static func show(_ corpus: Corpus, _ target: CorpusTarget) -> ShowJSON {
        switch target {
        case .essay(let e):
            return ShowJSON(kind: "essay", essay: EssayJSON(corpus.essays[e]),
                            positions: corpus.layout.topics(of: e).map { position(corpus, corpus.positionIndex(essay: e, topic: $0)!) })
        case .topic(let t):
            return ShowJSON(kind: "topic", topic: TopicJSON(corpus.topics[t]),
                            positions: corpus.layout.essays(on: t).map { position(corpus, corpus.positionIndex(essay: $0, topic: t)!) })
        case .position(let p):
            return ShowJSON(kind: "position", position: position(corpus, p), claims: corpus.claims(ofPosition: p).map { ClaimJSON(corpus, $0) })
        case .claim(let c):
            return ShowJSON(kind: "claim", position: position(corpus, corpus.claims[c].position), claim: ClaimJSON(corpus, c),
                            relations: corpus.relations(of: c).map { ClaimRelationJSON(relation: $0.phrase, claim: ClaimJSON(corpus, $0.other)) })
        }
    }

    /// Pretty-printed with sorted keys and a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return escapingTerminalControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSONEncoder escapes what JSON requires (C0 controls); DEL, the C1 controls and the bidi
    /// overrides and isolates are escaped as `\uXXXX` too, so JSON on a terminal is as safe
    /// as the text output. They can stand only inside strings, where the escape is the same
    /// character to any JSON reader.
    static func escapingTerminalControls(_ json: String) -> String {
        ByteRewrite.rewrite(json) { b, i in
            b[i] == 0x0A ? nil : SafeText.unsafeScalar(in: b, at: i).map { (PrettyJSON.unicodeEscape($0.scalar), $0.length) }
        }
    }
}
