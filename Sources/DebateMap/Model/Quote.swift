/// The exact words of an essay a claim rests on, located in the essay's text.
public struct Quote: Sendable, Hashable {
    public var text: String
    /// Half-open range into the essay text, counted in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
