/// Writes a corpus as Argdown that reads back to the same corpus.
///
/// Every essay (document) is written as its own document: front matter between `===` lines,
/// then its map. Several documents follow one another in one file; the loader splits a file
/// at each further front matter (`ArgdownBundle`).
///
/// - An essay map gets its full metadata (the `text` path from `textPath`, the SHA-256 of
///   its text), a heading per topic `# Title {topic, stance, summary, question}` and its
///   claims with quotes. Relations that the tree does not hold are written as references
///   under the claim they come from (`-> [Other]`, `+> [Other]`, `>< [Other]`).
/// - A general document gets `id`, `title` and `author`; its groups become headings; its
///   arguments `<Title>: text`; a premise–conclusion structure is written after the
///   argument's line as `(n)` lines with `----` or `-- rule --`; reference rows are bare `[Title]`.
///
/// Titles are written as they are, unless two claims share one (documents from different
/// Kialo or AIF files), then the claim's id is the title.
public struct ArgdownWriter {
    public var corpus: Corpus
    /// The `text:` value written for an essay: its text file relative to where the output goes.
    public var textPath: (Essay) -> String

    public init(corpus: Corpus, textPath: @escaping (Essay) -> String = { "../" + $0.textPath }) {
        self.corpus = corpus
        self.textPath = textPath
    }

    public func write() -> String {
        var out = ""
        let markers = LinkMarkers(corpus: corpus)
        let titles = writtenTitles()
        // Found once for the whole corpus: each essay's trees look up only their own claims.
        let extra = DocumentWriter.extraRelations(corpus)
        for (e, essay) in corpus.essays.enumerated() {
            if !out.isEmpty { out += "\n" }
            var document = DocumentWriter(corpus: corpus, titles: titles, markers: markers, extra: extra)
            if essay.textPath.isEmpty {
                document.writeGeneral(essay: e)
            } else {
                document.writeEssayMap(essay: e, textPath: textPath(essay))
            }
            out += document.out
        }
        return out
    }

    struct Pair: Hashable {
        var from: Int, to: Int
        init(_ from: Int, _ to: Int) { self.from = from; self.to = to }
    }

    /// The title each claim is written with.
    func writtenTitles() -> [String] {
        var count: [String: Int] = [:]
        for c in corpus.claims where c.refersTo == nil && c.kind != .group {
            count[(c.kind == .argument ? "<" : "[") + c.title, default: 0] += 1
        }
        return corpus.claims.map { c in
            let key = (c.kind == .argument ? "<" : "[") + c.title
            if c.kind == .reference, let t = c.refersTo {
                let target = corpus.claims[t]
                return (count[(target.kind == .argument ? "<" : "[") + target.title] ?? 0) > 1 ? target.id : target.title
            }
            return (count[key] ?? 0) > 1 ? c.id : c.title
        }
    }

    /// One document's text.
    struct DocumentWriter {
        let corpus: Corpus
        let titles: [String]
        /// How each row is marked under its parent (undercuts as `<_` and `_>`).
        let markers: LinkMarkers
        /// Relations no tree edge stands for, by the claim they are written under.
        let extra: [Int: [Relation]]
        var out = ""
        /// Arguments whose premise–conclusion structure is written after the tree.
        var reconstructions: [Int] = []
        /// Claims where a tree was cut at `IndentedTree.maxDepth`, their branches still to write.
        var continuations: [Int] = []
        /// Claims of a general document with tags their text does not hold, written at its end.
        var tagsToWrite: [Int] = []

        init(corpus: Corpus, titles: [String], markers: LinkMarkers, extra: [Int: [Relation]]) {
            self.corpus = corpus
            self.titles = titles
            self.markers = markers
            self.extra = extra
        }

        // MARK: Essay maps

        mutating func writeEssayMap(essay e: Int, textPath: String) {
            let essay = corpus.essays[e]
            out += "===\n"
            out += "id: \(essay.id)\n"
            for (key, value) in [("title", essay.title), ("author", essay.author), ("outlet", essay.outlet), ("published", essay.published), ("url", essay.url)] {
                out += "\(key): \(ArgdownWriter.yaml(value))\n"
            }
            if let subtitle = essay.subtitle { out += "subtitle: \(ArgdownWriter.yaml(subtitle))\n" }
            if essay.label != Essay.defaultLabel(id: essay.id, author: essay.author) { out += "label: \(ArgdownWriter.yaml(essay.label))\n" }
            out += "text: \(ArgdownWriter.yaml(textPath))\n"
            out += "sha256: \(Digest.sha256(Array(essay.text.utf8)))\n"
            if !essay.furniture.isEmpty {
                out += "furniture:\n"
                for f in essay.furniture { out += "  - {start: \(f.start), end: \(f.end), what: \(ArgdownWriter.yaml(f.what))}\n" }
            }
            out += "===\n"
            // Relations the trees do not hold go under the claim they come from.
            for t in corpus.layout.topics(of: e) {
                let p = corpus.positionIndex(essay: e, topic: t)!
                let position = corpus.positions[p]
                let topic = corpus.topics[t]
                out += "\n# \(ArgdownWriter.escapeText(topic.title)) {topic: \(topic.id), stance: \(position.stance.rawValue), summary: \(ArgdownWriter.quoted(position.summary)), question: \(ArgdownWriter.quoted(topic.question))}\n"
                guard let root = position.mainClaim else { continue }
                out += "\n"
                writeTree(root, depth: 0, link: nil, extra: extra, essayMap: true)
                writeContinuations(extra: extra, essayMap: true)
            }
        }

        /// Relations that no tree edge stands for, by the claim they are written under.
        static func extraRelations(_ corpus: Corpus) -> [Int: [Relation]] {
            var covered = Set<Pair>()
            for (c, claim) in corpus.claims.enumerated() {
                guard let p = claim.parent, let link = claim.link else { continue }
                let a = claim.refersTo ?? c, b = corpus.claims[p].refersTo ?? p
                switch link {
                case .supports, .attacks, .contradicts: covered.insert(Pair(a, b))
                case .supportedByParent, .attackedByParent: covered.insert(Pair(b, a))
                }
                if link == .contradicts { covered.insert(Pair(b, a)) }
            }
            var extra: [Int: [Relation]] = [:]
            var seen = Set<Pair>()
            for r in corpus.relations {
                guard !covered.contains(Pair(r.from, r.to)), seen.insert(Pair(r.from, r.to)).inserted else { continue }
                // `>< [from]` under `to` reads back as from contradicts to; `+> [to]` under `from` as from supports to.
                let home = r.kind == .contradicts ? r.to : r.from
                extra[home, default: []].append(r)
            }
            return extra
        }

        // MARK: General documents

        mutating func writeGeneral(essay e: Int) {
            let essay = corpus.essays[e]
            out += "===\nid: \(essay.id)\n"
            if essay.title != Essay.unknown { out += "title: \(ArgdownWriter.yaml(essay.title))\n" }
            if essay.author != Essay.unknown { out += "author: \(ArgdownWriter.yaml(essay.author))\n" }
            out += "===\n"
            for t in corpus.layout.topics(of: e) {
                guard let root = corpus.position(essay: e, topic: t).mainClaim else { continue }
                let claim = corpus.claims[root]
                if claim.kind == .group && claim.parent == nil {
                    writeGroupContent(root, level: 0, extra: extra)
                } else {
                    out += "\n"
                    writeTree(root, depth: 0, link: nil, extra: extra, essayMap: false)
                    writeContinuations(extra: extra, essayMap: false)
                    writeReconstructions(extra: extra)
                }
            }
            // Argdown gathers a statement's tags from its references too; DebateMap shows no
            // row for a reference that only adds tags.
            for c in tagsToWrite {
                out += "\n" + reference(c) + ArgdownWriter.tagList(tagsBesideText(corpus.claims[c])) + "\n"
            }
            tagsToWrite = []
        }

        mutating func writeGroupContent(_ group: Int, level: Int, extra: [Int: [Relation]]) {
            for child in corpus.claims[group].children {
                let c = corpus.claims[child]
                if c.kind == .group {
                    writeReconstructions(extra: extra)
                    out += "\n" + String(repeating: "#", count: min(level + 1, 6)) + " " + generalText(c) + "\n"
                    writeGroupContent(child, level: level + 1, extra: extra)
                } else {
                    out += "\n"
                    writeTree(child, depth: 0, link: nil, extra: extra, essayMap: false)
                    writeContinuations(extra: extra, essayMap: false)
                    writeReconstructions(extra: extra)
                }
            }
            writeReconstructions(extra: extra)
        }

        // MARK: Trees

        /// Writes the tree from `root` at `depth`, indented at most `IndentedTree.maxDepth`
        /// levels: a deeper branch goes on after the tree, under a bare reference to the claim
        /// where it was cut, which Argdown reads as the same statement (and the corpus format
        /// as a continuation of its tree).
        mutating func writeTree(_ root: Int, depth: Int, link: Claim.Link?, extra: [Int: [Relation]], essayMap: Bool) {
            // A link row with no relation (an AIF rephrase) has no Argdown syntax.
            if depth > 0, corpus.claims[root].link == nil { return }
            writeBranch(root, depth: depth, resumed: false, extra: extra, essayMap: essayMap)
        }

        /// Writes one tree, its rows gathered first (the walk reads what the writing changes),
        /// noting where it was cut in `continuations`.
        mutating func writeBranch(_ root: Int, depth: Int, resumed: Bool, extra: [Int: [Relation]], essayMap: Bool) {
            var rows: [IndentedTree.Row] = []
            let corpus = corpus
            // An untitled statement cannot be named again: a branch under it is cut only at a
            // titled claim (an untitled one comes from an Argdown file indented as deep).
            let cut = IndentedTree.branch(from: root, depth: depth, resumed: resumed, children: { row in
                if row.depth == 0, !row.resumed, self.isUntitledArgument(row.claim) { return [] }
                return corpus.claims[row.claim].children.filter { !self.isStructure($0, of: row.claim) && corpus.claims[$0].link != nil }
            }, canCut: { c in
                essayMap || corpus.claims[c].kind == .argument || !ArgdownWriter.isUntitled(corpus.claims[c].title)
            }) { rows.append($0) }
            for row in rows { writeRow(row, extra: extra, essayMap: essayMap) }
            continuations += cut
        }

        /// The branches cut from the trees written so far, each as a tree of its own under a
        /// bare reference to the claim where it was cut (and theirs, until none is left).
        mutating func writeContinuations(extra: [Int: [Relation]], essayMap: Bool) {
            while !continuations.isEmpty {
                let c = continuations.removeFirst()
                out += "\n"
                writeBranch(c, depth: 0, resumed: true, extra: extra, essayMap: essayMap)
            }
        }

        /// One row of a tree: the relation marker, the statement (a bare reference when
        /// `resumed`), and under it the relations the tree does not hold.
        mutating func writeRow(_ row: IndentedTree.Row, extra: [Int: [Relation]], essayMap: Bool) {
            let c = row.claim, d = row.depth
            let claim = corpus.claims[c]
            if d == 0, !row.resumed, isUntitledArgument(c) {
                // Its structure alone makes it again.
                var number = 0
                writeStructure(claim.children[0], number: &number, extra: extra)
                return
            }
            let indent = String(repeating: "  ", count: d)
            var line = indent
            if d > 0, !row.resumed, let marker = markers.marker(row: c) {
                line += marker + " "
            }
            if row.resumed {
                out += line + reference(claim.refersTo ?? c) + "\n"
                return
            }
            line += statement(c, essayMap: essayMap)
            out += line + "\n"
            if kind(c) == .argument, claim.children.contains(where: { isStructure($0, of: c) }) { reconstructions.append(c) }
            for r in extra[c] ?? [] {
                let marker: String
                switch r.kind {
                case .supports: marker = "+>"
                case .attacks: marker = r.isUndercut ? "_>" : "->"
                case .contradicts: marker = "><"
                }
                out += indent + "  " + marker + " " + reference(r.kind == .contradicts ? r.from : r.to) + "\n"
            }
        }

        /// Whether `child` belongs to the premise–conclusion structure under `parent` rather than
        /// to the relations written in the file.
        func isStructure(_ child: Int, of parent: Int) -> Bool {
            let c = corpus.claims[child]
            if kind(parent) == .argument {
                // The final conclusion; or, in a structure with no inference line, its premises.
                return (c.link == .supportedByParent && isConclusionRow(child)) || (c.link == .supports && kind(child) == .premise)
            }
            if isConclusionRow(parent) { return c.link == .supports && isMemberRow(child) }
            return false
        }

        /// The kind of the claim a row stands for (a reference row's target's).
        func kind(_ row: Int) -> ClaimKind {
            let c = corpus.claims[row]
            return c.kind == .reference ? corpus.claims[c.refersTo!].kind : c.kind
        }

        /// An argument made by a premise–conclusion structure written with no title line.
        func isUntitledArgument(_ row: Int) -> Bool {
            let c = corpus.claims[row]
            return c.kind == .argument && c.refersTo == nil && ArgdownWriter.isUntitled(c.title) && c.parent.map { corpus.claims[$0].kind == .group } != false
                && c.children.count == 1 && isStructure(c.children[0], of: row)
        }

        func isConclusionRow(_ row: Int) -> Bool {
            kind(row) == .conclusion && corpus.claims[row].parent != nil && memberOfStructure(row)
        }

        func isMemberRow(_ row: Int) -> Bool {
            (kind(row) == .premise || kind(row) == .conclusion) && memberOfStructure(row)
        }

        /// A row is in a structure when the chain of `+`/`+>` links above it reaches an argument.
        func memberOfStructure(_ row: Int) -> Bool {
            var r = row
            while let p = corpus.claims[r].parent {
                let link = corpus.claims[r].link
                if kind(p) == .argument { return link == .supportedByParent }
                guard link == .supports else { return false }
                r = p
            }
            return false
        }

        /// The premise–conclusion structures of the arguments met so far, each after a bare `<Title>`.
        mutating func writeReconstructions(extra: [Int: [Relation]]) {
            while !reconstructions.isEmpty {
                let argument = reconstructions.removeFirst()
                let members = corpus.claims[argument].children.filter { isStructure($0, of: argument) }
                guard let final = members.first else { continue }
                out += "\n" + reference(argument) + "\n\n"
                var number = 0
                if corpus.claims[final].link == .supportedByParent {
                    writeStructure(final, number: &number, extra: extra)
                } else {
                    for m in members { writeMember(m, number: &number, extra: extra) }
                }
                writeContinuations(extra: extra, essayMap: false)
            }
        }

        mutating func writeStructure(_ conclusion: Int, number: inout Int, extra: [Int: [Relation]]) {
            let members = corpus.claims[conclusion].children.filter { isStructure($0, of: conclusion) }
            for m in members {
                if isConclusionRow(m) && corpus.claims[m].children.contains(where: { isStructure($0, of: m) }) {
                    writeStructure(m, number: &number, extra: extra)
                } else {
                    writeMember(m, number: &number, extra: extra)
                }
            }
            let target = corpus.claims[conclusion].refersTo ?? conclusion
            if let rule = corpus.claims[target].inferenceRule, !rule.isEmpty {
                // An inference line is read raw, up to any data `{…}`.
                let plain = String(rule.map { $0 == "\n" || $0 == "{" || $0 == "}" ? " " : $0 })
                out += "-- " + plain + " --\n"
            } else {
                out += "----\n"
            }
            writeMember(conclusion, number: &number, extra: extra)
        }

        mutating func writeMember(_ row: Int, number: inout Int, extra: [Int: [Relation]]) {
            number += 1
            out += "(\(number)) " + statement(row, essayMap: false) + "\n"
            for child in corpus.claims[row].children where !isStructure(child, of: row) {
                writeTree(child, depth: 1, link: corpus.claims[child].link, extra: extra, essayMap: false)
            }
        }

        // MARK: Lines

        /// `[Title]: text {quote: "…"} #(tag)`, `<Title>: text`, or a bare reference.
        mutating func statement(_ c: Int, essayMap: Bool) -> String {
            let claim = corpus.claims[c]
            if let t = claim.refersTo { return reference(t) }
            if !essayMap, claim.kind != .group, !(claim.kind == .argument && claim.text == claim.title), !tagsBesideText(claim).isEmpty {
                tagsToWrite.append(c)
            }
            let isUntitled = !essayMap && ArgdownWriter.isUntitled(claim.title) && claim.kind != .argument
            var line = ""
            if !isUntitled {
                line += claim.kind == .argument ? "<" + ArgdownWriter.escapeTitle(titles[c]) + ">" : "[" + ArgdownWriter.escapeTitle(titles[c]) + "]"
                if claim.kind == .argument, claim.text == claim.title { return line + tags(claim) }
                line += ": "
            }
            if essayMap {
                line += ArgdownWriter.escapeText(claim.text)
                // An essay map's quote; an imported document's quotes are found again in its
                // passage, which an Argdown file does not carry.
                if let q = claim.quote { line += " {quote: " + ArgdownWriter.quoted(q.text) + "}" }
                return line + tags(claim)
            }
            line += isUntitled ? ArgdownWriter.escapeLineStart(generalText(claim)) : generalText(claim)
            if let s = claim.source { line += " {source: " + ArgdownWriter.quoted(s) + "}" }
            return line
        }

        /// A claim's text as a general document writes it, its tags included. Argdown keeps
        /// tags in the text, so a tag written there stays as it is (it reads back as a tag and
        /// as text); the claim's other tags go on a reference at the end of the document
        /// (`tagsBesideText`). Everything else that could
        /// start Argdown syntax is escaped; so is the first dot or colon of a text that would
        /// read as shortcodes (`.v.`), which keeps them as written.
        func generalText(_ claim: Claim) -> String {
            let text = claim.text
            var out = ""
            var keepShortcodes = Shortcodes.replacing(in: text) != text
            var k = text.startIndex
            while k < text.endIndex {
                let ch = text[k]
                if ch == "#", k == text.startIndex || text[text.index(before: k)] == " ",
                   let (name, end) = ArgdownWriter.tag(in: text, at: k), claim.tags.contains(name) {
                    out += text[k..<end]
                    k = end
                    continue
                }
                if keepShortcodes, ch == "." || ch == ":" {
                    out += "\\" + String(ch)
                    keepShortcodes = false
                } else {
                    out += ArgdownWriter.escapeText(String(ch))
                }
                k = text.index(after: k)
            }
            return out
        }

        /// The claim's tags that its text does not hold (given by another definition or a
        /// reference): a general document writes them on a reference of their own.
        func tagsBesideText(_ claim: Claim) -> [String] {
            guard !claim.tags.isEmpty else { return [] }
            var inText = Set<String>()
            let text = claim.text
            var k = text.startIndex
            while let hash = text[k...].firstIndex(of: "#") {
                if hash == text.startIndex || text[text.index(before: hash)] == " ", let (name, end) = ArgdownWriter.tag(in: text, at: hash) {
                    inText.insert(name)
                    k = end
                } else {
                    k = text.index(after: hash)
                }
            }
            return claim.tags.filter { !inText.contains($0) }
        }

        func reference(_ c: Int) -> String {
            let claim = corpus.claims[c]
            return claim.kind == .argument ? "<" + ArgdownWriter.escapeTitle(titles[c]) + ">" : "[" + ArgdownWriter.escapeTitle(titles[c]) + "]"
        }

        func tags(_ claim: Claim) -> String { ArgdownWriter.tagList(claim.tags) }
    }

    // MARK: Escaping

    static func isUntitled(_ title: String) -> Bool {
        guard title.hasPrefix("Untitled ") else { return false }
        let rest = title.dropFirst(9)
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Tags as written after a text or a reference: ` #(a) #(b)`.
    static func tagList(_ tags: [String]) -> String {
        tags.map { " #(" + $0.replacingAll(")", with: "") + ")" }.joined()
    }

    /// The tag `#name` or `#(name)` at `start` (a `#`) as general Argdown reads it, and where
    /// it ends; nil where none starts.
    static func tag(in text: String, at start: String.Index) -> (String, String.Index)? {
        var k = text.index(after: start)
        guard k < text.endIndex else { return nil }
        if text[k] == "(" {
            guard let close = text[k...].firstIndex(of: ")") else { return nil }
            let name = String(text[text.index(after: k)..<close]).trimmingSpaces()
            return name.isEmpty ? nil : (name, text.index(after: close))
        }
        let from = k
        while k < text.endIndex, let byte = text[k].utf8.first, ArgdownParser.isTagByte(byte) { k = text.index(after: k) }
        return k > from ? (String(text[from..<k]), k) : nil
    }

    /// Text with every character that could start Argdown syntax escaped, on one line.
    /// Byte by byte, so a mark after `#` or `[` does not hide it (and a CRLF is one space).
    static func escapeText(_ text: String) -> String {
        return ByteRewrite.rewriteASCII(ByteRewrite.foldingCRLF(text)) { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"),
                 UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: ">"): return "\\" + String(UnicodeScalar(byte))
            case 0x0A, 0x0D, 0x09: return " "
            default: return nil
            }
        }
    }

    /// An untitled statement's text must not start like a relation, a title or a structure line.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "+-_*(=0123456789>".contains(first) { return "\\" + text }
        return text
    }

    static func escapeTitle(_ title: String) -> String {
        return ByteRewrite.rewriteASCII(ByteRewrite.foldingCRLF(title)) { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "<"): return "\\" + String(UnicodeScalar(byte))
            case 0x0A, 0x0D: return " "
            default: return nil
            }
        }
    }

    /// A YAML double-quoted string.
    static func quoted(_ s: String) -> String {
        let escaped = ByteRewrite.rewriteASCII(s) { byte in
            switch byte {
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "\\"): return "\\\\"
            case 0x0A: return "\\n"
            case 0x09: return "\\t"
            case 0..<0x20, 0x7F:
                let hex = String(byte, radix: 16, uppercase: true)
                return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            default: return nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// A YAML value for front matter: always double-quoted, except `unknown`.
    static func yaml(_ s: String) -> String { s == Essay.unknown ? s : quoted(s) }
}
