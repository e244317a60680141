import Foundation

/// Prints diagnostics as compilers do: `file:line:column: error: message`, the source line,
/// a caret under the column, then any notes.
public struct DiagnosticPrinter: Sendable {
    let sources: [String: [UInt8]]
    /// Each file's line starts, found the first time a diagnostic quotes it.
    private let lines = LineCache()

    public init(sources: [String: [UInt8]]) { self.sources = sources }

    /// The line starts of the files quoted so far, behind a lock: the browser's problems view
    /// and a command may share a printer across threads.
    private final class LineCache: @unchecked Sendable {
        let lock = NSLock()
        var starts: [String: LineStarts] = [:]
    }

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

    /// One line of a source file, without its line break (at most its first 400 bytes).
    func sourceLine(_ file: String, _ number: Int) -> String? {
        guard let bytes = sources[file], number >= 1 else { return nil }
        lines.lock.lock()
        let starts = lines.starts[file] ?? LineStarts(bytes)
        lines.starts[file] = starts
        lines.lock.unlock()
        guard let range = starts.range(ofLine: number, in: bytes) else { return nil }
        return String(decoding: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 400)], as: UTF8.self)
    }
}
