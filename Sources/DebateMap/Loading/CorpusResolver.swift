/// Turns parsed essay maps into a `Corpus` by the rules of the corpus format
/// (docs/format.md):
///
/// - Pass 1, file by file in the order given: each map's front matter makes an essay (ids
///   unique); each heading with `topic` and `stance` makes the essay's position on that topic
///   (one per topic); each statement with a text defines a claim. Titles are global: a title
///   defined in two files is one claim, and must have one text. A claim's id is its title's
///   slug, numbered when taken. A claim's quote must be the essay's exact words.
/// - Pass 2: each indented statement relates to its parent (`+`, `-`, `<+`, `<-`, `><`), a
///   reference naming a claim defined anywhere. Done for each file as it is added where the
///   titles it names are known, the rest once the last file is in; the relations keep the
///   order of the statements that make them.
/// - At the end: every essay takes a position on every topic, no position with a stance is
///   empty, and `supports` within an essay does not go round in a circle.
///
/// Every problem is a diagnostic at its place; the resolver still builds as much of the
/// corpus as it can.
struct CorpusResolver {
    private(set) var diagnostics: [Diagnostic] = []
    private var topics: [Topic]
    /// Each topic's index by its id: a heading's topic is found in one step, not by a walk
    /// through all of them (50,000 topics took minutes).
    private var topicByID: [String: Int] = [:]
    private let topicsFixed: Bool
    private var essays: [Essay] = []
    private var essayByID: [String: Int] = [:]
    private var essayLocations: [SourceLocation] = []
    private var essayTextOK: [Bool] = []
    private var positions: [PositionKey: Position] = [:]
    private var claims: [Claim] = []
    /// The current file's quotes that are not in its essay's text, reported with the passage
    /// nearest to each when the file is done (`reportMissingQuotes`).
    private var missingQuotes: [(claim: Int, words: String, location: SourceLocation)] = []
    /// Each claim's title to its index.
    private var claimByTitle = ClaimTable()
    /// Each claim's id to its index; handed to the corpus.
    private var claimByID = ClaimTable()
    private var relations: [Relation] = []
    /// Every statement of every map, in order, as pass 2 needs it.
    private var linkStatements: [LinkStatement] = []
    /// The statements pass 2 could not link when their file was added (a title they name was
    /// not a claim yet), each with the number of relations made before it.
    private var deferred: [(statement: Int, relationsBefore: Int)] = []
    /// Mentions of titles that were not claims when their file was added.
    private var pendingMentions: [ArgdownDocument.Mention] = []

    struct PositionKey: Hashable {
        var essay: Int
        var topic: Int
    }

    /// What pass 2 needs of one statement, kept instead of the whole document, so each parsed
    /// file is freed once pass 1 is done with it.
    struct LinkStatement {
        /// A reference's title (empty for a definition: `claim` says which claim it made).
        var title: String
        var location: SourceLocation
        var markerLocation: SourceLocation?
        var mentions: [ArgdownDocument.Mention]
        var link: Claim.Link?
        /// The parent statement's index in `linkStatements`; nil at the top.
        var parent: Int?
        /// The claim a definition made or named (pass 1); nil for a reference.
        var claim: Int?
        /// True where it is a claim's first definition: its place in the tree is the claim's.
        var isHome = false
        /// The position it lies in (nil outside any valid one).
        var key: PositionKey?
    }

    /// Where corpus.yaml lists its topics, for what is said of the corpus as a whole.
    private let topicsLocation: SourceLocation?

    init(topics: [Topic], topicsFixed: Bool, topicsLocation: SourceLocation? = nil) {
        self.topics = topics
        self.topicsFixed = topicsFixed
        self.topicsLocation = topicsLocation
        for (t, topic) in topics.enumerated() where topicByID[topic.id] == nil { topicByID[topic.id] = t }
    }

    // MARK: Pass 1: essays, positions, claim definitions

    /// Adds an essay map with what a loader thread made of it (`PreparedMapFile`): the essay
    /// of its front matter (nil without one) and each definition's table hashes and quote
    /// (`PreparedDefinition`). Each claim's title and text are moved out of the document.
    mutating func add(_ document: inout ArgdownDocument, essay prepared: PreparedEssay?, definitions: [PreparedDefinition]) {
        let base = linkStatements.count
        for s in document.statements.indices {
            let isDefinition = document.statements[s].text != nil
            linkStatements.appendOnLargePages(LinkStatement(
                title: isDefinition ? "" : document.statements[s].title,
                location: document.statements[s].location, markerLocation: document.statements[s].markerLocation,
                mentions: document.statements[s].mentions, link: document.statements[s].link,
                parent: document.statements[s].parent.map { base + $0 }))
        }

        guard let prepared else {  // nil exactly when the map has no front matter
            let first = SourceLocation(file: document.file, line: 1, column: 1)
            diagnostics.append(.error("this map has no front matter: an essay map starts with `===`, the essay's metadata (`id`, `title`, `author`, `outlet`, `published`, `url`, `text`), and `===`", at: first))
            return
        }
        guard let essay = addEssay(prepared) else { return }
        // What the definitions will probe, asked for ahead (`ClaimTable.prefetch`).
        claimByTitle.prefetch(definitions.lazy.map(\.titleHash))
        claimByID.prefetch(definitions.lazy.map(\.idHash))


        var current: PositionKey?
        var currentHasRoot = false
        var insidePosition = false
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                guard let data = heading.data, data["topic"] != nil || data["stance"] != nil else { continue }
                insidePosition = true
                current = addPosition(heading, data: data, essay: essay)
                currentHasRoot = false
            case .statement(let root):
                let location = document.statements[root].location
                guard insidePosition else {
                    diagnostics.append(.error("a statement outside any position: put it under a heading `# Title {topic: …, stance: …, summary: \"…\"}`", at: location))
                    continue
                }
                guard let key = current else { continue }  // the heading was already reported
                if positions[key]?.stance == .silent {
                    diagnostics.append(.error("a silent position has no claims: remove this statement or give the position a stance", at: location))
                    continue
                }
                // A bare reference at the top continues the tree of the claim it names (how a
                // tree deeper than `IndentedTree.maxDepth` is written); pass 2 checks that the
                // claim is of this position.
                if currentHasRoot, document.statements[root].text != nil {
                    diagnostics.append(.error("a position has one main claim: indent this statement under it with a relation marker (`+`, `-`, …)", at: location))
                }
                currentHasRoot = true
                define(root, in: &document, key: key, essay: essay, base: base, definitions: definitions)
            }
        }
        reportMissingQuotes(essay: essay)
        linkFile(from: base)
    }

    /// Takes a prepared essay unless its id is already used; its index.
    private mutating func addEssay(_ prepared: PreparedEssay) -> Int? {
        diagnostics += prepared.metadataDiagnostics
        guard let meta = prepared.metadata, let essay = prepared.essay else { return nil }
        if let other = essayByID[meta.id] {
            diagnostics.append(.error("the essay id `\(meta.id)` is already used by \(essays[other].mapPath)", at: meta.location))
            return nil
        }
        essayByID[meta.id] = essays.count
        diagnostics += prepared.textDiagnostics
        essays.append(essay)
        essayLocations.append(meta.location)
        essayTextOK.append(prepared.textOK)
        return essays.count - 1
    }

    private mutating func addPosition(_ heading: ArgdownDocument.Heading, data: InlineData, essay: Int) -> PositionKey? {
        let loc = heading.location
        guard let topicID = data["topic"]?.string, !topicID.isEmpty else {
            diagnostics.append(.error("a position heading needs `topic`", at: data.location(of: "topic")))
            return nil
        }
        var topic = topicByID[topicID]
        if topic == nil {
            if topicsFixed {
                let near = Closest.names(to: topicID, in: topics.map(\.id))
                diagnostics.append(.error("unknown topic `\(topicID)`", at: data.location(of: "topic"),
                                          notes: near.isEmpty ? ["the topics are: \(topics.map(\.id).joined(separator: ", "))"] : ["did you mean `\(near[0])`?"]))
                return nil
            }
            // Without corpus.yaml the heading names the topic; `question` may give its question.
            let question = data["question"]?.string ?? heading.title
            topics.append(Topic(id: topicID, title: heading.title.isEmpty ? topicID : heading.title, question: question))
            topic = topics.count - 1
            topicByID[topicID] = topic
        }
        let key = PositionKey(essay: essay, topic: topic!)
        if let existing = positions[key] {
            diagnostics.append(.error("a second position of `\(essays[essay].id)` on `\(topicID)`: an essay takes one position per topic", at: loc,
                                      notes: existing.location.map { ["the first is at \($0.description)"] } ?? []))
            return nil
        }
        // After an unknown or missing stance, go on as if it took one, so the claims under
        // it are still read and the one error is not followed by others it caused.
        var stance = Stance.mixed
        if let raw = data["stance"]?.string {
            if let s = Stance(rawValue: raw) {
                stance = s
            } else {
                diagnostics.append(.error("unknown stance `\(raw)`: it is one of for, against, mixed, silent", at: data.location(of: "stance")))
            }
        } else {
            diagnostics.append(.error("the position needs a `stance`: for, against, mixed or silent", at: data.location))
        }
        let summary = data["summary"]?.string ?? ""
        if summary.isEmpty { diagnostics.append(.error("the position needs a one-sentence `summary`", at: data.location)) }
        positions[key] = Position(essay: essay, topic: topic!, stance: stance, summary: summary, location: loc)
        return key
    }

    /// Defines the claims of one statement tree (pass 1), in file order, depth first.
    private mutating func define(_ root: Int, in document: inout ArgdownDocument, key: PositionKey, essay: Int, base: Int, definitions: [PreparedDefinition]) {
        var stack = [root]
        while let s = stack.popLast() {
            // A statement, then its first child's tree, then its next sibling's (the root's
            // siblings are other trees).
            if s != root, document.statements[s].nextSibling >= 0 { stack.append(Int(document.statements[s].nextSibling)) }
            if document.statements[s].firstChild >= 0 { stack.append(Int(document.statements[s].firstChild)) }
            linkStatements[base + s].key = key
            guard let text = document.statements[s].text else { continue }  // a reference
            let title = document.statements[s].title
            let location = document.statements[s].location
            // Titles are global: a second definition of a title names the first's claim.
            if let existing = claimByTitle.find(title, hash: definitions[s].titleHash, keyOf: { claims[$0].title }) {
                linkStatements[base + s].claim = existing
                if claims[existing].text != text {
                    diagnostics.append(.error("`[\(title)]` is defined twice with different texts", at: location,
                                              notes: claims[existing].location.map { ["first defined at \($0.description)"] } ?? []))
                }
                continue
            }
            let index = claims.count
            let (storedID, idHash) = claimID(title: title, definition: definitions[s], at: location)
            claimByID.insert(hash: idHash, index: index)
            claimByTitle.insert(hash: definitions[s].titleHash, index: index)
            // Title and text moved out of the statement, not copied.
            claims.appendOnLargePages(Claim(storedID: storedID, title: "", text: "", tags: document.statements[s].tags,
                                essay: essay, topic: key.topic, position: -1, location: location))
            var words = document.statements[s].text.take()!
            document.statements[s].text = ""  // still a definition
            claims[index].take(title: &document.statements[s].title, text: &words)
            linkStatements[base + s].claim = index
            linkStatements[base + s].isHome = true
            if document.statements[s].parent == nil, positions[key]?.mainClaim == nil { positions[key]?.mainClaim = index }
            switch definitions[s].quote {
            case .written:
                // Quotes are looked for only in a text that could be read (its own error said so).
                if essayTextOK[essay], let at = definitions[s].quoteLocation {
                    place(of: index, span: definitions[s].span, at: at) { document.statements[s].data?["quote"]?.string ?? "" }
                }
            case .notAString:
                diagnostics.append(.error("`quote` must be the exact words of the essay, as a string", at: definitions[s].quoteLocation ?? location))
            case .absent:
                diagnostics.append(.error("the claim `[\(claims[index].title)]` has no quote: add `{quote: \"…\"}` with the essay's exact words", at: location))
            }
        }
    }

    /// A new claim's id and its hash. The id is its title's slug ("claim" when the title has
    /// none), numbered `-2`, `-3`, … when another claim has it; it is given as a string only
    /// when it is not the slug (nil: the claim makes it from its title when asked).
    private mutating func claimID(title: String, definition: PreparedDefinition, at location: SourceLocation) -> (stored: String?, hash: UInt32) {
        func slugID() -> String { definition.idIsEmpty ? "claim" : Slug.make(title) }
        let stored: String? = definition.idIsEmpty ? "claim" : nil
        // Titles are unique among the claims, so a claim holding this id has another title.
        guard let holder = claimByID.find(hash: definition.idHash, where: { claims[$0].id == slugID() }) else { return (stored, definition.idHash) }
        let id = slugID()
        diagnostics.append(.error("`[\(title)]` and `[\(claims[holder].title)]` make the same id `\(id)`: change one title", at: location))
        var k = 2
        while claim(id: "\(id)-\(k)") != nil { k += 1 }
        return ("\(id)-\(k)", ClaimTable.hash("\(id)-\(k)"))
    }

    // MARK: Pass 2: relations, tree, quotes, completeness

    mutating func finish(title: String) -> Corpus {
        link()
        // The relations are final: their index is built on another core meanwhile.
        // An essay map is one voice, its essay's (`Voices.author`): the essays are the keys.
        let voices = claims.map { Int32(truncatingIfNeeded: $0.essay) }
        let index = BackgroundResult { [relations, count = claims.count] in Corpus.buildRelationIndex(claimCount: count, relations: relations, voices: voices) }
        checkCompleteness()
        checkSupportCycles()
        return assemble(title: title, relationIndex: index.wait())
    }

    /// Pass 2 for the statements of the file just added, from `base` on, for every statement
    /// whose titles are claims already (nearly all: a file's own, and those of the files
    /// before it); the rest wait for `link()`, as do the mentions of titles no file has
    /// defined yet.
    private mutating func linkFile(from base: Int) {
        for s in base..<linkStatements.count where !link(s, now: true) {
            deferred.append((s, relations.count))
        }
    }

    /// Pass 2 for what had to wait for the last file: the statements naming a title defined
    /// after them, and the mentions of one. Each relation goes where its statement stands in
    /// the files, so the relations are in file order as if every statement had waited.
    private mutating func link() {
        for mention in pendingMentions where claim(titled: mention.title) == nil {
            diagnostics.append(undefined(mention.title, at: mention.location))
        }
        pendingMentions = []
        var late: [(before: Int, relation: Relation)] = []
        for (s, before) in deferred {
            let count = relations.count
            _ = link(s, now: false)
            if relations.count > count { late.append((before, relations.removeLast())) }
        }
        deferred = []
        linkStatements = []
        guard !late.isEmpty else { return }
        // Merged in order: a late relation goes before the one made at its place.
        var merged: [Relation] = []
        merged.reserveCapacity(relations.count + late.count)
        var l = 0
        for (r, relation) in relations.enumerated() {
            while l < late.count, late[l].before <= r {
                merged.append(late[l].relation)
                l += 1
            }
            merged.append(relation)
        }
        merged += late[l...].map(\.relation)
        relations = merged
    }

    /// Pass 2 for statement `s`: its mentions and its reference checked, its relation to its
    /// parent made. `now` (as each file is added): a statement whose own title or parent's is
    /// not a claim yet is left alone (false), and a mention of such a title waits in
    /// `pendingMentions`.
    private mutating func link(_ s: Int, now: Bool) -> Bool {
        guard let key = linkStatements[s].key else { return true }
        let found = claim(of: s)
        let link = linkStatements[s].link
        let parentStatement = link == nil ? nil : linkStatements[s].parent
        let parentFound = parentStatement.flatMap { found == nil ? nil : claim(of: $0) }
        if now, found == nil || (parentStatement != nil && parentFound == nil) { return false }
        for mention in linkStatements[s].mentions where claim(titled: mention.title) == nil {
            if now { pendingMentions.append(mention) } else { diagnostics.append(undefined(mention.title, at: mention.location)) }
        }
        guard let claim = found else {
            diagnostics.append(undefined(linkStatements[s].title, at: linkStatements[s].location))
            return true
        }
        // A bare reference at the top continues the tree of a claim of its own position.
        if linkStatements[s].parent == nil, linkStatements[s].claim == nil, PositionKey(essay: claims[claim].essay, topic: claims[claim].topic) != key {
            diagnostics.append(.error("`[\(claims[claim].title)]` at the top of a position continues the tree of one of its claims, but it is a claim of another position: indent it under a claim of this one", at: linkStatements[s].location))
            return true
        }
        guard let link, let parent = parentFound else { return true }
        let at = linkStatements[s].markerLocation
        if parent == claim {
            diagnostics.append(.error("`[\(claims[claim].title)]` cannot relate to itself", at: at ?? linkStatements[s].location))
            return true
        }
        let (from, to, kind): (Int, Int, RelationKind) = switch link {
        case .supports: (claim, parent, .supports)
        case .attacks: (claim, parent, .attacks)
        case .supportedByParent: (parent, claim, .supports)
        case .attackedByParent: (parent, claim, .attacks)
        case .contradicts: (claim, parent, .contradicts)
        }
        relations.appendOnLargePages(Relation(from: from, to: to, kind: kind, location: at))
        if linkStatements[s].isHome {
            if PositionKey(essay: claims[parent].essay, topic: claims[parent].topic) != key {
                diagnostics.append(.error("`[\(claims[claim].title)]` is defined under `[\(claims[parent].title)]`, a claim of another position: define it in its own position and refer to it here", at: linkStatements[s].location))
                return true
            }
            claims[claim].parent = parent
            claims[claim].link = link
            claims[parent].children.append(claim)
        }
        return true
    }

    /// The claim statement `s` defines or names: a definition's was found in pass 1, a
    /// reference's is looked up by its title.
    private func claim(of s: Int) -> Int? {
        linkStatements[s].claim ?? claim(titled: linkStatements[s].title)
    }

    private func claim(titled title: String) -> Int? {
        claimByTitle.find(title, hash: ClaimTable.hash(title)) { claims[$0].title }
    }

    private func claim(id: String) -> Int? {
        claimByID.find(id, hash: ClaimTable.hash(id)) { claims[$0].id }
    }

    private func undefined(_ title: String, at location: SourceLocation) -> Diagnostic {
        let near = Closest.names(to: title, in: claims.map(\.title))
        return .error("`[\(title)]` is not defined anywhere in the corpus", at: location,
                      notes: near.isEmpty ? [] : ["did you mean " + near.map { "`[\($0)]`" }.joined(separator: " or ") + "?"])
    }

    /// Gives claim `c` its quote where the loader found it in the essay's text (a slice of
    /// the text, checked against the essay's page furniture); a quote not found (its `words`
    /// read from the statement only then) waits for `reportMissingQuotes`.
    private mutating func place(of c: Int, span: QuoteSpan, at location: SourceLocation, words: () -> String) {
        guard !span.isMissing else {
            missingQuotes.append((c, words(), location))
            return
        }
        let e = claims[c].essay
        let start = Int(span.start), end = Int(span.end)
        if let piece = essays[e].furniture.first(where: { $0.overlaps(start, end) }) {
            diagnostics.append(.error("the quote of `[\(claims[c].title)]` takes words from page furniture (\(piece.what)), which is not the author's argument",
                                      at: location))
        }
        claims[c].quote = Quote(in: essays[e].text, bytes: Int(span.byteStart)..<Int(span.byteEnd), start: start, end: end)
    }

    /// Reports the quotes of the file just added that are not in its essay's text, each with
    /// the passage of the text nearest to it (the text searched again only then).
    private mutating func reportMissingQuotes(essay e: Int) {
        guard !missingQuotes.isEmpty else { return }
        let locator = QuoteLocator(text: Array(essays[e].text.utf8))
        for (c, quote, location) in missingQuotes {
            var notes: [String] = []
            if let closest = locator.closestPassage(to: quote) {
                notes.append("closest passage: \(closest)")
                if let difference = QuoteLocator.firstDifference(quote: quote, passage: closest) { notes.append(difference) }
            }
            diagnostics.append(.error("the quote of `[\(claims[c].title)]` does not occur verbatim in \(essays[e].textPath)", at: location,
                                      notes: notes))
        }
        missingQuotes.removeAll()
    }

    private mutating func checkCompleteness() {
        for (key, position) in positions where position.stance != .silent && position.mainClaim == nil {
            diagnostics.append(.error("the position of `\(essays[key.essay].id)` on `\(topics[key.topic].id)` takes a stance (\(position.stance.rawValue)) but has no claim",
                                      at: position.location))
        }
        // Counted per essay from the positions written, so that many essays missing many
        // topics cost what was written, not essays × topics: each essay gets one error for
        // its missing topics once there are more than three.
        var written = [Int](repeating: 0, count: essays.count)
        for key in positions.keys { written[key.essay] += 1 }
        for (e, essay) in essays.enumerated() where written[e] < topics.count {
            let missing = topics.count - written[e]
            let shown = missing > 3 ? 3 : missing
            var named: [Int] = []
            for t in topics.indices where positions[PositionKey(essay: e, topic: t)] == nil {
                named.append(t)
                if named.count == shown { break }
            }
            func note(_ t: Int) -> String {
                "add `# \(topics[t].title) {topic: \(topics[t].id), stance: …, summary: \"…\"}` (stance `silent` if the essay does not address it)"
            }
            if missing <= 3 {
                for t in named {
                    diagnostics.append(.error("`\(essay.id)` takes no position on `\(topics[t].id)`", at: essayLocations[e], notes: [note(t)]))
                }
            } else {
                let list = named.map { "`\(topics[$0].id)`" }.joined(separator: ", ")
                diagnostics.append(.error("`\(essay.id)` takes no position on \(missing) of the \(topics.count) questions: \(list) and \(missing - shown) more",
                                          at: essayLocations[e], notes: [note(named[0]) + ", and so for each question"]))
            }
        }
    }

    /// How many positions a corpus may hold for so many written: the missing ones are filled
    /// in as silent up to sixteen times those written, and any number up to 65,536.
    static func fillerLimit(written: Int) -> Int { 16 * written + 65_536 }

    /// `supports` within one essay must not go round in a circle.
    private mutating func checkSupportCycles() {
        // The edges out of each claim, as one array in claim order with where each claim's
        // start (not an array per claim: a million of them at a million claims).
        var start = [Int32](repeating: 0, count: claims.count + 1)
        // Each claim's essay in an array of its own, read in one pass: looked up in the claims
        // themselves (144 bytes apart), every relation's two ends were two cache misses.
        let essayOf = claims.map { Int32($0.essay) }
        func isEdge(_ relation: Relation) -> Bool {
            relation.kind == .supports && essayOf[relation.from] == essayOf[relation.to]
        }
        for relation in relations where isEdge(relation) { start[relation.from + 1] += 1 }
        for c in claims.indices { start[c + 1] += start[c] }
        var fill = start
        var edges = [(to: Int32, relation: Int32)](repeating: (0, 0), count: Int(start[claims.count]))
        for (r, relation) in relations.enumerated() where isEdge(relation) {
            edges[Int(fill[relation.from])] = (Int32(relation.to), Int32(r))
            fill[relation.from] += 1
        }
        func outDegree(_ c: Int) -> Int { Int(start[c + 1] - start[c]) }
        // Iterative depth-first search with colours: 0 new, 1 on the path, 2 done.
        var colour = [UInt8](repeating: 0, count: claims.count)
        var path: [(node: Int, edge: Int)] = []  // empty again after each search
        for first in claims.indices where colour[first] == 0 && outDegree(first) > 0 {
            path.append((first, 0))
            colour[first] = 1
            while var top = path.last {
                if top.edge < outDegree(top.node) {
                    let edge = edges[Int(start[top.node]) + top.edge]
                    let (to, r) = (Int(edge.to), Int(edge.relation))
                    top.edge += 1
                    path[path.count - 1] = top
                    if colour[to] == 1 {
                        let cycle = path.map(\.node).drop { $0 != to } + [to]
                        diagnostics.append(.error("`supports` relations go round in a circle: " + cycle.map { "[\(claims[$0].title)]" }.joined(separator: " → "),
                                                  at: relations[r].location))
                    } else if colour[to] == 0 {
                        colour[to] = 1
                        path.append((to, 0))
                    }
                } else {
                    colour[top.node] = 2
                    path.removeLast()
                }
            }
        }
    }

    private mutating func assemble(title: String, relationIndex: Corpus.RelationIndex) -> Corpus {
        // An essay map's topics are all corpus topics: every essay holds a position on each.
        let layout = PositionLayout(topics: topics, essayCount: essays.count)
        // The positions not written are filled in as silent. Where nearly all are missing
        // (thousands of essays and questions, a position or two each: already an error per
        // essay), that grid would be far larger than anything written, so no corpus is built.
        if layout.count > Self.fillerLimit(written: positions.count) {
            diagnostics.append(.error("\(essays.count) essays × \(topics.count) questions would be \(layout.count) positions, but only \(positions.count) are written: the corpus is not built",
                                      at: topicsLocation ?? essayLocations.first, notes: ["every essay states its position on every question of the corpus (stance `silent` if it does not address one)"]))
            return Corpus(title: title, topics: topics, essays: [], positions: [], claims: [], relations: [])
        }
        let all = layout.pairs().map { e, t in
            positions[PositionKey(essay: e, topic: t)] ?? Position(essay: e, topic: t, stance: .silent, summary: "(no position given)")
        }
        for c in claims.indices {
            claims[c].position = layout.index(essay: claims[c].essay, topic: claims[c].topic)!
        }
        return Corpus(title: title, topics: topics, essays: essays, positions: all, claims: claims, relations: relations, claimByID: claimByID,
                      relationIndex: relationIndex)
    }
}
