/// A place in a source file: 1-based line and column (columns count Unicode scalars).
///
/// Every claim, relation and inline-data entry carries one, so it is 12 bytes and holds no
/// reference: the file is a number in `SourceFiles` (making a location retained the file's
/// name, five times a statement), line and column 32 bits each.
public struct SourceLocation: Sendable, Hashable, Comparable {
    private var fileNumber: UInt32
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The file's path as it was given.
    public var file: String {
        get { SourceFiles.name(fileNumber) }
        set { fileNumber = SourceFiles.number(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: SourceFiles.number(file), line: line, column: column)
    }

    /// A location in the file `SourceFiles` numbered so (readers that make many locations
    /// look their file up once).
    init(fileNumber: UInt32, line: Int, column: Int) {
        self.fileNumber = fileNumber
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// Another place in the same file, its number copied rather than its name looked up.
    func inSameFile(line: Int, column: Int) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: line, column: column)
    }

    /// The place of a byte offset in a file's bytes, found by counting from the top (for a
    /// diagnostic, so rare): lines by their ends (LF, CRLF or a CR alone, as `LineStarts`
    /// counts them), columns by Unicode scalars.
    public init(ofByte offset: Int, in bytes: [UInt8], file: String) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1, start = 0
        for k in 0..<end where bytes[k] == 0x0A || (bytes[k] == 0x0D && (k + 1 == bytes.count || bytes[k + 1] != 0x0A)) {
            line += 1
            start = k + 1
        }
        let column = 1 + bytes.withUnsafeBufferPointer { ScalarCount.scalars(in: $0, from: start, to: end) }
        self.init(file: file, line: line, column: column)
    }

    /// By file name, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.fileNumber != b.fileNumber, a.file != b.file { return a.file < b.file }
        return (a.line, a.column) < (b.line, b.column)
    }

    /// "file:line:column"
    public var description: String { "\(file):\(line):\(column)" }
}
