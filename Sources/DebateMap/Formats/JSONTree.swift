/// A JSON document read with the line and column of every value, so that diagnostics about
/// AIF files can point at the offending value (`file.json:12:7: error: $.edges[3].toID: …`).
/// Strict JSON (RFC 8259); nesting deeper than `maximumDepth` is refused.
struct JSONTree {
    indirect enum Value {
        case object([(key: String, value: JSONTree)])
        case array([JSONTree])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    static let maximumDepth = 256

    subscript(key: String) -> JSONTree? {
        if case .object(let entries) = value { return entries.first { $0.key == key }?.value }
        return nil
    }

    var array: [JSONTree]? { if case .array(let a) = value { return a } else { return nil } }
    var isObject: Bool { if case .object = value { return true } else { return false } }

    /// A string, or a number written as text (AIF ids come as both).
    var text: String? {
        switch value {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    struct ParseError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    static func parse(_ bytes: [UInt8]) throws -> JSONTree {
        var lenient: [ParseError] = []
        return try parse(bytes, lenient: &lenient)
    }

    /// Parses, and says in `lenient` where the file breaks a rule of JSON that is read anyway:
    /// the first raw control character inside a string (RFC 8259 wants it escaped), with how
    /// many there are.
    static func parse(_ bytes: [UInt8], lenient: inout [ParseError]) throws -> JSONTree {
        var p = Parser(b: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { p.i = 3; p.lineStart = 3 }
        p.skipSpace()
        let tree = try p.value(depth: 0)
        p.skipSpace()
        if p.i < bytes.count { throw p.fail("text after the JSON value") }
        if var first = p.firstRawControl {
            let more = p.rawControls - 1
            first.message += more > 0 ? " (and \(more) more)" : ""
            lenient.append(first)
        }
        return tree
    }

    struct Parser {
        let b: [UInt8]
        var i = 0
        var line = 1
        var lineStart = 0

        /// The continuation bytes counted so far on the current line, up to `countedTo`: values
        /// come in order, so each column is counted on from the last one. Counting from the
        /// start of the line every time made a file on one long line (as most JSON writers
        /// write it) quadratic: 20,000 AIF nodes took minutes.
        var countedTo = 0
        var continuations = 0

        var column: Int {
            let continuation = b.withUnsafeBufferPointer { ScalarCount.continuationBytes(in: $0, from: lineStart, to: min(i, b.count)) }
            return i - lineStart - continuation + 1
        }

        /// `column`, counted on from the last value's.
        mutating func nextColumn() -> Int {
            let end = min(i, b.count)
            if countedTo < lineStart || countedTo > end { countedTo = lineStart; continuations = 0 }
            continuations += b.withUnsafeBufferPointer { ScalarCount.continuationBytes(in: $0, from: countedTo, to: end) }
            countedTo = end
            return i - lineStart - continuations + 1
        }

        func fail(_ message: String) -> ParseError { ParseError(message: message, line: line, column: column) }

        /// Raw control characters met inside strings, and where the first was.
        var rawControls = 0
        var firstRawControl: ParseError?

        mutating func skipSpace() {
            while i < b.count {
                switch b[i] {
                case 0x20, 0x09: i += 1
                // LF, CRLF or a CR alone ends a line, as every reader counts lines.
                case 0x0D where i + 1 < b.count && b[i + 1] == 0x0A: i += 1
                case 0x0A, 0x0D: i += 1; line += 1; lineStart = i
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws -> JSONTree {
            guard depth < JSONTree.maximumDepth else { throw fail("JSON nested deeper than \(JSONTree.maximumDepth) levels") }
            guard i < b.count else { throw fail("the JSON ends where a value should be") }
            let (l, c) = (line, nextColumn())
            func node(_ v: Value) -> JSONTree { JSONTree(value: v, line: l, column: c) }
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                var entries: [(key: String, value: JSONTree)] = []
                skipSpace()
                if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return node(.object(entries)) }
                while true {
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                    let key = try string()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected `:` after the key") }
                    i += 1
                    skipSpace()
                    entries.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    guard i < b.count else { throw fail("the object is never closed") }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "}") { i += 1; return node(.object(entries)) }
                    throw fail("expected `,` or `}`")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [JSONTree] = []
                skipSpace()
                if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < b.count else { throw fail("the array is never closed") }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
                    throw fail("expected `,` or `]`")
                }
            case UInt8(ascii: "\""):
                return node(.string(try string()))
            case UInt8(ascii: "t") where word("true"): i += 4; return node(.bool(true))
            case UInt8(ascii: "f") where word("false"): i += 5; return node(.bool(false))
            case UInt8(ascii: "n") where word("null"): i += 4; return node(.null)
            case UInt8(ascii: "-"), 0x30...0x39:
                let start = i
                i += 1
                while i < b.count, (0x30...0x39).contains(b[i]) || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                return node(.number(String(decoding: b[start..<i], as: UTF8.self)))
            default:
                throw fail("unexpected `\(String(decoding: [b[i]], as: UTF8.self))`")
            }
        }

        func word(_ w: StaticString) -> Bool {
            let count = w.utf8CodeUnitCount
            guard i + count <= b.count else { return false }
            for k in 0..<count where b[i + k] != w.utf8Start[k] { return false }
            return true
        }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
                if c == UInt8(ascii: "\\") {
                    i += 1
                    guard i < b.count else { break }
                    let e = b[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar), word("\\u") {
                            let save = i
                            i += 2
                            let low = try hex4()
                            if (0xDC00..<0xE000).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                // A high surrogate with no low one after it (fuzz-aif): it
                                // stays lone (U+FFFD), and the next escape is read on its own.
                                i = save
                            }
                        }
                        out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                    default: throw fail("unknown escape in a string")
                    }
                    continue
                }
                if c < 0x20 {
                    rawControls += 1
                    if firstRawControl == nil {
                        let hex = String(c, radix: 16, uppercase: true)
                        firstRawControl = fail("a raw control character (U+\(String(repeating: "0", count: 4 - hex.count) + hex)) inside a string: JSON wants it escaped (RFC 8259); read as written")
                    }
                }
                out.append(c)
                i += 1
            }
            throw fail("the string is never closed")
        }

        mutating func hex4() throws -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard i < b.count, let h = InlineDataParser.hexValue(b[i]) else { throw fail("expected 4 hex digits after `\\u`") }
                v = v << 4 | h
                i += 1
            }
            return v
        }
    }
}
