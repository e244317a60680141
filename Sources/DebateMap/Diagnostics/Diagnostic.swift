/// A problem found while reading or checking a corpus, with where it is.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Further lines printed under the caret, e.g. "closest passage: …".
    public var notes: [String]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// "file:line:column: error: message", the first line compilers print. File names and
    /// messages quote the corpus, so control characters show as placeholders (`SafeText`).
    public var headline: String {
        let place = location.map { $0.description + ": " } ?? ""
        return SafeText.clean("\(place)\(severity.rawValue): \(message)")
    }
}
