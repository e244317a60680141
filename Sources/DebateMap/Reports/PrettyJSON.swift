/// JSON written as `JSONShapes.encode` writes it (Foundation's `JSONEncoder` with sorted keys,
/// pretty-printed, slashes as they are, then terminal controls escaped), byte for byte, but
/// straight into a buffer that is handed on as it fills (`drain`), instead of through the
/// encoder's tree of values: the export of a whole corpus is as large as the corpus, and the
/// tree of a million claims took 47 s and over 2 GB. The caller writes keys in sorted order;
/// `JSONExportTests` holds the result to `JSONShapes.encode` on real corpora.
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// Per open object or array: whether it has no member yet.
    private var empty: [Bool] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// A member of the object being written: `"key" : ` on its own line, then its value.
    mutating func key(_ key: String) {
        member()
        string(key)
        bytes.append(contentsOf: " : ".utf8)
    }

    /// An element of the array being written, on its own line.
    mutating func element() { member() }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: PrettyJSON.escaped(s).utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }
    mutating func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// Hands what is written so far to `emit` once it is over `limit` bytes, and starts
    /// again with an empty buffer: a writer that streams keeps at most about `limit` bytes.
    /// False when `emit` says the output failed.
    mutating func drain(over limit: Int, _ emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        guard bytes.count > limit else { return true }
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes.withUnsafeBytes(emit)
    }

    /// The final newline `JSONShapes.encode` ends with, and the rest handed to `emit`.
    mutating func finish(_ emit: (UnsafeRawBufferPointer) -> Bool) {
        bytes.append(UInt8(ascii: "\n"))
        _ = drain(over: -1, emit)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        empty.append(true)
    }

    /// An empty container is its brackets around a blank line, as Foundation writes it.
    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = empty.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        if wasEmpty { bytes.append(UInt8(ascii: "\n")) }
        indent(empty.count)
        bytes.append(bracket)
    }

    private mutating func member() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(UInt8(ascii: "\n"))
        indent(empty.count)
    }

    private mutating func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// A string's contents as JSON writes them: the quote, the backslash and the C0 controls
    /// escaped as JSONEncoder escapes them, and DEL, the C1 controls and the bidi controls as
    /// `\uXXXX` as `JSONShapes.escapingTerminalControls` does.
    static func escaped(_ s: String) -> String {
        ByteRewrite.rewrite(s) { b, i in
            switch b[i] {
            case UInt8(ascii: "\""): return ("\\\"", 1)
            case UInt8(ascii: "\\"): return ("\\\\", 1)
            case 0x08: return ("\\b", 1)
            case 0x0C: return ("\\f", 1)
            case 0x0A: return ("\\n", 1)
            case 0x0D: return ("\\r", 1)
            case 0x09: return ("\\t", 1)
            default: return SafeText.unsafeScalar(in: b, at: i).map { (unicodeEscape($0.scalar), $0.length) }
            }
        }
    }

    /// `\uXXXX`, in lower case as JSONEncoder writes it.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
