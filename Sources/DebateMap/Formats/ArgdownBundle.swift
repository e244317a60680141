/// Several Argdown documents in one file, as `ArgdownWriter` writes a whole corpus: each
/// starts with its own front matter between `===` lines. A file that starts with front matter
/// is split before every further `===` line that opens another; a file without front matter
/// is one document.
public enum ArgdownBundle {
    /// One document of a file: its bytes, and the file's line they start on.
    public struct Part: Sendable {
        public var bytes: [UInt8]
        public var firstLine: Int
    }

    /// The documents of a file, each with the line it starts on (so its diagnostics give the
    /// file's line numbers). Linear in the file, whatever the number of documents.
    public static func split(_ bytes: [UInt8]) -> [Part] {
        let n = bytes.count
        func lineEnd(from k: Int) -> Int { ByteSearch.firstIndex(of: 0x0A, in: bytes, from: k) ?? n }
        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0D || c == 0x09 }
        // A fence: three or more `=` from `k`, then nothing but spaces to the line's end.
        func isFence(_ k: Int, _ end: Int) -> Bool {
            var e = k
            while e < end, bytes[e] == UInt8(ascii: "=") { e += 1 }
            var rest = e
            while rest < end, isBlank(bytes[rest]) { rest += 1 }
            return e - k >= 3 && rest == end
        }
        // Blank lines, then the front matter's fence; a file whose first words are not one is
        // a single document, whatever fences follow.
        var lineStart = 0
        while true {
            guard lineStart < n else { return [Part(bytes: bytes, firstLine: 1)] }
            let end = lineEnd(from: lineStart)
            let k = lineStart == 0 && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : lineStart
            lineStart = end + 1
            if isFence(k, end) { break }
            if bytes[k..<end].contains(where: { !isBlank($0) }) { return [Part(bytes: bytes, firstLine: 1)] }
        }
        // Then only fences matter, each closing the open front matter or opening the next
        // document's: found by their `=` (rare in text), not line by line.
        var starts: [Int] = []
        var inFrontMatter = true
        var from = lineStart
        while from < n, let equals = ByteSearch.firstIndex(of: UInt8(ascii: "="), in: bytes, from: from) {
            let end = lineEnd(from: equals)
            if bytes[equals - 1] == 0x0A, isFence(equals, end) {
                if !inFrontMatter { starts.append(equals) }
                inFrontMatter.toggle()
            }
            from = end + 1  // a fence starts its line: the rest of this one holds none
        }
        guard !starts.isEmpty else { return [Part(bytes: bytes, firstLine: 1)] }
        var parts: [Part] = []
        var previous = 0
        var linesBefore = 0
        for start in starts + [n] {
            parts.append(Part(bytes: Array(bytes[previous..<start]), firstLine: linesBefore + 1))
            linesBefore += bytes[previous..<start].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            previous = start
        }
        return parts
    }
}
