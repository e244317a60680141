/// A place in a source file: 1-based line and column (columns count Unicode scalars).
///
/// Every claim and relation carries one, so line and column are stored in 32 bits each
/// (24 bytes instead of 32); the file name is one String shared by all of a file's locations.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.file = file
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The place of a byte offset in a file's bytes, found by counting from the top (for a
    /// diagnostic, so rare): lines by newlines, columns by Unicode scalars.
    public init(ofByte offset: Int, in bytes: [UInt8], file: String) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1, start = 0
        for k in 0..<end where bytes[k] == 0x0A { line += 1; start = k + 1 }
        let column = 1 + bytes.withUnsafeBufferPointer { ScalarCount.scalars(in: $0, from: start, to: end) }
        self.init(file: file, line: line, column: column)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// "file:line:column"
    public var description: String { "\(file):\(line):\(column)" }
}
