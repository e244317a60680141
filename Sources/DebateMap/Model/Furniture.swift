/// A range of an essay's text that is not the author's argument (page furniture, link markup).
public struct Furniture: Sendable, Hashable {
    /// Half-open range counted in Unicode scalars.
    public var start: Int
    public var end: Int
    /// What it is, e.g. "photo caption".
    public var what: String

    public init(start: Int, end: Int, what: String) {
        self.start = start
        self.end = end
        self.what = what
    }

    public func overlaps(_ start: Int, _ end: Int) -> Bool { start < self.end && self.start < end }
}
