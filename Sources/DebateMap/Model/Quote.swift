/// The exact words of an essay a claim rests on, located in the essay's text.
public struct Quote: Sendable {
    /// The text the words are a part of: the essay's text when the quote was located in it
    /// (so a million quotes share their essays' storage instead of holding a copy each), or
    /// the words alone.
    private var source: String
    // A million quotes are held at once: offsets in 32 bits, and the words as a byte range of
    // `source` rather than a `Substring`, which would store the same range again in 16 bytes.
    private var byteStart: Int32
    private var byteEnd: Int32
    private var storedStart: Int32
    private var storedEnd: Int32

    /// The words, sharing the storage of the text they were found in.
    var words: Substring {
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(byteStart))
        let to = utf8.index(from, offsetBy: Int(byteEnd - byteStart))
        // Through the scalar view: a quote may begin or end inside a grapheme cluster.
        return Substring(source.unicodeScalars[from..<to])
    }

    /// Half-open range into the essay text, counted in Unicode scalars (stored in 32 bits).
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    public var text: String {
        get { String(words) }
        set {
            source = newValue
            byteStart = 0
            byteEnd = Int32(newValue.utf8.count)
        }
    }

    public init(text: String, start: Int, end: Int) {
        source = text
        byteStart = 0
        byteEnd = Int32(text.utf8.count)
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    /// The quote at `bytes` (UTF-8 offsets on scalar boundaries) of `essayText`, which holds
    /// it from scalar `start` to `end`, sharing the text's storage.
    init(in essayText: String, bytes: Range<Int>, start: Int, end: Int) {
        source = essayText
        byteStart = Int32(bytes.lowerBound)
        byteEnd = Int32(bytes.upperBound)
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }
}

/// Two quotes are equal when their words and ranges are, wherever their storage lies.
extension Quote: Hashable {
    public static func == (a: Quote, b: Quote) -> Bool {
        a.storedStart == b.storedStart && a.storedEnd == b.storedEnd && a.words == b.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(storedStart)
        hasher.combine(storedEnd)
    }
}
