/// Prints diagnostics as compilers do: `file:line:column: error: message`, the source line,
/// a caret under the column, then any notes.
public struct DiagnosticPrinter {
    let sources: [String: [UInt8]]

    public init(sources: [String: [UInt8]]) { self.sources = sources }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.headline
        if let loc = diagnostic.location, let line = sourceLine(loc.file, loc.line) {
            let shown = SafeText.clean(line)
            out += "\n" + shown + "\n"
            var prefixScalars = String.UnicodeScalarView()
            prefixScalars.append(contentsOf: line.unicodeScalars.prefix(max(0, loc.column - 1)))
            let prefix = String(prefixScalars)
            out += String(repeating: " ", count: DisplayWidth.of(SafeText.clean(prefix))) + "^"
        }
        for note in diagnostic.notes { out += "\nnote: " + SafeText.clean(note) }
        return out
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
