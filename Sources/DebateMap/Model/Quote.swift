/// The exact words of an essay a claim rests on, located in the essay's text.
public struct Quote: Sendable {
    /// The text the words are a part of: the essay's text when the quote was located in it
    /// (so a million quotes share their essays' storage instead of holding a copy each), or
    /// the words alone.
    private var source: String
    // A million quotes are held at once: offsets in 32 bits, and the words as a byte range of
    // `source` rather than a `Substring`, which would store the same range again in 16 bytes.
    @Index32 private var byteStart: Int
    @Index32 private var byteEnd: Int
    /// Half-open range into the essay text, counted in Unicode scalars.
    @Index32 public var start: Int
    @Index32 public var end: Int

    /// How many bytes of UTF-8 the words take.
    var byteCount: Int { byteEnd - byteStart }

    /// The words, sharing the storage of the text they were found in.
    var words: Substring {
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: byteStart)
        let to = utf8.index(from, offsetBy: byteEnd - byteStart)
        // Through the scalar view: a quote may begin or end inside a grapheme cluster.
        return Substring(source.unicodeScalars[from..<to])
    }

    public var text: String {
        get { String(words) }
        set {
            source = newValue
            byteStart = 0
            byteEnd = newValue.utf8.count
        }
    }

    public init(text: String, start: Int, end: Int) {
        source = text
        byteStart = 0
        byteEnd = text.utf8.count
        self.start = start
        self.end = end
    }

    /// The quote at `bytes` (UTF-8 offsets on scalar boundaries) of `essayText`, which holds
    /// it from scalar `start` to `end`, sharing the text's storage.
    init(in essayText: String, bytes: Range<Int>, start: Int, end: Int) {
        source = essayText
        byteStart = bytes.lowerBound
        byteEnd = bytes.upperBound
        self.start = start
        self.end = end
    }
}

/// Two quotes are equal when their words and ranges are, wherever their storage lies.
extension Quote: Hashable {
    public static func == (a: Quote, b: Quote) -> Bool {
        a.start == b.start && a.end == b.end && a.words == b.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(start)
        hasher.combine(end)
    }
}
