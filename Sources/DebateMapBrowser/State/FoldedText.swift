import DebateMap

/// A text folded for matching as the tree's search folds (`TextFold`: case and accents
/// ignored, composed or decomposed alike), each folded byte knowing the character it came
/// from, so that a match found in the folded bytes is a range of the text in Unicode-scalar
/// offsets (as quotes are).
struct FoldedText: Sendable {
    private var bytes: [UInt8] = []
    /// For each folded byte, the scalar offset where its character starts and ends.
    private var starts: [Int32] = []
    private var ends: [Int32] = []

    init(_ text: String) {
        var folder = TextFold.Folder()
        var offset: Int32 = 0
        for ch in text {
            let before = bytes.count
            folder.append(String(ch), to: &bytes)
            let end = offset + Int32(ch.unicodeScalars.count)
            let added = bytes.count - before
            starts.append(contentsOf: repeatElement(offset, count: added))
            ends.append(contentsOf: repeatElement(end, count: added))
            offset = end
        }
    }

    /// Where the query occurs in the text, in order, not overlapping; none for an empty query.
    func ranges(of query: String) -> [Range<Int>] {
        let q = TextFold.foldedBytes(query)
        guard let first = q.first, q.count <= bytes.count else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        let last = bytes.count - q.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + q.count)].elementsEqual(q) {
                found.append(Int(starts[i])..<Int(ends[i + q.count - 1]))
                i += q.count
            } else {
                i += 1
            }
        }
        return found
    }
}
