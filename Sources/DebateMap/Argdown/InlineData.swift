/// A YAML flow mapping written inline in Argdown: `{quote: "…", stance: for}`.
public struct InlineData: Sendable, Hashable {
    /// A value of the mapping: a string (plain or quoted), a list, a nested mapping, or nothing.
    public enum Value: Sendable, Hashable {
        case string(String)
        case list([Value])
        indirect case map(InlineData)
        case null

        public var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
    }

    public var entries: [(key: String, value: Value)]
    /// Where each entry's value starts, parallel to `entries`.
    public var valueLocations: [SourceLocation]
    /// Where the opening brace is.
    public var location: SourceLocation

    public init(entries: [(key: String, value: Value)], valueLocations: [SourceLocation]? = nil, location: SourceLocation) {
        self.entries = entries
        self.valueLocations = valueLocations ?? Array(repeating: location, count: entries.count)
        self.location = location
    }

    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }

    /// Where the value of `key` is written (the brace when the key is absent).
    public func location(of key: String) -> SourceLocation {
        entries.firstIndex { $0.key == key }.map { valueLocations[$0] } ?? location
    }

    public static func == (a: InlineData, b: InlineData) -> Bool {
        a.location == b.location && a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into h: inout Hasher) {
        h.combine(location)
        for e in entries { h.combine(e.key); h.combine(e.value) }
    }
}
