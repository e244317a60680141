/// How one claim bears on another.
public enum RelationKind: String, Sendable, CaseIterable, Codable {
    /// `from` gives a reason for `to`.
    case supports
    /// `from` is a reason against `to`.
    case attacks
    /// `from` and `to` cannot both hold (symmetric).
    case contradicts

    /// Whether the two claims oppose each other.
    public var isOpposing: Bool { self != .supports }
}
