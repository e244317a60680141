/// Prints diagnostics as compilers do: `file:line:column: error: message`, the source line,
/// a caret under the column, then any notes.
public struct DiagnosticPrinter: Sendable {
    let sources: [String: [UInt8]]

    public init(sources: [String: [UInt8]]) { self.sources = sources }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.headline
        if let (shown, caret) = excerpt(diagnostic) {
            out += "\n" + shown + "\n" + String(repeating: " ", count: caret) + "^"
        }
        for note in diagnostic.notes { out += "\nnote: " + SafeText.clean(note) }
        return out
    }

    /// The source line a diagnostic points into, as shown (`SafeText`), and the display
    /// column of its caret; nil without a location or a source to quote.
    public func excerpt(_ diagnostic: Diagnostic) -> (line: String, caret: Int)? {
        guard let loc = diagnostic.location, let line = sourceLine(loc.file, loc.line) else { return nil }
        var prefixScalars = String.UnicodeScalarView()
        prefixScalars.append(contentsOf: line.unicodeScalars.prefix(max(0, loc.column - 1)))
        return (SafeText.clean(line), DisplayWidth.of(SafeText.clean(String(prefixScalars))))
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// One line of a source file, without its line break.
    func sourceLine(_ file: String, _ number: Int) -> String? {
        guard let bytes = sources[file], number >= 1 else { return nil }
        var line = 1, start = 0
        var k = 0
        while k < bytes.count, line < number {
            if bytes[k] == 0x0A { line += 1; start = k + 1 }
            k += 1
        }
        guard line == number else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let limit = min(end, start + 400)
        return String(decoding: bytes[start..<limit], as: UTF8.self)
    }
}
