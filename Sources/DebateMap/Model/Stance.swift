/// An essay's answer to a topic's question.
public enum Stance: String, Sendable, CaseIterable, Codable {
    case `for`, against, mixed, silent

    /// The stance written out for people, e.g. "AGAINST".
    public var label: String { rawValue.uppercased() }
}
