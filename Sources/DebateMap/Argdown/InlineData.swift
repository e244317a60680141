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

    /// One `key: value` of the mapping, with where its value is written.
    public struct Entry: Sendable {
        public var key: String
        public var value: Value
        /// Where the value starts (the key, when it has no value).
        public var location: SourceLocation

        public init(key: String, value: Value, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    /// The entries in the order written; their locations in the same array as their keys and
    /// values, not a second one (every claim's data block was two allocations).
    public var entries: [Entry]
    /// Where the opening brace is.
    public var location: SourceLocation

    public init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry of `key`, with its value and where it is written. The keys are compared in
    /// place: `first(where:)` copied every entry it passed, retaining and releasing its value
    /// (every claim's quote is looked up twice while loading).
    public func entry(_ key: String) -> Entry? {
        for i in entries.indices where entries[i].key == key { return entries[i] }
        return nil
    }

    public subscript(key: String) -> Value? { entry(key)?.value }

    /// Where the value of `key` is written (the brace when the key is absent).
    public func location(of key: String) -> SourceLocation {
        entry(key)?.location ?? location
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
