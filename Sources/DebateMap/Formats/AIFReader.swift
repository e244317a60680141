/// Reads AIF JSON into a document of a corpus: plain AIFdb nodesets
/// (`{"nodes": […], "edges": […], "locutions": […]}`) and OVA/xAIF files
/// (`{"AIF": {nodes, edges, locutions, participants}, "OVA": …, "text": …}`).
///
/// - I-nodes are claims (`Claim.title` is the node id).
/// - An RA node (inference) makes each premise (an I-node with an edge into it) support the
///   conclusion (the I-node its edge goes to); a CA node (conflict) makes the conflicting
///   claim attack the conflicted one; a CA whose text is `Contradiction` (as `AIFWriter`
///   writes Argdown's `><`) makes them contradict each other; a CA that goes to an RA node
///   is an undercut of that inference, an attack on its conclusion with `isUndercut`.
/// - An MA node (rephrase) shows the rephrasing as a `.reference` row under the claim it rephrases.
/// - L-nodes (locutions) anchored to I-nodes by YA nodes give the claims' `source`: the
///   speaker named by `locutions`/`participants`, else the text before `:` in the L-node.
/// - The tree: a claim's children are what supports and attacks it; the roots are claims
///   that support and attack nothing (each unconnected part has at least one); a claim met
///   again is a reference row.
///
/// Diagnostics carry the JSON path: `file.json:14:9: error: $.edges[3].toID: no node 17`.
public enum AIFReader {
    /// Whether the bytes look like AIF JSON: an object with `nodes` (or an `AIF` object holding them).
    public static func looksLikeAIF(_ bytes: [UInt8]) -> Bool {
        var k = 0
        if bytes.count >= 3, bytes[0] == 0xEF { k = 3 }
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 { k += 1 }
        guard k < bytes.count, bytes[k] == UInt8(ascii: "{") else { return false }
        let head = String(decoding: bytes[k..<min(bytes.count, k + 4096)], as: UTF8.self)
        return head.contains("\"nodes\"") || head.contains("\"AIF\"")
    }

    struct Node {
        var id: String
        /// The type upper-cased, as it is compared (`i`, `ra` are read as `I`, `RA`).
        var type: String
        /// The type as the file writes it, for messages.
        var writtenType: String
        var text: String
        var path: String
        var location: SourceLocation
    }

    /// Adds the nodeset in `bytes` to `builder` and returns what was wrong with it.
    public static func read(_ bytes: [UInt8], file: String, into builder: inout CorpusBuilder) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let fileNumber = SourceFiles.number(file)
        func at(_ t: JSONTree) -> SourceLocation { SourceLocation(fileNumber: fileNumber, line: t.line, column: t.column) }
        // JSON is UTF-8 (RFC 8259); a bad byte would otherwise turn into U+FFFD unnoticed.
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            diagnostics.append(.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                                      at: SourceLocation(ofByte: bad, in: bytes, file: file)))
        }
        var id = PathName.fileName(file)
        if let dot = id.lastIndex(of: "."), dot != id.startIndex { id = String(id[..<dot]) }
        let root: JSONTree
        do {
            var lenient: [JSONTree.ParseError] = []
            root = try JSONTree.parse(bytes, lenient: &lenient)
            for e in lenient { diagnostics.append(.warning(e.message, at: SourceLocation(file: file, line: e.line, column: e.column))) }
        } catch let e as JSONTree.ParseError {
            diagnostics.append(.error("not valid JSON: \(e.message)", at: SourceLocation(file: file, line: e.line, column: e.column)))
            let doc = builder.addDocument(id: id, title: Essay.unknown, mapPath: file)
            builder.setSummary("An AIF file that could not be read.", of: doc)
            return diagnostics
        } catch {
            return [.error("not valid JSON", at: SourceLocation(file: file, line: 1, column: 1))]
        }
        var base = "$"
        var set = root
        if let aif = root["AIF"], aif.isObject {
            set = aif
            base = "$.AIF"
        }
        guard set.isObject else {
            diagnostics.append(.error("\(base): AIF is a JSON object with `nodes` and `edges`", at: at(set)))
            _ = builder.addDocument(id: id, title: Essay.unknown, mapPath: file)
            return diagnostics
        }

        // Nodes.
        var nodes: [Node] = []
        var index: [String: Int] = [:]
        if let list = set["nodes"]?.array {
            for (k, item) in list.enumerated() {
                let path = "\(base).nodes[\(k)]"
                guard item.isObject else { diagnostics.append(.error("\(path): a node is an object", at: at(item))); continue }
                guard let nodeID = item["nodeID"]?.text else {
                    diagnostics.append(.error("\(path).nodeID: a node needs a `nodeID`", at: at(item)))
                    continue
                }
                if index[nodeID] != nil {
                    diagnostics.append(.error("\(path).nodeID: the node id \(nodeID) is used twice", at: at(item["nodeID"]!)))
                    continue
                }
                let type = item["type"]?.text ?? ""
                if type.isEmpty { diagnostics.append(.error("\(path).type: a node needs a `type` (I, RA, CA, MA, L, YA, …)", at: at(item))) }
                index[nodeID] = nodes.count
                nodes.append(Node(id: nodeID, type: type.uppercased(), writtenType: type, text: item["text"]?.text ?? "", path: path, location: at(item)))
            }
        } else {
            diagnostics.append(.error("\(base).nodes: AIF needs a list of `nodes`", at: at(set)))
        }

        // Edges, as lists of neighbours.
        var incoming = [[Int]](repeating: [], count: nodes.count)
        var outgoing = [[Int]](repeating: [], count: nodes.count)
        for (k, item) in (set["edges"]?.array ?? []).enumerated() {
            let path = "\(base).edges[\(k)]"
            var ends: [Int] = []
            for key in ["fromID", "toID"] {
                guard let value = item[key], let nodeID = value.text else {
                    diagnostics.append(.error("\(path).\(key): an edge needs `\(key)`", at: at(item)))
                    continue
                }
                guard let n = index[nodeID] else {
                    diagnostics.append(.error("\(path).\(key): no node \(nodeID)", at: at(value)))
                    continue
                }
                ends.append(n)
            }
            guard ends.count == 2 else { continue }
            outgoing[ends[0]].append(ends[1])
            incoming[ends[1]].append(ends[0])
        }
        if set["edges"] == nil { diagnostics.append(.warning("\(base).edges: no `edges`: the claims stand unrelated", at: at(set))) }

        // Speakers: locutions name a person for an L-node; participants name the person.
        var people: [String: String] = [:]
        for item in set["participants"]?.array ?? [] {
            guard let pid = item["participantID"]?.text else { continue }
            let name = [item["firstname"]?.text, item["surname"]?.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            if !name.isEmpty { people[pid] = name }
        }
        var speakerOf: [String: String] = [:]
        for item in set["locutions"]?.array ?? [] {
            guard let lid = item["nodeID"]?.text, let pid = item["personID"]?.text else { continue }
            // A person the file names, or a personID that is a name itself; a bare number is no
            // name to show: then the L-node's text says who.
            if let name = people[pid] {
                speakerOf[lid] = name
            } else if !pid.allSatisfy({ $0.isASCII && $0.isNumber }) {
                speakerOf[lid] = pid
            }
        }

        let title = (root["title"]?.text ?? set["title"]?.text).map { $0.trimmingSpaces() } ?? Essay.unknown
        // A dialogue: a claim's voice is the speaker its locution names (`Voices.speakers`).
        let doc = builder.addDocument(id: id, title: title.isEmpty ? Essay.unknown : title, mapPath: file, voices: .speakers)
        let prefix = builder.essays[doc.essay].id

        // The analysed passage (OVA's `text`, a string or `{"txt": …}`): the document's text,
        // each claim's words lit in it where they are found.
        let passage = (root["text"]?.text ?? root["text"]?["txt"]?.text).map(AIFReader.plainText) ?? ""
        if !passage.isEmpty { builder.setEssayText(passage, of: doc) }

        // Claims.
        var claimOf = [Int?](repeating: nil, count: nodes.count)
        for (k, node) in nodes.enumerated() where node.type == "I" {
            if node.text.isEmpty { diagnostics.append(.warning("\(node.path).text: the I-node \(node.id) has no text", at: node.location)) }
            let c = builder.addClaim(id: prefix + " " + node.id, title: node.id, text: node.text, document: doc, location: node.location)
            claimOf[k] = c
            if !passage.isEmpty, let found = PassageSearch.find(node.text, in: passage) { builder.setQuote(found, of: c) }
        }
        func claims(_ list: [Int]) -> [Int] { list.compactMap { claimOf[$0] } }

        // Relations and the tree's candidate children: (child claim, link) under a claim.
        var under = [[(child: Int, link: Claim.Link)]](repeating: [], count: builder.claims.count)
        var rephrases = [[Int]](repeating: [], count: builder.claims.count)
        var relatesOut = Set<Int>()
        func addUnder(_ parent: Int, _ child: Int, _ link: Claim.Link) {
            while under.count <= max(parent, child) { under.append([]); rephrases.append([]) }
            under[parent].append((child, link))
        }
        for (k, node) in nodes.enumerated() {
            switch node.type {
            case "I", "L", "TA", "YA", "PA": continue
            case "RA", "CA", "MA":
                let from = claims(incoming[k])
                var to = claims(outgoing[k])
                var undercut = false
                if node.type == "CA", to.isEmpty {
                    // A conflict with an inference: an undercut of the RA's conclusion.
                    for target in outgoing[k] where nodes[target].type == "RA" {
                        to += claims(outgoing[target])
                        undercut = true
                    }
                }
                if from.isEmpty || to.isEmpty {
                    diagnostics.append(.warning("\(node.path): the \(node.writtenType) node \(node.id) does not connect two claims", at: node.location))
                    continue
                }
                for conclusion in to {
                    for premise in from where premise != conclusion {
                        switch node.type {
                        case "RA":
                            builder.relate(premise, conclusion, .supports, at: node.location)
                            addUnder(conclusion, premise, .supports)
                            relatesOut.insert(premise)
                        case "CA":
                            let contradiction = node.text.trimmingSpaces().lowercased() == "contradiction"
                            builder.relate(premise, conclusion, contradiction ? .contradicts : .attacks, at: node.location, undercut: undercut)
                            addUnder(conclusion, premise, contradiction ? .contradicts : .attacks)
                            relatesOut.insert(premise)
                        default:
                            while rephrases.count <= premise { rephrases.append([]); under.append([]) }
                            rephrases[premise].append(conclusion)
                        }
                    }
                }
            case "":
                break // already reported: a node needs a type
            default:
                diagnostics.append(.warning("\(node.path).type: unknown node type `\(node.writtenType)`: the node is left out", at: node.location))
            }
        }
        // Sources: L → YA → I.
        for (k, node) in nodes.enumerated() where node.type == "YA" {
            for l in incoming[k] where nodes[l].type == "L" {
                let speaker = speakerOf[nodes[l].id] ?? AIFReader.speaker(ofLocution: nodes[l].text)
                for target in outgoing[k] {
                    if let c = claimOf[target], let speaker, !speaker.isEmpty { builder.setSource(speaker, of: c) }
                }
            }
        }
        for (k, node) in nodes.enumerated() where node.type == "I" {
            for e in incoming[k] + outgoing[k] where nodes[e].type == "I" {
                if outgoing[k].contains(e) {
                    diagnostics.append(.warning("\(node.path): an edge from I-node \(node.id) straight to I-node \(nodes[e].id), with no RA or CA between, is left out", at: node.location))
                }
            }
        }

        // The tree: roots are claims that relate to nothing; then whatever a cycle left over.
        let all = claimOf.compactMap { $0 }
        var placed = Set<Int>()
        var roots: [Int] = []
        func grow(_ root: Int) {
            placed.insert(root)
            roots.append(root)
            var stack = [root]
            while let c = stack.popLast() {
                let kids = c < under.count ? under[c] : []
                var next: [Int] = []
                for (child, link) in kids {
                    let row = placed.insert(child).inserted ? child : builder.addReference(to: child, document: doc)
                    builder.attach(row, to: c, link: link)
                    if row == child { next.append(child) }
                }
                for target in c < rephrases.count ? rephrases[c] : [] {
                    let row = builder.addReference(to: target, document: doc)
                    builder.attach(row, to: c, link: nil)
                }
                stack += next.reversed()
            }
        }
        for c in all where !relatesOut.contains(c) && !placed.contains(c) { grow(c) }
        for c in all where !placed.contains(c) { grow(c) }
        if roots.count == 1 {
            builder.setRoot(roots[0], of: doc)
        } else if !roots.isEmpty {
            let shown = title == Essay.unknown || title.isEmpty ? prefix : title
            let group = builder.addClaim(id: prefix + " nodeset", title: shown, text: shown, kind: .group, document: doc,
                                        location: SourceLocation(file: file, line: 1, column: 1))
            for r in roots { builder.attach(r, to: group, link: nil) }
            builder.setRoot(group, of: doc)
        }
        builder.setSummary("An AIF nodeset of \(all.count) claim\(all.count == 1 ? "" : "s") in \(roots.count) part\(roots.count == 1 ? "" : "s").", of: doc)
        return diagnostics
    }

    /// Who speaks in a locution's text, as AIF tools write it: `Lena: fares should be free`
    /// (OVA), `VCBrown says 'semesterisation is a good idea'` (AraucariaDB); nil when the text
    /// does not say (the whole text is never taken for a name).
    static func speaker(ofLocution text: String) -> String? {
        for separator in [" says ", " said ", " asks ", " asked ", ":"] {
            guard let range = text.range(of: separator) else { continue }
            let name = String(text[..<range.lowerBound]).trimmingSpaces()
            // A name is short and on its own: not a sentence that happens to hold the word.
            if !name.isEmpty, name.count <= 60, !name.contains(":"), name.split(separator: " ").count <= 5 { return name }
        }
        return nil
    }

    /// OVA keeps the analysed text as HTML-ish markup (`<br>`, `<span …>`, `&amp;`): the
    /// words, with line breaks for `<br>` and `</p>`.
    static func plainText(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { out += rest[open...]; rest = ""; break }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            if tag.hasPrefix("br") || tag == "/p" || tag == "/div" { out += "\n" }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingAll(entity, with: character)
        }
        return out
    }
}
