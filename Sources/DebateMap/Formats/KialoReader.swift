/// Reads a Kialo discussion export (`.txt`) into a document of a corpus.
///
/// Both forms Kialo writes are read:
///
/// - flat: `Discussion Title: …`, then one claim per numbered line, `1. thesis`,
///   `1.1. Pro: text`, `1.2.1. Con: text`; a text may go on over the following lines;
///   `-> See 1.4.` as a claim's whole text links to a claim written elsewhere;
/// - indented: `Discussion Name: …`, `1. Thesis:` / `1.1. Con:` alone on a line with the text
///   on the next ones, two spaces of indentation per level, `[n]` footnotes listed under
///   `Sources:` at the end.
///
/// The thesis is the root (several theses: each a root under a group), a Pro supports its
/// parent, a Con attacks it, and `-> See N` becomes a `.reference` row for claim N with the
/// relation the Pro/Con says. A footnote's source goes to `Claim.source`; `\[` and `\]` lose
/// their backslash. Ids are `<document>-1-2-1`, titles the numbers (`1.2.1`).
public enum KialoReader {
    /// Whether the bytes look like a Kialo export: the first line names the discussion.
    public static func looksLikeKialo(_ bytes: [UInt8]) -> Bool {
        var k = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { k = 3 }
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 { k += 1 }
        let head = String(decoding: bytes[k..<min(bytes.count, k + 40)], as: UTF8.self)
        return head.hasPrefix("Discussion Title:") || head.hasPrefix("Discussion Name:")
    }

    /// One numbered line, as written, with the lines its text goes on over.
    struct Entry {
        /// The number without its final dot, each part as digits without leading zeros: `1.2.1`.
        var number: String
        /// How many parts the number has: 1 for a thesis.
        var depth: Int
        var stance: String?
        var text: String
        var line: Int
        var column: Int
        var indent: Int
        /// Where each stretch of the text starts: its offset in the text (in scalars) and its
        /// line and column in the file, so a footnote can be placed where it is written.
        var stretches: [(offset: Int, line: Int, column: Int)] = []

        /// The place in the file of the scalar at `offset` in the text.
        func place(ofTextOffset offset: Int) -> (line: Int, column: Int) {
            guard let stretch = stretches.last(where: { $0.offset <= offset }) else { return (line, column) }
            return (stretch.line, stretch.column + offset - stretch.offset)
        }
    }

    /// Adds the discussion in `bytes` to `builder` and returns what was wrong with it;
    /// `progress` hears how far it has got every 64K lines (half the work) and claims.
    public static func read(_ bytes: [UInt8], file: String, into builder: inout CorpusBuilder, progress: LoadProgress? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            diagnostics.append(.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                                      at: SourceLocation(ofByte: bad, in: bytes, file: file)))
        }
        // Read line by line over the bytes (a String of Characters read about 10 MB/s).
        // Lines end in LF, CRLF or CR: exports from Windows and old Macs read the same.
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let lineStarts = LineStarts(bytes)
        var title = ""
        var titleOnNextLine = false
        var entries: [Entry] = []
        var footnotes: [String: String] = [:]
        var inSources = false
        for lineNumber in 1...lineStarts.lineCount {
            if lineNumber & 0xFFFF == 0 { progress?.within(0.5 * Double(lineNumber) / Double(lineStarts.lineCount), claims: 0, of: bytes.count) }
            var range = lineStarts.range(ofLine: lineNumber, in: bytes)!
            if lineNumber == 1 { range = min(range.lowerBound + skip, range.upperBound)..<range.upperBound }
            var first = range.lowerBound
            while first < range.upperBound, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            let indent = first - range.lowerBound
            let line = first..<range.upperBound
            if line.isEmpty { continue }
            if title.isEmpty, entries.isEmpty, let value = value(of: line, in: bytes, after: ["Discussion Title:", "Discussion Name:"]) {
                // The title may be written on the line after the label.
                title = value
                titleOnNextLine = value.isEmpty
                continue
            }
            if titleOnNextLine {
                titleOnNextLine = false
                if numbered(line, in: bytes, line: lineNumber, indent: indent) == nil {
                    title = trimmed(line, in: bytes)
                    continue
                }
            }
            if indent == 0, trimmed(line, in: bytes) == "Sources:" {
                inSources = true
                continue
            }
            if inSources {
                if bytes[line.lowerBound] == 0x5B, let close = bytes[line].firstIndex(of: 0x5D) {
                    let key = String(decoding: bytes[(line.lowerBound + 1)..<close], as: UTF8.self)
                    footnotes[key] = trimmed((close + 1)..<line.upperBound, in: bytes)
                } else {
                    diagnostics.append(.warning("a line under `Sources:` that is no footnote `[n] source`", at: SourceLocation(file: file, line: lineNumber, column: indent + 1)))
                }
                continue
            }
            if let entry = numbered(line, in: bytes, line: lineNumber, indent: indent) {
                entries.append(entry)
            } else if !entries.isEmpty {
                let more = trimmed(line, in: bytes)
                if !entries[entries.count - 1].text.isEmpty { entries[entries.count - 1].text += " " }
                entries[entries.count - 1].stretches.append((entries[entries.count - 1].text.unicodeScalars.count, lineNumber, indent + 1))
                entries[entries.count - 1].text += more
            } else {
                diagnostics.append(.error("text before the first claim: a claim starts with its number, `1.` or `1.1. Pro:`",
                                          at: SourceLocation(file: file, line: lineNumber, column: indent + 1)))
            }
        }
        if title.isEmpty {
            diagnostics.append(.warning("no `Discussion Title:` line: the file name is the title", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var id = PathName.fileName(file)
        if let dot = id.lastIndex(of: "."), dot != id.startIndex { id = String(id[..<dot]) }
        let doc = builder.addDocument(id: id, title: title.isEmpty ? Essay.unknown : title, mapPath: file)
        let prefix = builder.essays[doc.essay].id

        // Claims first (so `-> See` may point forward), then the tree.
        let fileNumber = SourceFiles.number(file)
        var byNumber: [String: Int] = [:]
        var claimOf = [Int?](repeating: nil, count: entries.count)
        for (k, entry) in entries.enumerated() {
            if k & 0xFFFF == 0 { progress?.within(0.5 + 0.5 * Double(k) / Double(entries.count), claims: k, of: bytes.count) }
            let at = SourceLocation(fileNumber: fileNumber, line: entry.line, column: entry.column)
            if byNumber[entry.number] != nil {
                diagnostics.append(.error("the claim number \(entry.number). is used twice", at: at))
                continue
            }
            if seeTarget(entry.text) != nil { byNumber[entry.number] = -1; continue }
            var source: String?
            let notes = footnoteKeys(entry.text)
            if !notes.isEmpty {
                var found: [String] = []
                for (key, offset) in notes {
                    if let s = footnotes[key] { found.append(s) } else {
                        let place = entry.place(ofTextOffset: offset)
                        diagnostics.append(.warning("the footnote [\(key)] is not listed under `Sources:`",
                                                    at: SourceLocation(fileNumber: fileNumber, line: place.line, column: place.column)))
                    }
                }
                if !found.isEmpty { source = found.joined(separator: "; ") }
            }
            let c = builder.addClaim(id: prefix + " " + entry.number, title: entry.number, text: unescape(entry.text), document: doc,
                                     location: at, source: source)
            if entry.text.isEmpty { diagnostics.append(.warning("the claim \(entry.number). has no text", at: at)) }
            byNumber[entry.number] = c
            claimOf[k] = c
        }
        var roots: [Int] = []
        var rowOf: [String: Int] = [:]
        for (k, entry) in entries.enumerated() {
            let at = SourceLocation(fileNumber: fileNumber, line: entry.line, column: entry.column)
            guard byNumber[entry.number] != nil else { continue }
            var row = claimOf[k]
            if let target = seeTarget(entry.text) {
                guard let t = byNumber[target], t >= 0 else {
                    diagnostics.append(.error("`-> See \(target).` points to no claim of the discussion", at: at))
                    continue
                }
                row = builder.addReference(to: t, document: doc, location: at)
            }
            guard let row else { continue }
            if rowOf[entry.number] == nil { rowOf[entry.number] = row }
            if entry.depth == 1 {
                roots.append(row)
                if entry.stance == "Pro" || entry.stance == "Con" {
                    diagnostics.append(.warning("a top-level claim is a thesis, not a \(entry.stance!)", at: at))
                }
                continue
            }
            // The parent: the number without its last part; if that is missing, the nearest one there is.
            var above = entry.number[...]
            var parent: Int?
            var skipped = false
            while let dot = above.lastIndex(of: ".") {
                above = above[..<dot]
                if let p = rowOf[String(above)] { parent = p; break }
                skipped = true
            }
            if skipped {
                let missing = entry.number[..<entry.number.lastIndex(of: ".")!]
                diagnostics.append(.error("the claim \(entry.number). skips a level: there is no claim \(missing). above it", at: at,
                                          notes: parent == nil ? ["it is shown as a thesis"] : ["it is shown under \(above)."]))
            }
            guard let parent else { roots.append(row); continue }
            let link: Claim.Link
            switch entry.stance {
            case "Pro": link = .supports
            case "Con": link = .attacks
            default:
                diagnostics.append(.error("the claim \(entry.number). says neither `Pro:` nor `Con:`", at: at,
                                          notes: ["it is shown as a Pro"]))
                link = .supports
            }
            builder.attach(row, to: parent, link: link)
            builder.relate(child: row, parent: parent, link: link, at: at)
        }
        if roots.count == 1 {
            builder.setRoot(roots[0], of: doc)
        } else if !roots.isEmpty {
            let shown = title.isEmpty ? prefix : title
            let group = builder.addClaim(id: prefix + " discussion", title: shown, text: shown, kind: .group, document: doc,
                                        location: SourceLocation(file: file, line: 1, column: 1))
            for r in roots { builder.attach(r, to: group, link: nil) }
            builder.setRoot(group, of: doc)
        }
        let claims = entries.count { seeTarget($0.text) == nil }
        builder.setSummary("A Kialo discussion of \(claims) claim\(claims == 1 ? "" : "s").", of: doc)
        if entries.isEmpty {
            // Never a quiet success: say why nothing was read.
            diagnostics.append(.warning("no claims: a Kialo export numbers them, `1. thesis`, `1.1. Pro: text`", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return diagnostics
    }

    /// The rest of a line that starts with one of `keys`, trimmed; nil if it starts with none.
    static func value(of line: Range<Int>, in bytes: [UInt8], after keys: [String]) -> String? {
        for key in keys where bytes[line].starts(with: key.utf8) { return trimmed((line.lowerBound + key.utf8.count)..<line.upperBound, in: bytes) }
        return nil
    }

    /// The bytes of `range` as text, without spaces, tabs and line breaks at either end.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> String { ArgdownParser.trimmedText(bytes[range]) }

    /// `1.2.3. Pro: text`, `1. text`, `1. Thesis:` (the line from its first non-blank byte,
    /// `indent` bytes in); nil for any other line.
    static func numbered(_ line: Range<Int>, in bytes: [UInt8], line number: Int, indent: Int) -> Entry? {
        var digits: [UInt8] = []
        var depth = 0
        var k = line.lowerBound
        while true {
            var count = 0, leading = true
            while k < line.upperBound, bytes[k] >= 0x30, bytes[k] <= 0x39, count < 9 {
                // Written as a number would be: no leading zeros.
                if !(leading && bytes[k] == 0x30) { digits.append(bytes[k]); leading = false }
                count += 1
                k += 1
            }
            guard count > 0, k < line.upperBound, bytes[k] == 0x2E else { return nil }
            if leading { digits.append(0x30) }
            depth += 1
            k += 1
            if k == line.upperBound || bytes[k] == 0x20 || bytes[k] == 0x09 { break }
            digits.append(0x2E)
        }
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        while k < line.upperBound, blank(bytes[k]) { k += 1 }
        var stance: String?
        for s in ["Pro:", "Con:", "Thesis:"] where bytes[k..<line.upperBound].starts(with: s.utf8) {
            stance = String(s.dropLast())
            k += s.utf8.count
            while k < line.upperBound, blank(bytes[k]) { k += 1 }
        }
        // What comes before the text is ASCII: its bytes are its columns.
        let textColumn = indent + (k - line.lowerBound) + 1
        return Entry(number: String(decoding: digits, as: UTF8.self), depth: depth, stance: stance,
                     text: trimmed(k..<line.upperBound, in: bytes), line: number, column: indent + 1, indent: indent,
                     stretches: [(0, number, textColumn)])
    }

    /// `-> See 1.4.` (the claim's whole text): the number it points to.
    static func seeTarget(_ text: String) -> String? {
        guard text.hasPrefix("-> See ") else { return nil }
        var n = text.dropFirst(7).trimmingCharacters()
        while n.hasSuffix(".") { n.removeLast() }
        guard !n.isEmpty, n.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return n
    }

    /// The footnote numbers `[n]` in a text, in order, each with the scalar offset of its
    /// `[`. A bracketed number followed by `(` is a Markdown link's text (`[1933](https://…)`),
    /// not a footnote; an escaped `\[` is no bracket.
    static func footnoteKeys(_ text: String) -> [(key: String, offset: Int)] {
        var keys: [(String, Int)] = []
        guard ByteSearch.contains(0x5B, in: text) else { return keys }
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            defer { k += 1 }
            guard scalars[k] == "[", k == 0 || scalars[k - 1] != "\\" else { continue }
            var end = k + 1
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            guard end > k + 1, end < scalars.count, scalars[end] == "]" else { continue }
            if end + 1 < scalars.count, scalars[end + 1] == "(" { continue }
            keys.append((String(String.UnicodeScalarView(scalars[(k + 1)..<end])), k))
        }
        return keys
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Kialo escapes the characters Markdown gives a meaning (`\(`, `\[`, `\*`, `\_`, …): the
    /// characters are shown, without their backslashes.
    static func unescape(_ text: String) -> String {
        guard ByteSearch.contains(0x5C, in: text) else { return text }
        var out = String.UnicodeScalarView()
        var escaped = false
        for s in text.unicodeScalars {
            if escaped {
                // Markdown escapes ASCII punctuation only; any other backslash is text.
                if !asciiPunctuation.contains(s) { out.append("\\") }
                out.append(s)
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else {
                out.append(s)
            }
        }
        if escaped { out.append("\\") }
        return String(out)
    }
}

extension StringProtocol {
    /// Without spaces, tabs and line breaks at either end.
    func trimmingCharacters() -> String { String(self).trimmingSpaces() }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
