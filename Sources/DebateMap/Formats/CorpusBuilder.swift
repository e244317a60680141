/// Builds a `Corpus` from documents read in other formats (general Argdown, Kialo, AIF),
/// on top of the corpus of the essay maps (which may be empty).
///
/// Each imported document becomes an essay with its own topic (id and title from the
/// document, its question the document's title or thesis) and one position on it, stance
/// `mixed`, whose main claim is the document's single root or else a `.group` claim holding
/// all its roots. Claim ids are made unique across the whole corpus.
///
///     var builder = CorpusBuilder(base: essayCorpus)
///     let doc = builder.addDocument(id: "tram", title: "Tram", mapPath: "tram.txt")
///     let thesis = builder.addClaim(title: "1", text: "Build the tram.", document: doc)
///     builder.setRoot(thesis, of: doc)
///     let corpus = builder.build(title: "")
public struct CorpusBuilder {
    /// An imported document: its essay and its topic, by index.
    public struct Document: Sendable, Hashable {
        public var essay: Int
        public var topic: Int
    }

    public private(set) var topics: [Topic]
    public private(set) var essays: [Essay]
    public private(set) var claims: [Claim]
    public private(set) var relations: [Relation]
    /// The relations recorded, by their ends and kind: one written twice is one relation,
    /// as Argdown merges them (a contradiction is the same from either end).
    private var relationKeys = Set<RelationKey>()

    /// A relation by its ends and kind; an undercut is another relation than an attack, as in
    /// Argdown. A contradiction is the same from either end.
    struct RelationKey: Hashable {
        var from: Int, to: Int, kind: RelationKind, undercut = false

        init(from: Int, to: Int, kind: RelationKind, undercut: Bool = false) {
            (self.from, self.to, self.kind, self.undercut) = kind == .contradicts ? (min(from, to), max(from, to), kind, false) : (from, to, kind, undercut)
        }

        init(_ relation: Relation) { self.init(from: relation.from, to: relation.to, kind: relation.kind, undercut: relation.isUndercut) }
    }
    private var positions: [Int: [Int: Position]] = [:]
    private var claimIDs: Set<String>
    private var essayIDs: Set<String>
    private var topicIDs: Set<String>
    private var slugs = Slug.Maker()

    public init(base: Corpus? = nil) {
        topics = base?.topics ?? []
        essays = base?.essays ?? []
        claims = base?.claims ?? []
        relations = base?.relations ?? []
        claimIDs = Set(claims.map(\.id))
        essayIDs = Set(essays.map(\.id))
        topicIDs = Set(topics.map(\.id))
        if let base {
            for p in base.positions { positions[p.essay, default: [:]][p.topic] = p }
        }
    }

    /// `base`, or `base-2`, `base-3`, … whichever is not taken yet.
    private static func unique(_ base: String, in taken: inout Set<String>) -> String {
        let start = base.isEmpty ? "item" : base
        var id = start
        var k = 2
        while taken.contains(id) { id = "\(start)-\(k)"; k += 1 }
        taken.insert(id)
        return id
    }

    /// Adds a document: an essay (no text), its own topic, and its position on it. `voices`
    /// says who speaks in it: a discussion's every claim by default, or its speakers.
    public mutating func addDocument(
        id: String, title: String, author: String = Essay.unknown, published: String = Essay.unknown,
        url: String = Essay.unknown, question: String? = nil, mapPath: String, summary: String = "",
        voices: Voices = .discussion
    ) -> Document {
        let essayID = CorpusBuilder.unique(slugs.make(id), in: &essayIDs)
        let shown = title.isEmpty || title == Essay.unknown ? essayID : title
        essays.append(Essay(id: essayID, title: title.isEmpty ? Essay.unknown : title, author: author, outlet: Essay.unknown,
                            published: published, url: url, label: essayID, textPath: "", mapPath: mapPath, text: "", voices: voices))
        let topicID = CorpusBuilder.unique(essayID, in: &topicIDs)
        topics.append(Topic(id: topicID, title: shown, question: question ?? shown, document: essays.count - 1))
        let document = Document(essay: essays.count - 1, topic: topics.count - 1)
        positions[document.essay, default: [:]][document.topic] = Position(
            essay: document.essay, topic: document.topic, stance: .mixed,
            summary: summary.isEmpty ? "The map of \(PathName.fileName(mapPath))." : summary)
        return document
    }

    /// Adds a claim of a document, with a unique id made from `id` (or the title), and returns its index.
    @discardableResult
    public mutating func addClaim(
        id: String? = nil, title: String, text: String, kind: ClaimKind = .statement, document: Document,
        tags: [String] = [], location: SourceLocation? = nil, source: String? = nil
    ) -> Int {
        let claimID = CorpusBuilder.unique(slugs.make(id ?? title), in: &claimIDs)
        claims.append(Claim(id: claimID, title: title, text: text, tags: tags, essay: document.essay, topic: document.topic,
                            position: -1, location: location, kind: kind, source: source))
        return claims.count - 1
    }

    /// A row standing for `target` elsewhere in the tree (Kialo `-> See`, a repeated statement).
    /// Its kind is `.reference`, or `.premise` / `.conclusion` for a statement reused in a
    /// premise–conclusion structure.
    @discardableResult
    public mutating func addReference(to target: Int, document: Document, location: SourceLocation? = nil, kind: ClaimKind = .reference) -> Int {
        let t = claims[target]
        let row = addClaim(id: t.id + "-see", title: t.title, text: t.text, kind: kind, document: document, location: location)
        claims[row].refersTo = target
        return row
    }

    public mutating func setText(_ text: String, of claim: Int) { claims[claim].text = text }
    /// The text a document maps (an AIF file's analysed passage), which the reader opens.
    public mutating func setEssayText(_ text: String, of document: Document) { essays[document.essay].text = text }
    public mutating func setQuote(_ quote: Quote?, of claim: Int) { claims[claim].quote = quote }
    public mutating func setTags(_ tags: [String], of claim: Int) { claims[claim].tags = tags }
    public mutating func setSource(_ source: String?, of claim: Int) { claims[claim].source = source }
    public mutating func setInferenceRule(_ rule: String?, of claim: Int) { claims[claim].inferenceRule = rule }
    public mutating func setKind(_ kind: ClaimKind, of claim: Int) { claims[claim].kind = kind }

    /// Hangs `child` under `parent` in the tree; `link` says how (nil under a group).
    public mutating func attach(_ child: Int, to parent: Int, link: Claim.Link?) {
        claims[child].parent = parent
        claims[child].link = link
        claims[parent].children.append(child)
    }

    /// Whether the claim already hangs somewhere in the tree.
    public func isPlaced(_ claim: Int) -> Bool { claims[claim].parent != nil || isRoot(claim) }

    private func isRoot(_ claim: Int) -> Bool {
        let c = claims[claim]
        return positions[c.essay]?[c.topic]?.mainClaim == claim
    }

    /// Makes `claim` the main claim of the document's position.
    public mutating func setRoot(_ claim: Int, of document: Document) {
        positions[document.essay]?[document.topic]?.mainClaim = claim
    }

    public mutating func setSummary(_ summary: String, of document: Document) {
        positions[document.essay]?[document.topic]?.summary = summary
    }

    /// Records that `from` supports, attacks or contradicts `to` (reference rows stand for their claims).
    public mutating func relate(_ from: Int, _ to: Int, _ kind: RelationKind, at location: SourceLocation? = nil, undercut: Bool = false) {
        let a = claims[from].refersTo ?? from, b = claims[to].refersTo ?? to
        guard a != b else { return }
        let key = RelationKey(from: a, to: b, kind: kind, undercut: undercut)
        guard relationKeys.insert(key).inserted else { return }
        relations.append(Relation(from: a, to: b, kind: kind, location: location, isUndercut: undercut))
    }

    /// Argdown gives an argument's outgoing relations to its conclusion: where an argument
    /// and its final conclusion (`conclusionOf`) both support or attack the same claim, that
    /// is one relation, the conclusion's; the argument's copy is dropped.
    public mutating func mergeArgumentRelations(conclusionOf: [Int: Int]) {
        guard !conclusionOf.isEmpty else { return }
        let relationKeys = self.relationKeys
        removeRelations { relation in
            guard relation.kind != .contradicts, let conclusion = conclusionOf[relation.from], conclusion != relation.to else { return false }
            return relationKeys.contains(RelationKey(from: conclusion, to: relation.to, kind: relation.kind, undercut: relation.isUndercut))
        }
    }

    /// Argdown drops a statement's attack on a reconstructed argument when the statement
    /// also attacks or contradicts one of that argument's premises (`premisesOf`: an
    /// argument's premises, its conclusions left out): the attack on the premise says it.
    /// Undercuts are kept; they are about the inference, not a premise.
    public mutating func dropAttacksMadeOnPremises(premisesOf: [Int: Set<Int>]) {
        guard !premisesOf.isEmpty else { return }
        let (relationKeys, claims) = (self.relationKeys, self.claims)
        removeRelations { relation in
            guard relation.kind == .attacks, !relation.isUndercut, claims[relation.from].kind != .argument,
                  let premises = premisesOf[relation.to] else { return false }
            return premises.contains { premise in
                relationKeys.contains(RelationKey(from: relation.from, to: premise, kind: .attacks))
                    || relationKeys.contains(RelationKey(from: relation.from, to: premise, kind: .contradicts))
            }
        }
    }

    /// Removes the relations `isDropped` picks, judged all against the relations as they
    /// stood before any was removed.
    private mutating func removeRelations(where isDropped: (Relation) -> Bool) {
        let dropped = relations.indices.filter { isDropped(relations[$0]) }
        guard !dropped.isEmpty else { return }
        for r in dropped {
            let relation = relations[r]
            relationKeys.remove(RelationKey(relation))
        }
        let drop = Set(dropped)
        relations = relations.indices.filter { !drop.contains($0) }.map { relations[$0] }
    }

    /// Records the relation a tree link between a child and its parent means.
    public mutating func relate(child: Int, parent: Int, link: Claim.Link, at location: SourceLocation? = nil, undercut: Bool = false) {
        switch link {
        case .supports: relate(child, parent, .supports, at: location)
        case .attacks: relate(child, parent, .attacks, at: location, undercut: undercut)
        case .supportedByParent: relate(parent, child, .supports, at: location)
        case .attackedByParent: relate(parent, child, .attacks, at: location, undercut: undercut)
        case .contradicts: relate(child, parent, .contradicts, at: location)
        }
    }

    /// The corpus: every position the layout names (`PositionLayout`: each document on its own
    /// topic, every essay on every corpus topic), silent where a document says nothing.
    public func build(title: String) -> Corpus {
        let layout = PositionLayout(topics: topics, essayCount: essays.count)
        let all = layout.pairs().map { e, t in
            positions[e]?[t] ?? Position(essay: e, topic: t, stance: .silent, summary: "(no position given)")
        }
        var claims = self.claims
        for c in claims.indices {
            claims[c].position = layout.index(essay: claims[c].essay, topic: claims[c].topic) ?? -1
            if let target = claims[c].refersTo {
                claims[c].text = claims[target].text
                claims[c].title = claims[target].title
            }
        }
        return Corpus(title: title, topics: topics, essays: essays, positions: all, claims: claims, relations: relations)
    }
}
