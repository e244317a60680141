/// How the reader shows the Markdown an essay is written in: `#` headings, `**bold**`,
/// `*italic*` and `_italic_`, `[link text](url)` and backslash escapes. The markup is
/// hidden and the words it marks are drawn bold, italic or as a link; the text itself is
/// not changed, so quotes still locate on its exact bytes. Text without Markdown gets no
/// marks at all.
struct MarkdownMarks: Sendable {
    /// What a character of the text is, as the reader draws it.
    struct Emphasis: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// Markup: not drawn.
        static let hidden = Emphasis(rawValue: 1)
        static let heading = Emphasis(rawValue: 2)
        static let bold = Emphasis(rawValue: 4)
        static let italic = Emphasis(rawValue: 8)
        static let link = Emphasis(rawValue: 16)
    }

    /// The emphasis of each character, by its index among the text's characters; empty
    /// when the text has no Markdown.
    private var marks: [Emphasis] = []

    /// The emphasis of the character at `index` (in the text's characters).
    subscript(index: Int) -> Emphasis { marks.indices.contains(index) ? marks[index] : [] }

    init(_ text: String) {
        let characters = Array(text)
        var marks = [Emphasis](repeating: [], count: characters.count)
        var lineStart = 0
        while lineStart < characters.count {
            var lineEnd = lineStart
            while lineEnd < characters.count, !characters[lineEnd].isNewline { lineEnd += 1 }
            MarkdownMarks.markLine(characters, lineStart..<lineEnd, &marks)
            lineStart = lineEnd + 1
        }
        if marks.contains(where: { !$0.isEmpty }) { self.marks = marks }
    }

    /// Marks one line: a heading's `#`s, then the inline markup.
    private static func markLine(_ c: [Character], _ line: Range<Int>, _ marks: inout [Emphasis]) {
        var start = line.lowerBound
        var hashes = 0
        while start + hashes < line.upperBound, c[start + hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), start + hashes < line.upperBound, c[start + hashes] == " " {
            var end = start + hashes
            while end < line.upperBound, c[end] == " " { end += 1 }
            for i in start..<end { marks[i].insert(.hidden) }
            for i in end..<line.upperBound { marks[i].insert(.heading) }
            start = end
        }
        markInline(c, start..<line.upperBound, &marks)
    }

    /// Marks escapes, emphasis and links in a stretch of one line. A delimiter is markup
    /// only when its closing one is on the same line; what it encloses is scanned too, so
    /// `[**a**](#)` is a bold link.
    private static func markInline(_ c: [Character], _ range: Range<Int>, _ marks: inout [Emphasis]) {
        var closers = Set<Int>()   // delimiters already taken as the end of a span
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard !closers.contains(i), !marks[i].contains(.hidden) else { continue }
            let ch = c[i]
            if ch == "\\", i + 1 < range.upperBound, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
                marks[i].insert(.hidden)
                i += 1   // the escaped character is literal
                continue
            }
            if ch == "*" || ch == "_" {
                let double = i + 1 < range.upperBound && c[i + 1] == ch
                let width = double ? 2 : 1
                guard let close = closing(of: ch, width: width, after: i, in: c, range, closers) else { continue }
                for k in i..<(i + width) { marks[k].insert(.hidden) }
                for k in close..<(close + width) { marks[k].insert(.hidden); closers.insert(k) }
                for k in (i + width)..<close { marks[k].insert(double ? .bold : .italic) }
                i += width - 1
                continue
            }
            if ch == "[", let (close, end) = link(after: i, in: c, range) {
                marks[i].insert(.hidden)
                for k in close...end { marks[k].insert(.hidden); closers.insert(k) }
                for k in (i + 1)..<close { marks[k].insert(.link) }
            }
        }
    }

    /// Where the delimiter opened at `open` closes on its line: a run of the same character,
    /// after some text, with no space just inside either end. `_` does not open or close
    /// inside a word (`snake_case`).
    private static func closing(of ch: Character, width: Int, after open: Int, in c: [Character], _ range: Range<Int>, _ closers: Set<Int>) -> Int? {
        let first = open + width
        guard first < range.upperBound, !c[first].isWhitespace else { return nil }
        if ch == "_", open > range.lowerBound, c[open - 1].isLetter || c[open - 1].isNumber { return nil }
        var k = first + 1
        while k + width <= range.upperBound {
            let run = (k..<(k + width)).allSatisfy { c[$0] == ch }
            let before = c[k - 1]
            let after = k + width < range.upperBound ? c[k + width] : " "
            if run, !before.isWhitespace, after != ch, !closers.contains(k) {
                if ch == "_", after.isLetter || after.isNumber { k += 1; continue }
                return k
            }
            k += 1
        }
        return nil
    }

    /// A link opened at `open`: the index of its `]` and of the `)` that ends its address.
    private static func link(after open: Int, in c: [Character], _ range: Range<Int>) -> (Int, Int)? {
        var k = open + 1
        var depth = 0
        while k < range.upperBound {
            if c[k] == "[" { depth += 1 }
            if c[k] == "]" {
                if depth == 0 { break }
                depth -= 1
            }
            k += 1
        }
        guard k < range.upperBound, k > open + 1, k + 1 < range.upperBound, c[k + 1] == "(" else { return nil }
        var end = k + 2
        while end < range.upperBound, c[end] != ")", !c[end].isWhitespace { end += 1 }
        guard end < range.upperBound, c[end] == ")" else { return nil }
        return (k, end)
    }
}
