/// Several Argdown documents in one file, as `ArgdownWriter` writes a whole corpus: each
/// starts with its own front matter between `===` lines. A file that starts with front matter
/// is split before every further `===` line that opens another; a file without front matter
/// is one document.
public enum ArgdownBundle {
    /// The documents of a file. Each part after the first is padded with the line breaks that
    /// stood before it, so its line numbers are the file's.
    public static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var starts: [Int] = []
        var lineStart = 0
        var inFrontMatter = false
        var sawFrontMatter = false
        var sawContent = false
        let n = bytes.count
        while lineStart < n {
            let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: lineStart) ?? n
            var k = lineStart
            if lineStart == 0, n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { k = 3 }
            var e = k
            while e < end, bytes[e] == UInt8(ascii: "=") { e += 1 }
            var rest = e
            while rest < end, bytes[rest] == 0x20 || bytes[rest] == 0x0D || bytes[rest] == 0x09 { rest += 1 }
            let isFence = e - k >= 3 && rest == end
            if isFence {
                if inFrontMatter {
                    inFrontMatter = false
                } else if !sawContent {
                    inFrontMatter = true
                    sawFrontMatter = true
                    sawContent = true
                } else if sawFrontMatter {
                    starts.append(lineStart)
                    inFrontMatter = true
                }
            } else if !inFrontMatter, bytes[k..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                sawContent = true
            }
            lineStart = end + 1
        }
        guard !starts.isEmpty else { return [bytes] }
        var parts: [[UInt8]] = []
        var previous = 0
        var linesBefore = 0
        for start in starts + [n] {
            var part = [UInt8](repeating: 0x0A, count: linesBefore)
            part.append(contentsOf: bytes[previous..<start])
            parts.append(part)
            linesBefore += bytes[previous..<start].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            previous = start
        }
        return parts
    }
}
