/// The exact words of an essay a claim rests on, located in the essay's text.
public struct Quote: Sendable, Hashable {
    /// The words, as a slice of the essay's text when the quote was located in it (so a
    /// million quotes share their essays' storage instead of holding a copy each).
    var words: Substring
    /// Half-open range into the essay text, counted in Unicode scalars (stored in 32 bits).
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }
    private var storedStart: Int32
    private var storedEnd: Int32

    public var text: String {
        get { String(words) }
        set { words = Substring(newValue) }
    }

    public init(text: String, start: Int, end: Int) {
        words = Substring(text)
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    /// The quote at `bytes` (UTF-8 offsets on scalar boundaries) of `essayText`, which holds
    /// it from scalar `start` to `end`, sharing the text's storage.
    init(in essayText: String, bytes: Range<Int>, start: Int, end: Int) {
        let utf8 = essayText.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let to = utf8.index(from, offsetBy: bytes.count)
        // Through the scalar view: a quote may begin or end inside a grapheme cluster.
        words = Substring(essayText.unicodeScalars[from..<to])
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }
}
