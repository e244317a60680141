/// How one cell of the screen is drawn: a colour (that only adds to the words) and attributes.
public struct CellStyle: Sendable, Hashable {
    /// Foreground colours the browser uses; `.plain` is the terminal's default.
    public enum Color: UInt8, Sendable, Hashable, CaseIterable {
        case plain, red, green, yellow, blue, magenta, cyan
    }

    /// How the text is drawn, in every terminal, with or without colour.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let dim = Attributes(rawValue: 2)
        public static let reverse = Attributes(rawValue: 4)
        public static let underline = Attributes(rawValue: 8)
        /// Italic where the terminal has it (the reader's `*emphasis*`); elsewhere plain.
        public static let italic = Attributes(rawValue: 16)
    }

    public var color: Color
    public var attributes: Attributes

    public init(color: Color = .plain, attributes: Attributes = []) {
        self.color = color
        self.attributes = attributes
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(attributes: .bold)
    public static let dim = CellStyle(attributes: .dim)
    public static let reverse = CellStyle(attributes: .reverse)
}
