/// Which rules an Argdown file is read by.
///
/// An **essay map** keeps to `docs/format.md`: essay front matter (with a `text` key) and
/// position headings `# … {topic: …}`; its claims need quotes, and constructs beyond our subset
/// are reported. Any other Argdown file is **general** Argdown and is read as Argdown reads it:
/// arguments, premise–conclusion structures, undercuts, repeated definitions.
public enum ArgdownDialect: String, Sendable {
    case essayMap
    case general

    /// An essay map if the front matter has a `text` key or a heading carries `topic` data;
    /// general Argdown otherwise. A cheap scan of the lines, no parsing.
    public static func detect(_ bytes: [UInt8]) -> ArgdownDialect {
        var lineStart = 0
        var inFrontMatter = false
        var sawContent = false
        let n = bytes.count
        while lineStart < n {
            var end = lineStart
            while end < n, bytes[end] != 0x0A { end += 1 }
            var k = lineStart
            if !sawContent, k == 0, n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { k = 3 }
            let line = bytes[k..<end]
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
            let isFence = line.count >= 3 && line.allSatisfy { $0 == UInt8(ascii: "=") || $0 == 0x0D || $0 == 0x20 }
                && line.prefix(3).allSatisfy { $0 == UInt8(ascii: "=") }
            if isFence, !sawContent || inFrontMatter {
                inFrontMatter.toggle()
                sawContent = true
            } else if inFrontMatter {
                if line.starts(with: Array("text:".utf8)) || line.starts(with: Array("text :".utf8)) { return .essayMap }
            } else if !trimmed.isEmpty && trimmed.first != 0x0D {
                sawContent = true
                if trimmed.first == UInt8(ascii: "#"), let brace = trimmed.firstIndex(of: UInt8(ascii: "{")),
                   contains(bytes[brace..<end], "topic") {
                    return .essayMap
                }
            }
            lineStart = end + 1
        }
        return .general
    }

    private static func contains(_ slice: ArraySlice<UInt8>, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard slice.count >= w.count else { return false }
        var k = slice.startIndex
        while k + w.count <= slice.endIndex {
            if slice[k..<(k + w.count)].elementsEqual(w) { return true }
            k += 1
        }
        return false
    }
}
