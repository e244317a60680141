import Yams

/// An essay map's front matter, read and checked: the essay's metadata and where its text is.
struct EssayMetadata {
    static let requiredKeys = ["id", "title", "author", "outlet", "published", "url", "text"]
    /// The required keys first, then the optional ones: a key's place here is its bit in a `Keys`.
    static let keyList = requiredKeys + ["subtitle", "label", "sha256", "furniture"]
    static let knownKeys = Set(keyList)

    /// A set of known keys as bits (a `Set` of strings, made and asked seven times for each
    /// essay, cost more than reading the rest of its metadata).
    struct Keys {
        var bits: UInt16 = 0
        /// Adds `key` if it is known; false when it is unknown or already in.
        mutating func insert(_ key: String) -> Bool {
            guard let k = EssayMetadata.keyList.firstIndex(of: key), bits & (1 << k) == 0 else { return false }
            bits |= 1 << k
            return true
        }
        func contains(_ key: String) -> Bool {
            EssayMetadata.keyList.firstIndex(of: key).map { bits & (1 << $0) != 0 } ?? false
        }
    }

    var id = ""
    var title = Essay.unknown
    var author = Essay.unknown
    var outlet = Essay.unknown
    var published = Essay.unknown
    var url = Essay.unknown
    var label: String?
    var subtitle: String?
    var text = ""
    var textLocation: SourceLocation
    var sha256: String?
    var sha256Location: SourceLocation?
    var furniture: [(range: Furniture, text: String?, location: SourceLocation)] = []
    var location: SourceLocation

    /// `simple: false` sends even simple front matter through Yams (the tests compare the two).
    static func read(_ frontMatter: ArgdownDocument.FrontMatter, simple: Bool = true) -> (EssayMetadata?, [Diagnostic]) {
        let loc = frontMatter.location
        if simple, let entries = simpleEntries(frontMatter.yaml) {
            // The front matter every map of ours has, read without building a YAML node tree.
            var meta = EssayMetadata(textLocation: loc, location: loc)
            var diagnostics: [Diagnostic] = []
            for entry in entries {
                let valueLoc = loc.inSameFile(line: loc.line + entry.line, column: entry.column)
                meta.take(entry.key, entry.value, at: valueLoc, into: &diagnostics)
            }
            var present = Keys()
            for entry in entries { _ = present.insert(entry.key) }
            return meta.finish(present: present, diagnostics: diagnostics)
        }
        let reader = YAMLReader(file: loc.file, lineOffset: loc.line)
        let (node, yamlDiagnostics) = reader.compose(frontMatter.yaml)
        var diagnostics = yamlDiagnostics
        guard yamlDiagnostics.isEmpty else { return (nil, diagnostics) }
        guard let mapping = node?.mapping else {
            diagnostics.append(.error("the front matter must be a YAML mapping of the essay's metadata (`id`, `title`, …)", at: loc))
            return (nil, diagnostics)
        }
        var meta = EssayMetadata(textLocation: loc, location: loc)
        for (key, value) in mapping {
            let name = key.string ?? ""
            let valueLoc = reader.location(of: value)
            if !knownKeys.contains(name) {
                let near = Closest.names(to: name, in: Array(knownKeys))
                diagnostics.append(.warning("unknown metadata key `\(name)`", at: reader.location(of: key),
                                            notes: near.isEmpty ? [] : ["did you mean `\(near[0])`?"]))
                continue
            }
            if name == "furniture" {
                meta.readFurniture(value, reader: reader, into: &diagnostics)
                continue
            }
            guard let string = value.scalar?.string else {
                diagnostics.append(.error("`\(name)` must be a single value", at: valueLoc))
                continue
            }
            meta.take(name, string, at: valueLoc, into: &diagnostics)
        }
        var present = Keys()
        for key in mapping.keys { if let name = key.string { _ = present.insert(name) } }
        return meta.finish(present: present, diagnostics: diagnostics)
    }

    /// One known key other than `furniture`, with its value as a string.
    mutating func take(_ name: String, _ string: String, at valueLoc: SourceLocation, into diagnostics: inout [Diagnostic]) {
        switch name {
        case "id":
            id = string
            if !Identifier.isValid(string) {
                diagnostics.append(.error("the essay id `\(string)` may hold only lowercase letters, digits and `-`", at: valueLoc))
            }
        case "title": title = string
        case "author": author = string
        case "outlet": outlet = string
        case "published":
            published = string
            if string != Essay.unknown && !EssayMetadata.isDate(string) {
                diagnostics.append(.error("`published` must be YYYY-MM-DD, YYYY-MM, YYYY or `unknown`, not `\(string)`", at: valueLoc))
            }
        case "url": url = string
        case "label": label = string
        case "subtitle": subtitle = string
        case "text":
            text = string
            textLocation = valueLoc
        case "sha256":
            sha256 = string.lowercased()
            sha256Location = valueLoc
        default: break
        }
    }

    /// The checks on the keys as a whole, once every entry is taken.
    func finish(present: Keys, diagnostics: [Diagnostic]) -> (EssayMetadata?, [Diagnostic]) {
        var diagnostics = diagnostics
        let missing = EssayMetadata.requiredKeys.filter { !present.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.error("missing required metadata: \(missing.map { "`\($0)`" }.joined(separator: ", "))", at: location,
                                      notes: ["write `unknown` for what the text does not give"]))
        }
        if !present.contains("id") || !present.contains("text") { return (nil, diagnostics) }
        return (self, diagnostics)
    }

    /// The entries of front matter written the simple way, as our maps are: one line per key,
    /// `key: value`, each key known (not `furniture`) and given once, each value a plain
    /// scalar or a double-quoted string without escapes, on its line. With the line (1-based,
    /// within the YAML) and column of each value, where YAML puts them. Nil for anything
    /// else (comments, blank lines, other quoting, flow or block collections, a character
    /// YAML treats specially), which is left to Yams, so what it accepts, rejects and reports
    /// is unchanged.
    static func simpleEntries(_ yaml: String) -> [(key: String, value: String, line: Int, column: Int)]? {
        var yaml = yaml
        return yaml.withUTF8 { b -> [(key: String, value: String, line: Int, column: Int)]? in
            var entries: [(key: String, value: String, line: Int, column: Int)] = []
            var seen = Keys()
            let n = b.count
            var k = 0
            var line = 0
            while k < n {
                line += 1
                var end = k
                while end < n && b[end] != 0x0A { end += 1 }
                guard end < n else { return nil }  // the YAML ends with its last line's newline
                // The key: a lowercase ASCII name, then `:` and spaces.
                var c = k
                while c < end, (b[c] >= 0x61 && b[c] <= 0x7A) || (b[c] >= 0x30 && b[c] <= 0x39 && c > k) || (b[c] == 0x5F && c > k) { c += 1 }
                guard c > k, c < end, b[c] == 0x3A else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: b[k..<c]), as: UTF8.self)
                guard key != "furniture", seen.insert(key) else { return nil }
                c += 1
                guard c < end, b[c] == 0x20 else { return nil }
                while c < end && b[c] == 0x20 { c += 1 }
                guard c < end else { return nil }
                let column = c - k + 1
                var valueStart = c, valueEnd = end
                if b[c] == 0x22 {
                    // "…": no escapes, no other quote, the closing quote ends the line.
                    guard end - c >= 2, b[end - 1] == 0x22 else { return nil }
                    valueStart = c + 1
                    valueEnd = end - 1
                    for m in valueStart..<valueEnd where b[m] == 0x22 || b[m] == 0x5C { return nil }
                } else {
                    // A plain scalar: no indicator first, no `: ` or ` #` inside, no `:` or space last.
                    switch b[c] {
                    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
                         UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
                         UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
                         UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                        return nil
                    default: break
                    }
                    guard b[end - 1] != 0x20, b[end - 1] != 0x3A else { return nil }
                    for m in c..<(end - 1) {
                        if b[m] == 0x3A && b[m + 1] == 0x20 { return nil }
                        if b[m] == 0x20 && b[m + 1] == 0x23 { return nil }
                    }
                }
                guard isPlainText(UnsafeBufferPointer(rebasing: b[valueStart..<valueEnd])) else { return nil }
                entries.append((key, String(decoding: UnsafeBufferPointer(rebasing: b[valueStart..<valueEnd]), as: UTF8.self), line, column))
                k = end + 1
            }
            return entries.isEmpty ? nil : entries
        }
    }

    /// Printable characters that YAML reads as themselves: no controls (tab included), no
    /// DEL, no NEL or line and paragraph separators (YAML 1.1 line breaks), no byte order mark,
    /// no noncharacters U+FFFE and U+FFFF, and well-formed UTF-8.
    static func isPlainText(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = b.count
        while k < n {
            let x = b[k]
            if x < 0x80 {
                guard x >= 0x20, x != 0x7F else { return false }
                k += 1
                continue
            }
            let length = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC2 ? 2 : 0
            guard length > 0, x < 0xF5, k + length <= n else { return false }
            var v = UInt32(x) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for m in 1..<length {
                guard b[k + m] & 0xC0 == 0x80 else { return false }
                v = v << 6 | UInt32(b[k + m] & 0x3F)
            }
            // Overlong forms and surrogates are not well-formed; the rest YAML does not print.
            guard v >= (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000), v <= 0x10FFFF,
                  !(0xD800...0xDFFF).contains(v), v >= 0xA0, v != 0x2028, v != 0x2029, v != 0xFEFF, v != 0xFFFE, v != 0xFFFF
            else { return false }
            k += length
        }
        return true
    }

    mutating func readFurniture(_ node: Node, reader: YAMLReader, into diagnostics: inout [Diagnostic]) {
        guard let list = node.sequence else {
            diagnostics.append(.error("`furniture` must be a list of `{start, end, what}`", at: reader.location(of: node)))
            return
        }
        for item in list {
            let loc = reader.location(of: item)
            guard let entry = item.mapping,
                  let start = entry["start"]?.int, let end = entry["end"]?.int else {
                diagnostics.append(.error("a furniture entry needs integer `start` and `end`", at: loc))
                continue
            }
            guard start >= 0, start < end else {
                diagnostics.append(.error("a furniture range needs 0 ≤ start < end, not \(start)..<\(end)", at: loc))
                continue
            }
            let what = entry["what"]?.string ?? "page furniture"
            furniture.append((Furniture(start: start, end: end, what: what), entry["text"]?.string, loc))
        }
    }

    /// YYYY, YYYY-MM or YYYY-MM-DD, the month 01–12 and the day 01–31, read on the bytes.
    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 4 || b.count == 7 || b.count == 10 else { return false }
        func digits(_ range: Range<Int>) -> Int? {
            var v = 0
            for k in range {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard digits(0..<4) != nil else { return false }
        if b.count >= 7 {
            guard b[4] == UInt8(ascii: "-"), let month = digits(5..<7), (1...12).contains(month) else { return false }
        }
        if b.count == 10 {
            guard b[7] == UInt8(ascii: "-"), let day = digits(8..<10), (1...31).contains(day) else { return false }
        }
        return true
    }
}
