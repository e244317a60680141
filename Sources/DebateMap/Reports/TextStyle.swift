/// Styles text for a terminal with ANSI SGR codes, or leaves it plain (pipes, `NO_COLOR`).
/// Stance colours only add to the written stance: the words are always there.
public struct TextStyle: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    public static let plain = TextStyle(color: false)

    func sgr(_ code: String, _ text: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func bold(_ text: String) -> String { sgr("1", text) }
    public func dim(_ text: String) -> String { sgr("2", text) }

    /// The stance written out, coloured: FOR green, AGAINST red, MIXED yellow, SILENT dim.
    /// A position's label: its stance in colour, or `MAP` plain for an imported document on
    /// its own question (`Corpus.stanceLabel`).
    public func stance(of position: Int, in corpus: Corpus, padded: Int = 0) -> String {
        guard corpus.isOwnQuestion(position: position) else { return stance(corpus.positions[position].stance, padded: padded) }
        return "MAP".padding(toLength: max(padded, 3), withPad: " ", startingAt: 0)
    }

    public func stance(_ stance: Stance, padded: Int = 0) -> String {
        let label = stance.label.padding(toLength: max(padded, stance.label.count), withPad: " ", startingAt: 0)
        switch stance {
        case .for: return sgr("32", label)
        case .against: return sgr("31", label)
        case .mixed: return sgr("33", label)
        case .silent: return sgr("2", label)
        }
    }
}
