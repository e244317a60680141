/// `debatemap clashes --format json` and `--rank` (docs/json.md).
extension JSONShapes {
    /// One side of a clash: the claim, its essay, question and that essay's stance there.
    public struct ClashSideJSON: Codable, Equatable, Sendable {
        public var id: String
        public var essay: String
        public var topic: String
        public var stance: String
        public var text: String
        @Nullable public var quote: QuoteJSON?
        /// Where the essay's words come from ("Alina Zubkovych, Kyiv Post"), or its label.
        public var source: String

        init(_ corpus: Corpus, _ c: Int) {
            let claim = corpus.claims[c]
            let essay = corpus.essays[claim.essay]
            id = claim.id
            self.essay = essay.id
            topic = corpus.topics[claim.topic].id
            stance = corpus.positions[claim.position].stance.rawValue
            text = claim.text
            quote = claim.quote.map(QuoteJSON.init)
            source = essay.source.isEmpty ? essay.label : essay.source
        }
    }

    /// Two claims that clash: `relation` (`attacks`, `contradicts`) read from the left one.
    public struct ClashJSON: Codable, Equatable, Sendable {
        /// `attacks` (left attacks right), `attacked by`, or `contradicts`.
        public var relation: String
        public var crossQuestion: Bool
        /// How contested the two claims are: the other voices opposing each, added up.
        public var weight: Int
        public var left: ClashSideJSON
        public var right: ClashSideJSON
    }

    /// Two essays that clash on a question (`topic`), or across questions (`topic` null).
    public struct ClashPairJSON: Codable, Equatable, Sendable {
        @Nullable public var topic: String?
        public var left: String
        public var right: String
        /// The two essays' stances on `topic`; null across questions.
        @Nullable public var leftStance: String?
        @Nullable public var rightStance: String?
        public var clashes: [ClashJSON]
    }

    public struct ClashesJSON: Codable, Equatable, Sendable {
        public var pairs: [ClashPairJSON]
    }

    /// A claim of the ranking: how many claims of other voices oppose and support it.
    public struct ContestedJSON: Codable, Equatable, Sendable {
        public var claim: ClaimJSON
        public var opposedBy: Int
        public var supportedBy: Int
    }

    public struct RankJSON: Codable, Equatable, Sendable {
        public var contested: [ContestedJSON]
    }

    public static func clashes(_ corpus: Corpus, _ clashes: Clashes) -> ClashesJSON {
        ClashesJSON(pairs: clashes.pairs.map { pair in
            ClashPairJSON(
                topic: pair.topic.map { corpus.topics[$0].id },
                left: corpus.essays[pair.left].id, right: corpus.essays[pair.right].id,
                leftStance: pair.topic.map { corpus.position(essay: pair.left, topic: $0).stance.rawValue },
                rightStance: pair.topic.map { corpus.position(essay: pair.right, topic: $0).stance.rawValue },
                clashes: pair.clashes.map { clash in
                    ClashJSON(relation: clash.phrase, crossQuestion: pair.isAcrossQuestions, weight: clash.weight,
                              left: ClashSideJSON(corpus, clash.left), right: ClashSideJSON(corpus, clash.right))
                })
        })
    }

    public static func rank(_ corpus: Corpus, _ ranking: ContestedClaims) -> RankJSON {
        RankJSON(contested: ranking.entries.map { ContestedJSON(claim: ClaimJSON(corpus, $0.claim), opposedBy: $0.opposedBy, supportedBy: $0.supportedBy) })
    }
}
