import Dispatch

/// Turns parsed map files into a `Corpus`: essays from front matter, positions from headings,
/// claims from statements (equal titles are one claim across files), relations from the
/// indented relation lines, quotes located in the essays' texts. Reports every problem and
/// still builds as much of the corpus as it can.
struct CorpusResolver {
    private(set) var diagnostics: [Diagnostic] = []
    private var topics: [Topic]
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
    /// Every statement of every document, in order, as pass 2 needs it: one array for the
    /// corpus (not one per file, which freed at the end left holes all through the heap).
    private var linkStatements: [LinkStatement] = []
    /// The statements pass 2 could not link as their file was added (a title they name was
    /// not a claim yet), each with how many relations were made before it.
    private var deferred: [(statement: Int32, relationsBefore: Int32)] = []
    /// Mentions of titles that were not claims when their file was added.
    private var pendingMentions: [ArgdownDocument.Mention] = []
    /// How many map files the loader has handed over, and how many it will, and the same in
    /// bytes (0 when unknown): the large arrays are given room for the files to come
    /// (`makeRoom`).
    private var files = (seen: 0, expected: 0)
    private var bytes = (seen: 0, expected: 0)

    struct PositionKey: Hashable {
        var essay: Int
        var topic: Int
    }

    /// What pass 2 needs of one statement of a document, kept instead of the whole document
    /// so that each parsed file (its texts' copies, inline data, arrays) is freed as soon as
    /// pass 1 is done with it, and its memory is reused by the next file's parse.
    struct LinkStatement {
        /// A reference's title (empty for a definition: `claim` says which claim it made).
        var title: String
        var location: SourceLocation
        var markerLocation: SourceLocation?
        var mentions: [ArgdownDocument.Mention]
        var link: Claim.Link?
        /// The parent statement's index in `linkStatements`; -1 at the top.
        var parent: Int32
        /// The claim of its title when pass 1 knew it (a definition); -1 for a reference.
        var claim: Int32 = -1
        /// True where it is a claim's first definition.
        var isHome = false
        /// The position it lies in (nil outside any valid one).
        var key: PositionKey?
    }

    init(topics: [Topic], topicsFixed: Bool, expectedFiles: Int = 0, expectedBytes: Int = 0) {
        self.topics = topics
        self.topicsFixed = topicsFixed
        files.expected = expectedFiles
        bytes.expected = expectedBytes
    }

    /// The loader is about to add the documents of its next map file, of this many bytes.
    mutating func startFile(bytes count: Int = 0) {
        files.seen += 1
        bytes.seen += count
    }

    /// Room in the statement and claim arrays for `incoming` more, and, when they must grow,
    /// for as many as the files still to come will bring. Grown by doubling, as arrays grow,
    /// each was copied a dozen times into fresh pages at a million claims (a fifth of the
    /// main thread's first pass went on the copies and their page faults).
    ///
    /// When the maps' total size is known, at the rate of statements per byte so far, and a
    /// quarter more: bytes predict statements well from the first file on, so the arrays are
    /// sized once (room never written takes no memory; room short by a little at the end
    /// cost a copy of everything). Otherwise at the rate per file, at most eight times
    /// what is needed now, so a first file far larger than the rest cannot ask for room that
    /// is never used. At least doubling either way, so a rate that keeps rising cannot make
    /// them copy more often than doubling would.
    private mutating func makeRoom(for incoming: Int) {
        func room(_ count: Int, _ capacity: Int) -> Int? {
            let needed = count + incoming
            guard needed > capacity else { return nil }
            let estimate: Int
            if bytes.expected > 0, bytes.seen > 0 {
                let rate = Double(needed) / Double(bytes.seen)
                estimate = Int(min(rate * Double(max(bytes.expected, bytes.seen)) * 1.25, Double(max(bytes.expected, bytes.seen))))
            } else {
                let rate = Double(needed) / Double(max(files.seen, 1))
                estimate = Int(min(rate * Double(max(files.expected, files.seen)) * 1.1, Double(8 * needed)))
            }
            return max(needed, estimate, 2 * capacity)
        }
        // Each on 2 MB pages where it is large (`HugePages`): written once from start to end,
        // they were a quarter of the load's page faults.
        if let n = room(linkStatements.count, linkStatements.capacity) {
            HugePages.reserve(&linkStatements, capacity: n)
        }
        // At most one relation a statement.
        if let n = room(relations.count, relations.capacity) {
            HugePages.reserve(&relations, capacity: n)
        }
        if let n = room(claims.count, claims.capacity) {
            HugePages.reserve(&claims, capacity: n)
            // The tables for the claims expected, without the arrays' quarter more: a power of
            // two at least twice 1.25 M is 4 M slots (32 MB each), twice what 1 M claims need.
            claimByTitle.reserveCapacity(n * 4 / 5)
            claimByID.reserveCapacity(n * 4 / 5)
        }
    }

    // MARK: Pass 1: essays, positions, claim definitions

    /// Adds an essay map with what a loader thread made of it (`PreparedMapFile`): the essay
    /// of its front matter (nil without one) and each definition's hashes, id and quote
    /// (`PreparedDefinition`).
    ///
    /// Each claim's title, text and tags are moved out of the document, not copied: the
    /// loader hands over the only copy, and retaining strings made on another thread was a
    /// fifth of this pass.
    mutating func add(_ document: inout ArgdownDocument, essay prepared: PreparedEssay?, definitions: [PreparedDefinition]) {
        let base = linkStatements.count
        makeRoom(for: document.statements.count)
        // Field by field through a pointer: a copy of each whole statement retained and
        // released every string and array in it.
        document.statements.withUnsafeBufferPointer { statements in
            for s in statements.indices {
                // Only a reference needs its title in pass 2; a definition's claim is known
                // from pass 1 (a million titles retained here and released at the end).
                linkStatements.append(LinkStatement(
                    title: statements[s].text == nil ? statements[s].title : "", location: statements[s].location, markerLocation: statements[s].markerLocation,
                    mentions: statements[s].mentions, link: statements[s].link, parent: statements[s].parent.map { Int32(base + $0) } ?? -1))
            }
        }

        guard let prepared else {  // nil exactly when the map has no front matter
            let first = SourceLocation(file: document.file, line: 1, column: 1)
            diagnostics.append(.error("this map has no front matter: an essay map starts with `===`, the essay's metadata (`id`, `title`, `author`, `outlet`, `published`, `url`, `text`), and `===`", at: first))
            return
        }
        guard let essay = addEssay(prepared) else { return }

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
                if currentHasRoot {
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
        var topic = topics.firstIndex { $0.id == topicID }
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

    /// Defines the claims of a statement tree (pass 1).
    private mutating func define(_ root: Int, in document: inout ArgdownDocument, key: PositionKey, essay: Int, base: Int, definitions: [PreparedDefinition]) {
        document.statements.withUnsafeMutableBufferPointer { define(root, in: $0, key: key, essay: essay, base: base, definitions: definitions) }
    }

    private mutating func define(_ root: Int, in statements: UnsafeMutableBufferPointer<ArgdownDocument.Statement>, key: PositionKey, essay: Int, base: Int, definitions: [PreparedDefinition]) {
        // In file order, depth first: a statement, then its first child's tree, then the
        // next sibling's (the root's siblings are other trees: it has none here).
        var order: [Int] = []
        var stack = [root]
        while let s = stack.popLast() {
            order.append(s)
            let statement = statements.baseAddress! + s
            if s != root, statement.pointee.nextSibling >= 0 { stack.append(Int(statement.pointee.nextSibling)) }
            if statement.pointee.firstChild >= 0 { stack.append(Int(statement.pointee.firstChild)) }
        }
        // Every definition's table slots asked for first (the hashes came from the loader
        // thread); the probes below then find them loaded (one after another, each probe of
        // the 16 MB tables waited for memory).
        for s in order where statements[s].text != nil {
            claimByTitle.prefetch(hash: definitions[s].titleHash)
            claimByID.prefetch(hash: definitions[s].idHash)
        }
        for s in order {
            // Each field read in place (see `add`).
            let statement = statements.baseAddress! + s
            linkStatements[base + s].key = key
            guard statement.pointee.text != nil else { continue }
            let titleHash = definitions[s].titleHash
            if let existing = claimByTitle.find(statement.pointee.title, hash: titleHash, keyOf: { claims[$0].title }) {
                linkStatements[base + s].claim = Int32(existing)
                if claims[existing].text != statement.pointee.text! {
                    diagnostics.append(.error("`[\(statement.pointee.title)]` is defined twice with different texts", at: statement.pointee.location,
                                              notes: claims[existing].location.map { ["first defined at \($0.description)"] } ?? []))
                }
                continue
            }
            // The id is made only when asked for: held only when it is not the title's slug
            // (an empty slug makes "claim"; a taken one gets a number).
            var idHash = definitions[s].idHash
            var storedID: String? = definitions[s].idIsEmpty ? "claim" : nil
            func id() -> String { storedID ?? Slug.make(statement.pointee.title) }
            // Titles are unique among the claims, so a claim holding this id has another title.
            if let holder = claimByID.find(hash: idHash, where: { claims[$0].id == id() }) {
                let other = claims[holder].title
                let taken = id()
                diagnostics.append(.error("`[\(statement.pointee.title)]` and `[\(other)]` make the same id `\(taken)`: change one title", at: statement.pointee.location))
                var k = 2
                while claim(id: "\(taken)-\(k)") != nil { k += 1 }
                storedID = "\(taken)-\(k)"
                idHash = ClaimTable.hash(storedID!)
            }
            let index = claims.count
            claimByID.insert(hash: idHash, index: index)
            // The strings moved from the statement into the claim in its place (swapped with
            // the empty ones it is made with): passed to its init, each was retained, a cache
            // miss on memory the loader thread had just written.
            claims.append(Claim(storedID: storedID, title: "", text: "", tags: statement.pointee.tags, essay: essay, topic: key.topic,
                                position: -1, location: statement.pointee.location))
            var words = statement.pointee.text.take()!
            statement.pointee.text = ""  // still a definition
            claims[index].take(title: &statement.pointee.title, text: &words)
            switch definitions[s].quote {
            case .written:
                // Quotes are looked for only in a text that could be read (its own error said so).
                if essayTextOK[essay], let location = definitions[s].quoteLocation {
                    place(of: index, span: definitions[s].span, at: location) { statement.pointee.data?["quote"]?.string ?? "" }
                }
            case .notAString:
                diagnostics.append(.error("`quote` must be the exact words of the essay, as a string", at: definitions[s].quoteLocation ?? statement.pointee.location))
            case .absent:
                diagnostics.append(.error("the claim `[\(claims[index].title)]` has no quote: add `{quote: \"…\"}` with the essay's exact words", at: statement.pointee.location))
            }
            claimByTitle.insert(hash: titleHash, index: index)
            linkStatements[base + s].claim = Int32(index)
            linkStatements[base + s].isHome = true
            // The parent first: looking the position up hashed its key for every claim.
            if statement.pointee.parent == nil, positions[key]?.mainClaim == nil { positions[key]?.mainClaim = index }
        }
    }

    // MARK: Pass 2: relations, tree, quotes, completeness

    mutating func finish(title: String) -> Corpus {
        link()
        // The relations are final: their index is built on another core meanwhile (at the
        // end of a load only this thread is left working).
        // An essay map is one voice, its essay's (`Voices.author`): the essays are the keys.
        let voices = claims.map { Int32(truncatingIfNeeded: $0.essay) }
        let index = BackgroundResult { [relations, count = claims.count] in Corpus.buildRelationIndex(claimCount: count, relations: relations, voices: voices) }
        checkCompleteness()
        checkSupportCycles()
        return assemble(title: title, relationIndex: index.wait())
    }

    /// Pass 2 for the statements of the file just added, from `base` on: done now, while the
    /// loader threads still parse, for every statement whose titles are claims already (nearly
    /// all: a file's own, and those of the files before it); the rest wait for `link()`, as
    /// do the mentions of titles no file has defined yet.
    private mutating func linkFile(from base: Int) {
        // Swapped out, not copied: `link` reads them while it changes the rest of `self`.
        var all: [LinkStatement] = []
        swap(&all, &linkStatements)
        all.withUnsafeBufferPointer { statements in
            for s in base..<statements.count where !link(statements.baseAddress! + s, in: statements, now: true) {
                deferred.append((Int32(s), Int32(relations.count)))
            }
        }
        swap(&all, &linkStatements)
    }

    /// Pass 2 for what had to wait for the last file: the statements naming a title defined
    /// after them, and the mentions of one. Their relations go where the statements stand in
    /// the files, so the relations are in file order as if every statement had waited.
    private mutating func link() {
        let all = linkStatements
        linkStatements = []
        // Freed on another thread when done with (a million statements' titles and mentions
        // released one by one held up the end of the load).
        defer { DispatchQueue.global().async { _ = all } }
        for mention in pendingMentions where claim(titled: mention.title) == nil {
            diagnostics.append(undefined(mention.title, at: mention.location))
        }
        pendingMentions = []
        var late: [(at: Int, relation: Relation)] = []
        all.withUnsafeBufferPointer { statements in
            for (s, at) in deferred {
                let before = relations.count
                _ = link(statements.baseAddress! + Int(s), in: statements, now: false)
                if relations.count > before { late.append((Int(at), relations.removeLast())) }
            }
        }
        deferred = []
        guard !late.isEmpty else { return }
        // Merged in place from the back (the array has room for a relation a statement): a
        // late relation goes before the relation made `at` that place when it was deferred.
        var r = relations.count - 1
        relations.append(contentsOf: late.map(\.relation))
        var w = relations.count - 1
        var l = late.count - 1
        while l >= 0 {
            if r >= 0 && r >= late[l].at {
                relations[w] = relations[r]
                r -= 1
            } else {
                relations[w] = late[l].relation
                l -= 1
            }
            w -= 1
        }
    }

    /// Pass 2 for one statement, its fields read through the pointer: its mentions and its
    /// reference checked, its relation to its parent made. `now` (as each file is added):
    /// a statement whose own title or parent's is not a claim yet is left alone (false), and
    /// a mention of such a title waits in `pendingMentions`.
    private mutating func link(_ statement: UnsafePointer<LinkStatement>, in statements: UnsafeBufferPointer<LinkStatement>, now: Bool) -> Bool {
        guard let key = statement.pointee.key else { return true }
        // A definition's claim was found in pass 1; a reference's is looked up by its title.
        let found = statement.pointee.claim >= 0 ? Int(statement.pointee.claim) : claim(titled: statement.pointee.title)
        let hasParent = statement.pointee.parent >= 0 && statement.pointee.link != nil
        let parentStatement = statements.baseAddress! + Int(max(statement.pointee.parent, 0))
        let parentFound = hasParent && found != nil
            ? (parentStatement.pointee.claim >= 0 ? Int(parentStatement.pointee.claim) : self.claim(titled: parentStatement.pointee.title))
            : nil
        if now, found == nil || (hasParent && parentFound == nil) { return false }
        if !statement.pointee.mentions.isEmpty {
            for mention in statement.pointee.mentions where claim(titled: mention.title) == nil {
                if now { pendingMentions.append(mention) } else { diagnostics.append(undefined(mention.title, at: mention.location)) }
            }
        }
        guard let claim = found else {
            diagnostics.append(undefined(statement.pointee.title, at: statement.pointee.location))
            return true
        }
        guard hasParent, let link = statement.pointee.link, let parent = parentFound else { return true }
        if parent == claim {
            diagnostics.append(.error("`[\(claims[claim].title)]` cannot relate to itself", at: statement.pointee.markerLocation ?? statement.pointee.location))
            return true
        }
        let at = statement.pointee.markerLocation
        switch link {
        case .supports: relations.append(Relation(from: claim, to: parent, kind: .supports, location: at))
        case .attacks: relations.append(Relation(from: claim, to: parent, kind: .attacks, location: at))
        case .supportedByParent: relations.append(Relation(from: parent, to: claim, kind: .supports, location: at))
        case .attackedByParent: relations.append(Relation(from: parent, to: claim, kind: .attacks, location: at))
        case .contradicts: relations.append(Relation(from: claim, to: parent, kind: .contradicts, location: at))
        }
        if statement.pointee.isHome {
            let parentKey = PositionKey(essay: claims[parent].essay, topic: claims[parent].topic)
            if parentKey != key {
                diagnostics.append(.error("`[\(claims[claim].title)]` is defined under `[\(claims[parent].title)]`, a claim of another position: define it in its own position and refer to it here", at: statement.pointee.location))
                return true
            }
            claims[claim].parent = parent
            claims[claim].link = link
            claims[parent].children.append(claim)
        }
        return true
    }

    private func claim(titled title: String) -> Int? {
        claimByTitle.find(title, hash: ClaimTable.hash(title)) { claims[$0].title }
    }

    private func claim(id: String, hash: UInt32? = nil) -> Int? {
        claimByID.find(id, hash: hash ?? ClaimTable.hash(id)) { claims[$0].id }
    }

    private func undefined(_ title: String, at location: SourceLocation) -> Diagnostic {
        let near = Closest.names(to: title, in: claims.map(\.title))
        return .error("`[\(title)]` is not defined anywhere in the corpus", at: location,
                      notes: near.isEmpty ? [] : ["did you mean " + near.map { "`[\($0)]`" }.joined(separator: " or ") + "?"])
    }

    /// Gives claim `c` its quote where the loader found it in the essay's text (a slice of
    /// the text, checked against the essay's page furniture); a quote not found (its `words`
    /// read from the statement only then) waits for `reportMissingQuotes`. Done as each file is added, not in a pass over every claim at
    /// the end, when only the main thread is left working.
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
        for (e, essay) in essays.enumerated() {
            for (t, topic) in topics.enumerated() where positions[PositionKey(essay: e, topic: t)] == nil {
                diagnostics.append(.error("`\(essay.id)` takes no position on `\(topic.id)`", at: essayLocations[e],
                                          notes: ["add `# \(topic.title) {topic: \(topic.id), stance: …, summary: \"…\"}` (stance `silent` if the essay does not address it)"]))
            }
        }
    }

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
        var all: [Position] = []
        all.reserveCapacity(essays.count * topics.count)
        for e in essays.indices {
            for t in topics.indices {
                all.append(positions[PositionKey(essay: e, topic: t)]
                           ?? Position(essay: e, topic: t, stance: .silent, summary: "(no position given)"))
            }
        }
        // In place: the claims array is uniquely ours, so this copies nothing.
        let topicCount = topics.count
        for c in claims.indices {
            claims[c].position = claims[c].essay * topicCount + claims[c].topic
        }
        return Corpus(title: title, topics: topics, essays: essays, positions: all, claims: claims, relations: relations, claimByID: claimByID,
                      relationIndex: relationIndex)
    }
}
