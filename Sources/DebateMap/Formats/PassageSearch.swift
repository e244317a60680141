/// Where a claim's words stand in the passage a map was made from (an AIF file's analysed
/// text): the words as written, else ignoring case and the claim's closing full stop (an
/// I-node often capitalises and ends what the speaker said in passing). The quote found is
/// the passage's own words, at its scalar offsets.
enum PassageSearch {
    static func find(_ words: String, in passage: String) -> Quote? {
        var needle = words.trimmingSpaces()
        while let last = needle.last, last == "." || last == "!" { needle.removeLast() }
        guard !needle.isEmpty else { return nil }
        let text = Array(passage.unicodeScalars)
        let want = Array(needle.unicodeScalars)
        guard want.count <= text.count else { return nil }
        for exact in [true, false] {
            var k = 0
            while k + want.count <= text.count {
                if matches(text, at: k, want, exact: exact) {
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: text[k..<(k + want.count)])
                    return Quote(text: String(scalars), start: k, end: k + want.count)
                }
                k += 1
            }
        }
        return nil
    }

    static func matches(_ text: [Unicode.Scalar], at k: Int, _ want: [Unicode.Scalar], exact: Bool) -> Bool {
        for j in want.indices {
            let a = text[k + j], b = want[j]
            if a == b { continue }
            if exact || a.properties.lowercaseMapping != b.properties.lowercaseMapping { return false }
        }
        return true
    }
}
