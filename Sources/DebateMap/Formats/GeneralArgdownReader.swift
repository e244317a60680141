import Yams

/// Turns general Argdown documents (files that are not essay maps) into documents of a corpus.
///
/// - Each file is one document: an essay (id from the front matter's `id` or the file name,
///   `title` and `author` from the front matter when it has them, no text), with its own topic.
/// - Headings are `.group` claims nested by level under a group for the whole document; the
///   statements and arguments written at the top are their roots. A file with one root and
///   no heading has that root as its main claim.
/// - Titles are shared across all general files: `[T]` is one statement and `<T>` one
///   argument wherever they are written. A title's home in the tree is where Argdown puts
///   it in a section: its first definition, a place marked `{isInGroup: true}`, or, for an
///   argument, its premise–conclusion structure. Wherever it is written again a `.reference`
///   row stands for it, holding what is written under it there. Its text is Argdown's
///   canonical one: the last definition's, or the one marked `{isCanonical: true}`.
/// - An argument's premise–conclusion structure hangs under it: the final conclusion (linked
///   `+>`: the argument supports it), under each conclusion the premises and intermediary
///   conclusion that support it.
/// - Undercuts are attacks on the argument with `Relation.isUndercut`.
struct GeneralArgdownReader {
    private var builder: CorpusBuilder
    private(set) var diagnostics: [Diagnostic] = []
    private var home: [String: Int] = [:]
    /// Where each title stands in the tree: the place Argdown gives it a section (see `add`),
    /// else its first mention.
    private var homeRow: [String: (document: Int, statement: Int)] = [:]
    /// The titles defined (`[T]: text`) or marked `{isInGroup: true}` so far: a later
    /// definition does not move the home.
    private var defined = Set<String>()
    /// The section (document, heading) of each title's home so far.
    private var homeSection: [String: (Int, Int)] = [:]
    /// The arguments given a premise–conclusion structure so far.
    private var structured = Set<String>()
    private var definitionText: [String: String] = [:]
    /// `{source: "…"}` in a statement's data: who put it forward.
    private var sources: [String: String] = [:]
    private var documents: [(ArgdownDocument, CorpusBuilder.Document)] = []

    init(builder: CorpusBuilder) { self.builder = builder }

    /// The claim key of a statement: statements and arguments have separate name spaces.
    static func key(_ s: ArgdownDocument.Statement) -> String { (s.isArgument ? "<" : "[") + s.title }

    mutating func add(_ document: ArgdownDocument) {
        var id = PathName.fileName(document.file)
        if let dot = id.lastIndex(of: "."), dot != id.startIndex { id = String(id[..<dot]) }
        var title = Essay.unknown, author = Essay.unknown
        if let front = document.frontMatter {
            let reader = YAMLReader(file: document.file, lineOffset: front.location.line)
            let (node, found) = reader.compose(front.yaml)
            diagnostics += found.map { Diagnostic(.warning, $0.message, at: $0.location) }
            if let map = node?.mapping {
                if let v = map["id"]?.string, !v.isEmpty { id = v }
                if let v = GeneralArgdownReader.text(map["title"]) { title = v }
                if let v = GeneralArgdownReader.text(map["author"]) { author = v }
                // Argdown's strict mode turns relations between statements into logical ones
                // (entails, contrary, contradictory) and drops some: not modelled, so say so.
                if let mode = map["model"]?.mapping?["mode"], mode.string == "strict" {
                    diagnostics.append(.warning("Argdown's strict mode (`model: mode: strict`) is not supported: relations are read as in its default loose mode",
                                                at: reader.location(of: mode)))
                }
            }
        }
        let doc = builder.addDocument(id: id, title: title, author: author, mapPath: document.file)
        var document = document
        // `<A>(n)` names the statement numbered n in A's premise–conclusion structure.
        var numbered: [String: (title: String, isArgument: Bool)] = [:]
        for s in document.statements where s.isArgument {
            for m in s.reconstruction {
                let member = document.statements[m]
                if let number = member.number, numbered["<\(s.title)>(\(number))"] == nil {
                    numbered["<\(s.title)>(\(number))"] = (member.title, member.isArgument)
                }
            }
        }
        for k in document.statements.indices where !document.statements[k].isArgument {
            if let target = numbered[document.statements[k].title] {
                document.statements[k].title = target.title
                document.statements[k].isArgument = target.isArgument
            }
        }
        documents.append((document, doc))
        let sections = Sections(document)
        // Pass 1: a claim for every title, at its first place.
        for (k, s) in document.statements.enumerated() {
            let key = GeneralArgdownReader.key(s)
            // The claim's place in the tree is in the section where Argdown puts it: its first
            // definition's (else its first mention's), unless a place in another section is
            // marked `{isInGroup: true}` (the last such), or, for an argument, holds its
            // premise–conclusion structure. A place marked `{isInGroup: false}` is never it.
            // Within one section the first place keeps it (a structure written apart hangs
            // under it there).
            let section = (documents.count - 1, sections.section(ofLine: s.location.line))
            let isInGroup = s.data?["isInGroup"]?.string
            var moves = isInGroup == "true"
            if s.isArgument, !s.reconstruction.isEmpty {
                if structured.insert(key).inserted {
                    moves = true
                } else {
                    diagnostics.append(.error("`<\(s.title)>` has a second premise–conclusion structure: Argdown allows one per argument (the first is kept as its home)",
                                              at: document.statements[s.reconstruction[0]].markerLocation ?? document.statements[s.reconstruction[0]].location))
                }
            }
            let defines = isInGroup == nil && !s.isReference && !defined.contains(key)
            if homeRow[key] == nil || defines || (moves && homeSection[key]! != section) {
                if homeRow[key] != nil, let c = home[key] { builder.setKind(kind(of: s), of: c) }
                homeRow[key] = (documents.count - 1, k)
                homeSection[key] = section
            }
            if (!s.isReference && isInGroup == nil) || isInGroup == "true" { defined.insert(key) }
            if let text = s.text, !text.isEmpty {
                // Its text is Argdown's canonical one: the last definition's, unless one is
                // marked `{isCanonical: true}`.
                let canonical = s.data?["isCanonical"]?.string == "true"
                if canonical || !canonicalTitles.contains(key) { definitionText[key] = text }
                if canonical { canonicalTitles.insert(key) }
            }
            if let source = s.data?["source"]?.string, !source.isEmpty { sources[key] = sources[key] ?? source }
            if home[key] == nil {
                home[key] = builder.addClaim(title: s.title, text: "", kind: kind(of: s), document: doc, tags: s.tags, location: s.location)
            } else if !s.tags.isEmpty {
                let c = home[key]!
                builder.setTags(Array(Set(builder.claims[c].tags + s.tags)).sorted(), of: c)
            }
        }
    }

    /// The section a line of a document is in: the index of the last heading above it among
    /// the document's blocks, -1 above the first.
    struct Sections {
        private let headings: [(line: Int, block: Int)]

        init(_ document: ArgdownDocument) {
            headings = document.blocks.enumerated().compactMap { k, block in
                if case .heading(let h) = block { return (h.location.line, k) }
                return nil
            }
        }

        func section(ofLine line: Int) -> Int {
            var lo = 0, hi = headings.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if headings[mid].line <= line { lo = mid + 1 } else { hi = mid }
            }
            return lo == 0 ? -1 : headings[lo - 1].block
        }
    }

    private func kind(of s: ArgdownDocument.Statement) -> ClaimKind {
        if s.isArgument { return .argument }
        if s.number != nil { return s.isConclusion ? .conclusion : .premise }
        return .statement
    }

    static func text(_ node: Node?) -> String? {
        guard let node else { return nil }
        if let s = node.string { return s.trimmingSpaces() }
        if let list = node.sequence { return list.compactMap { $0.string }.joined(separator: ", ") }
        return nil
    }

    /// Pass 2: trees, relations, texts. Returns the builder with every document added.
    mutating func finish() -> CorpusBuilder {
        for (key, claim) in home {
            let title = builder.claims[claim].title
            builder.setText(definitionText[key] ?? title, of: claim)
            if let source = sources[key] { builder.setSource(source, of: claim) }
        }
        for (d, (document, doc)) in documents.enumerated() {
            current = d
            build(document, doc)
        }
        builder.mergeArgumentRelations(conclusionOf: finalConclusion)
        builder.dropAttacksMadeOnPremises(premisesOf: premisesOfArgument)
        return builder
    }

    /// The document being built.
    private var current = 0
    /// Reconstructions written apart from their argument, to hang under it once it stands.
    private var laterReconstructions: [Int: [(s: Int, document: Int)]] = [:]
    /// The sections of the document being built.
    private var currentSections: Sections?

    private mutating func build(_ document: ArgdownDocument, _ doc: CorpusBuilder.Document) {
        currentSections = Sections(document)
        premisesOf = [:]
        let statementBlocks = document.blocks.filter { if case .statement = $0 { return true } else { return false } }
        let hasHeadings = document.blocks.count != statementBlocks.count
        // A title written again at the top with nothing under it is no root of the tree.
        let roots = statementBlocks.filter {
            if case .statement(let k) = $0 { return !addsNothing(k, in: document) && !continuesHome(k, in: document) } else { return false }
        }
        var main: Int
        if roots.count == 1, !hasHeadings, case .statement(let s) = roots[0] {
            main = place(statement: s, in: document, doc: doc, under: nil)
            builder.setRoot(main, of: doc)
            for case .statement(let k) in statementBlocks where continuesHome(k, in: document) {
                _ = place(statement: k, in: document, doc: doc, under: (main, nil))
            }
        } else {
            let title = builder.essays[doc.essay].title == Essay.unknown ? builder.essays[doc.essay].id : builder.essays[doc.essay].title
            main = builder.addClaim(id: builder.essays[doc.essay].id + " document", title: title, text: title, kind: .group, document: doc,
                                    location: SourceLocation(file: document.file, line: 1, column: 1))
            builder.setRoot(main, of: doc)
            var groups: [(level: Int, claim: Int)] = [(0, main)]
            for block in document.blocks {
                switch block {
                case .heading(let h):
                    while let last = groups.last, last.level >= h.level, groups.count > 1 { groups.removeLast() }
                    let g = builder.addClaim(id: builder.essays[doc.essay].id + " " + h.title, title: h.title, text: h.title, kind: .group,
                                             document: doc, tags: h.tags, location: h.location)
                    builder.attach(g, to: groups.last!.claim, link: nil)
                    groups.append((h.level, g))
                case .statement(let s):
                    _ = place(statement: s, in: document, doc: doc, under: (groups.last!.claim, nil))
                }
            }
        }
        // Each statement and argument once, however often it is written again (a link row is
        // no new statement).
        var seen = Set<String>()
        var statements = 0, arguments = 0
        for (k, s) in document.statements.enumerated() {
            let key = s.title.isEmpty ? "#\(k)" : (s.isArgument ? "<" : "[") + s.title
            guard seen.insert(key).inserted else { continue }
            if s.isArgument { arguments += 1 } else { statements += 1 }
        }
        builder.setSummary("\(statements) statement\(statements == 1 ? "" : "s") and \(arguments) argument\(arguments == 1 ? "" : "s") from \(PathName.fileName(document.file)).", of: doc)
        if statements + arguments == 0 {
            // Never a quiet success: say why nothing was read.
            diagnostics.append(.warning("no statements or arguments: Argdown defines them as `[Title]: text` and `<Title>: text`",
                                        at: SourceLocation(file: document.file, line: 1, column: 1)))
        }
        for s in document.statements {
            for mention in s.mentions where home["[" + mention.title] == nil {
                diagnostics.append(.warning("`@[\(mention.title)]` mentions a statement defined nowhere", at: mention.location))
            }
        }
    }

    /// Places a statement written in the file, and everything written under it, in the tree.
    /// Returns the row: the claim at its home, else a reference row.
    private mutating func place(statement root: Int, in document: ArgdownDocument, doc: CorpusBuilder.Document,
                                under parent: (claim: Int, link: Claim.Link?)?, relate: Bool = false) -> Int {
        var first = -1
        // Work list: statement, parent row, link, and whether the link is a relation written in the file.
        var work: [(s: Int, parent: Int?, link: Claim.Link?, relate: Bool)] = [(root, parent?.claim, parent?.link, relate)]
        while let item = work.popLast() {
            let s = document.statements[item.s]
            let key = GeneralArgdownReader.key(s)
            let claim = home[key]!
            let isHome = homeRow[key]! == (current, item.s)
            var structureElsewhere = false
            if !isHome, s.isArgument, !s.reconstruction.isEmpty, builder.isPlaced(claim) || claimStandsLater(key) {
                // A reconstruction of `<A>` written away from A's home hangs under A where it stands.
                if builder.isPlaced(claim) {
                    placeReconstruction(of: s, in: document, doc: doc, row: claim)
                } else {
                    laterReconstructions[claim, default: []].append((item.s, current))
                }
                structureElsewhere = true
                if item.parent == nil || item.link == nil, s.firstChild < 0 {
                    // Written only to reconstruct it: no row of its own.
                    if first < 0 { first = claim }
                    continue
                }
            }
            if item.link == nil, !structureElsewhere, continuesHome(item.s, in: document), builder.isPlaced(claim) {
                // A title written again at the top with relations under it, after its home and
                // in its section (as the export writes a branch cut at its depth bound): the
                // relations go under the home row, so the tree is one, as in Argdown's map.
                if first < 0 { first = claim }
                work += document.children(of: item.s).map { (s: $0, parent: claim, link: document.statements[$0].link, relate: true) }.reversed()
                continue
            }
            if item.parent != nil, item.link == nil, !structureElsewhere, addsNothing(item.s, in: document) {
                // A title written again at the top with nothing under it: Argdown adds its tags,
                // data and text to the statement, and the tree gets no row for it.
                if first < 0 { first = claim }
                continue
            }
            let rowKind: ClaimKind = s.number == nil ? .reference : s.isConclusion ? .conclusion : .premise
            let row = isHome ? claim : builder.addReference(to: claim, document: doc, location: s.location, kind: rowKind)
            if first < 0 { first = row }
            if let p = item.parent {
                builder.attach(row, to: p, link: item.link)
                if item.relate, let link = item.link {
                    builder.relate(child: row, parent: p, link: link, at: s.markerLocation ?? s.location, undercut: s.isUndercut)
                }
            }
            // Children in file order: the premise–conclusion structure, then relations.
            var next: [(s: Int, parent: Int?, link: Claim.Link?, relate: Bool)] = []
            if s.isArgument, !s.reconstruction.isEmpty, !structureElsewhere {
                next += reconstruction(of: s, in: document, row: row)
            }
            if isHome, let pending = laterReconstructions.removeValue(forKey: claim) {
                for (statement, d) in pending where d == current {
                    next += reconstruction(of: document.statements[statement], in: document, row: row)
                }
            }
            for p in premisesOf[item.s] ?? [] { next.append((p, row, .supports, false)) }
            for c in document.children(of: item.s) { next.append((c, row, document.statements[c].link, true)) }
            work += next.reversed()
        }
        return first
    }

    /// Whether statement `k`, written at the top, adds nothing to the tree: its home is
    /// elsewhere and nothing is written under it (a title written again only for its tags,
    /// data or another text, which go to the claim).
    private func addsNothing(_ k: Int, in document: ArgdownDocument) -> Bool {
        let s = document.statements[k]
        return s.number == nil && s.firstChild < 0 && s.reconstruction.isEmpty
            && homeRow[GeneralArgdownReader.key(s)]! != (current, k)
    }

    /// Whether statement `k`, written at the top, continues its home row: a reference to a
    /// title whose home is earlier in this file and in the same section, with relations
    /// written under it and no structure or number of its own. (A home written later, or in
    /// another section, keeps the link row: two titles continuing each other's homes, or a
    /// statement defined under another heading, must not leave their section or the tree.)
    private func continuesHome(_ k: Int, in document: ArgdownDocument) -> Bool {
        let s = document.statements[k]
        let key = GeneralArgdownReader.key(s)
        guard s.number == nil, s.firstChild >= 0, s.reconstruction.isEmpty, let h = homeRow[key],
              h.document == current, h.statement < k, let sections = currentSections else { return false }
        return homeSection[key].map { $0 == (current, sections.section(ofLine: s.location.line)) } ?? false
    }

    /// Whether the home of a title comes later in the file being built.
    private func claimStandsLater(_ key: String) -> Bool {
        guard let h = homeRow[key] else { return false }
        return h.document == current
    }

    /// Hangs a reconstruction written apart under the argument's row.
    private mutating func placeReconstruction(of s: ArgdownDocument.Statement, in document: ArgdownDocument, doc: CorpusBuilder.Document, row: Int) {
        let items = reconstruction(of: s, in: document, row: row)
        for item in items { _ = place(statement: item.s, in: document, doc: doc, under: (item.parent!, item.link), relate: item.relate) }
    }

    /// The work items a premise–conclusion structure puts under the argument's row: its final
    /// conclusion (the argument supports it). Each conclusion's premises, and the intermediary
    /// conclusion before them, are put under it through `premisesOf`; relations are made here.
    private mutating func reconstruction(of argument: ArgdownDocument.Statement, in document: ArgdownDocument, row: Int)
        -> [(s: Int, parent: Int?, link: Claim.Link?, relate: Bool)]
    {
        let members = argument.reconstruction
        var groups: [[Int]] = [[]]  // groups[k]: what supports conclusion k
        var conclusions: [Int] = []
        for m in members {
            if document.statements[m].isConclusion {
                conclusions.append(m)
                groups.append([m])
            } else {
                groups[groups.count - 1].append(m)
            }
        }
        guard let final = conclusions.last else {
            diagnostics.append(.warning("the premise–conclusion structure of `<\(argument.title)>` has no inference line (`----`), so no conclusion",
                                        at: document.statements[members[0]].location))
            return members.map { ($0, row, .supports, true) }
        }
        for (k, conclusion) in conclusions.enumerated() {
            let c = claimOf(document.statements[conclusion])
            if let rule = document.statements[conclusion].inferenceRule { builder.setInferenceRule(rule, of: c) }
            premisesOf[conclusion] = groups[k]
            for premise in groups[k] {
                builder.relate(claimOf(document.statements[premise]), c, .supports, at: document.statements[premise].location)
            }
        }
        builder.relate(row, claimOf(document.statements[final]), .supports, at: document.statements[final].location)
        finalConclusion[builder.claims[row].refersTo ?? row] = claimOf(document.statements[final])
        premisesOfArgument[builder.claims[row].refersTo ?? row] = Set(members.filter { !document.statements[$0].isConclusion }.map { claimOf(document.statements[$0]) })
        var items: [(s: Int, parent: Int?, link: Claim.Link?, relate: Bool)] = [(final, row, .supportedByParent, false)]
        let dangling = groups[conclusions.count].dropFirst()
        if let first = dangling.first {
            diagnostics.append(.warning("premises after the last conclusion of `<\(argument.title)>` support no conclusion", at: document.statements[first].location))
            items += dangling.map { ($0, row, nil, false) }
        }
        return items
    }

    /// The titles one of whose definitions is marked `{isCanonical: true}`: that text stays.
    private var canonicalTitles = Set<String>()

    /// Each argument's final conclusion, for `CorpusBuilder.mergeArgumentRelations`.
    private var finalConclusion: [Int: Int] = [:]

    /// Each reconstructed argument's premises (not its conclusions), for
    /// `CorpusBuilder.dropAttacksMadeOnPremises`.
    private var premisesOfArgument: [Int: Set<Int>] = [:]

    /// For the conclusions of the document being built: the statements that support each.
    private var premisesOf: [Int: [Int]] = [:]

    private func claimOf(_ s: ArgdownDocument.Statement) -> Int {
        home[GeneralArgdownReader.key(s)]!
    }
}
