/// Reads an inline YAML flow mapping `{key: value, …}` at the parser's cursor: plain,
/// double-quoted and single-quoted scalars, nested `[…]` and `{…}`, across lines.
/// On an error it reports it, skips past the closing brace if there is one on the line,
/// and returns nil.
enum InlineDataParser {
    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 64
    /// Where a double-quoted string's run of plain bytes ends.
    static let quotedStops = ByteSet(ascii: "\"\\\n")

    static func parse(_ p: inout ArgdownParser) -> InlineData? {
        let start = p.here
        do {
            return try parseMap(&p, location: start, depth: 0)
        } catch let failure as Failure {
            p.error(failure.message, at: failure.location)
            // Resynchronise: skip to the end of the line.
            p.skipToLineEnd()
            return nil
        } catch {
            return nil
        }
    }

    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    static func fail(_ p: inout ArgdownParser, _ message: String) -> Failure { Failure(message: message, location: p.here) }

    /// Skips spaces, tabs and line breaks (a flow collection may span lines).
    static func skipWhitespace(_ p: inout ArgdownParser) {
        while p.i < p.n {
            let c = p.b[p.i]
            if c == 0x20 || c == 0x09 || c == 0x0D { p.i += 1 } else if c == 0x0A { p.consumeNewline() } else { return }
        }
    }

    static func parseMap(_ p: inout ArgdownParser, location: SourceLocation, depth: Int) throws -> InlineData {
        guard depth < maximumDepth else { throw Failure(message: "data nested deeper than \(maximumDepth) levels", location: location) }
        p.i += 1  // {
        var entries: [InlineData.Entry] = []
        entries.reserveCapacity(4)  // grown from empty, a position's four keys took three
        while true {
            skipWhitespace(&p)
            guard p.i < p.n else { throw Failure(message: "`{` is never closed", location: location) }
            if p.b[p.i] == UInt8(ascii: "}") {
                p.i += 1
                return InlineData(entries: entries, location: location)
            }
            let keyLocation = p.here
            let key = try parseScalar(&p, inFlowKey: true)
            if key.isEmpty { throw Failure(message: "expected a key before `:`", location: keyLocation) }
            skipWhitespace(&p)
            var value = InlineData.Value.null
            var valueLocation = keyLocation
            if p.i < p.n, p.b[p.i] == UInt8(ascii: ":") {
                p.i += 1
                skipWhitespace(&p)
                valueLocation = p.here
                value = try parseValue(&p, depth: depth + 1)
                skipWhitespace(&p)
            }
            if entries.contains(where: { $0.key == key }) {
                throw Failure(message: "the key `\(key)` is given twice", location: keyLocation)
            }
            entries.append(InlineData.Entry(key: key, value: value, location: valueLocation))
            guard p.i < p.n else { throw Failure(message: "`{` is never closed", location: location) }
            if p.b[p.i] == UInt8(ascii: ",") { p.i += 1; continue }
            if p.b[p.i] == UInt8(ascii: "}") { continue }
            throw fail(&p, "expected `,` or `}` in the data")
        }
    }

    static func parseValue(_ p: inout ArgdownParser, depth: Int) throws -> InlineData.Value {
        guard depth < maximumDepth else { throw fail(&p, "data nested deeper than \(maximumDepth) levels") }
        guard p.i < p.n else { throw fail(&p, "expected a value") }
        switch p.b[p.i] {
        case UInt8(ascii: "{"):
            return .map(try parseMap(&p, location: p.here, depth: depth + 1))
        case UInt8(ascii: "["):
            let location = p.here
            p.i += 1
            var items: [InlineData.Value] = []
            while true {
                skipWhitespace(&p)
                guard p.i < p.n else { throw Failure(message: "`[` is never closed", location: location) }
                if p.b[p.i] == UInt8(ascii: "]") { p.i += 1; return .list(items) }
                items.append(try parseValue(&p, depth: depth + 1))
                skipWhitespace(&p)
                guard p.i < p.n else { throw Failure(message: "`[` is never closed", location: location) }
                if p.b[p.i] == UInt8(ascii: ",") { p.i += 1; continue }
                if p.b[p.i] != UInt8(ascii: "]") { throw fail(&p, "expected `,` or `]` in the list") }
            }
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"):
            return .null
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            // Quoted, it is a string whatever it says (`"null"` too), and not compared.
            return .string(try parseScalar(&p, inFlowKey: false))
        default:
            let s = try parseScalar(&p, inFlowKey: false)
            return s == "~" || s == "null" ? .null : .string(s)
        }
    }

    /// A quoted or plain scalar. Plain ones end at `,` `}` `]` (and `:` followed by a space in keys).
    static func parseScalar(_ p: inout ArgdownParser, inFlowKey: Bool) throws -> String {
        guard p.i < p.n else { throw fail(&p, "expected a value") }
        let c = p.b[p.i]
        if c == UInt8(ascii: "\"") { return try parseDoubleQuoted(&p) }
        if c == UInt8(ascii: "'") { return try parseSingleQuoted(&p) }
        // Most plain scalars (every key, `topic: asylum`) end on their line: made straight
        // from the file's bytes, without gathering them first.
        let start = p.i
        while p.i < p.n, p.b[p.i] != 0x0A, !endsPlainScalar(p, inFlowKey: inFlowKey) { p.i += 1 }
        if p.i >= p.n || p.b[p.i] != 0x0A { return p.trimmedWord(start, p.i) }
        var bytes = Array(p.b[start..<p.i])
        while p.i < p.n {
            if endsPlainScalar(p, inFlowKey: inFlowKey) { break }
            let d = p.b[p.i]
            if d == 0x0A { p.consumeNewline(); bytes.append(0x20); continue }
            bytes.append(d)
            p.i += 1
        }
        return ArgdownParser.trimmedText(bytes[...])
    }

    /// Whether the byte at the cursor ends a plain scalar: `,` `}` `]` `{` `[`, or a `:`
    /// (in a key) or a `:` followed by a space or the end of the entry (in a value).
    static func endsPlainScalar(_ p: ArgdownParser, inFlowKey: Bool) -> Bool {
        let d = p.b[p.i]
        if d == UInt8(ascii: ",") || d == UInt8(ascii: "}") || d == UInt8(ascii: "]") || d == UInt8(ascii: "{") || d == UInt8(ascii: "[") { return true }
        if d == UInt8(ascii: ":") {
            let next = p.peek(1)
            return inFlowKey || next == 0x20 || next == 0x0A || next == 0x09 || next == UInt8(ascii: ",") || next == UInt8(ascii: "}")
        }
        return false
    }

    static func parseSingleQuoted(_ p: inout ArgdownParser) throws -> String {
        let location = p.here
        p.i += 1
        var bytes: [UInt8] = []
        while p.i < p.n {
            let d = p.b[p.i]
            if d == UInt8(ascii: "'") {
                if p.peek(1) == UInt8(ascii: "'") { bytes.append(d); p.i += 2; continue }
                p.i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            if d == 0x0A { p.consumeNewline(); bytes.append(0x20); continue }
            bytes.append(d)
            p.i += 1
        }
        throw Failure(message: "the quoted string is never closed", location: location)
    }

    static func parseDoubleQuoted(_ p: inout ArgdownParser) throws -> String {
        let location = p.here
        p.i += 1
        // Most strings (a quote, a summary) have no escape and no line break: made straight
        // from the file's bytes.
        let k = p.firstOffset(from: p.i, in: quotedStops)
        if k < p.n, p.b[k] == UInt8(ascii: "\"") {
            defer { p.i = k + 1 }
            return p.string(p.i, k)
        }
        var bytes: [UInt8] = []
        while p.i < p.n {
            let d = p.b[p.i]
            if d == UInt8(ascii: "\"") {
                p.i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            if d == 0x0A { p.consumeNewline(); bytes.append(0x20); continue }
            if d == UInt8(ascii: "\\") {
                let escapeLocation = p.here
                p.i += 1
                guard p.i < p.n else { break }
                let e = p.b[p.i]
                p.i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: " "): bytes.append(e)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "0"): bytes.append(0x00)
                case UInt8(ascii: "a"): bytes.append(0x07)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "e"): bytes.append(0x1B)
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                    var value: UInt32 = 0
                    for _ in 0..<digits {
                        guard p.i < p.n, let h = hexValue(p.b[p.i]) else {
                            throw Failure(message: "expected \(digits) hex digits after `\\\(Character(Unicode.Scalar(e)))`", location: escapeLocation)
                        }
                        value = value << 4 | h
                        p.i += 1
                    }
                    guard let scalar = Unicode.Scalar(value) else {
                        throw Failure(message: "`\\\(Character(Unicode.Scalar(e)))` names no Unicode scalar", location: escapeLocation)
                    }
                    bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                case 0x0A:
                    p.line += 1
                    p.lineStart = p.i
                default:
                    throw Failure(message: "unknown escape `\\\(Character(Unicode.Scalar(e)))` in a quoted string", location: escapeLocation)
                }
                continue
            }
            // A run of ordinary bytes, copied at once.
            let k = p.firstOffset(from: p.i + 1, in: quotedStops)
            bytes.append(contentsOf: p.b[p.i..<k])
            p.i = k
        }
        throw Failure(message: "the quoted string is never closed", location: location)
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }
}
