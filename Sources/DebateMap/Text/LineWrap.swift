/// Greedy line wrapping by display cells (`DisplayWidth`), breaking where a line may break
/// in every script: at spaces (any width of space; not at no-break spaces), and before and
/// after the characters of scripts written without spaces between words (Chinese and
/// Japanese ideographs, kana, full-width forms), a closing mark staying with what it
/// closes. A grapheme cluster is never cut. The screen and the text reports wrap with it.
public enum LineWrap {
    /// The lines of one paragraph (no line breaks in it): the first at most `first` cells,
    /// the others `width`. A piece longer than a whole line is broken between clusters when
    /// `breakLongWords`, else it overflows its line alone.
    public static func lines(_ paragraph: Substring, first: Int, width: Int, breakLongWords: Bool = true) -> [String] {
        lines(paragraph, first: first, width: width, breakLongWords: breakLongWords, measure: DisplayWidth.of)
    }

    /// `lines`, with what measures a piece given (a test counts the text it is asked about:
    /// each piece is measured once, so wrapping is linear even in a word of a million letters,
    /// which was measured again after every line cut from it).
    static func lines(_ paragraph: Substring, first: Int, width: Int, breakLongWords: Bool, measure: (Substring) -> Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var limit = max(1, first)
        func newLine() {
            lines.append(line)
            line = ""
            used = 0
            limit = max(1, width)
        }
        for piece in pieces(paragraph) {
            var text = piece.text
            var textWidth = measure(text)
            let gap = piece.spaced ? 1 : 0
            if used > 0 && used + gap + textWidth > limit { newLine() }
            while breakLongWords, textWidth > limit - used - (used > 0 ? gap : 0) {
                // Too long for what is left of any line: as much as fits, then the rest.
                let room = limit - used - (used > 0 ? gap : 0)
                var end = text.startIndex, headWidth = 0
                while end < text.endIndex, headWidth + DisplayWidth.of(text[end]) <= room {
                    headWidth += DisplayWidth.of(text[end])
                    end = text.index(after: end)
                }
                if end == text.startIndex {
                    if used > 0 { newLine(); continue }
                    headWidth = DisplayWidth.of(text[end])
                    end = text.index(after: end)   // one cluster wider than a line goes alone
                }
                line += (used > 0 && piece.spaced ? " " : "") + text[..<end]
                newLine()
                text = text[end...]
                textWidth -= headWidth
            }
            if text.isEmpty { continue }
            line += (used > 0 && piece.spaced ? " " : "") + text
            used += (used > 0 && piece.spaced ? 1 : 0) + textWidth
        }
        lines.append(line)
        return lines
    }

    /// A piece of a paragraph between two places a line may break; `spaced` when a space
    /// separated it from the piece before (written back when both share a line).
    public struct Piece: Equatable {
        public var text: Substring
        public var spaced: Bool
    }

    /// The pieces of a paragraph, in order.
    public static func pieces(_ paragraph: Substring) -> [Piece] {
        var out: [Piece] = []
        var start: Substring.Index?
        var spaced = false
        var index = paragraph.startIndex
        var previousBreaksAfter = false
        func close(at end: Substring.Index) {
            if let s = start, s < end { out.append(Piece(text: paragraph[s..<end], spaced: spaced)); spaced = false }
            start = nil
        }
        while index < paragraph.endIndex {
            let ch = paragraph[index]
            if isBreakingSpace(ch) {
                close(at: index)
                spaced = !out.isEmpty
                previousBreaksAfter = false
            } else {
                let open = opensBreak(ch)
                if start != nil, (open && !closes(ch)) || (previousBreaksAfter && !closes(ch)) { close(at: index) }
                if start == nil { start = index }
                previousBreaksAfter = open
            }
            index = paragraph.index(after: index)
        }
        close(at: paragraph.endIndex)
        return out
    }

    /// White space a line may break at (not the no-break spaces).
    static func isBreakingSpace(_ ch: Character) -> Bool {
        guard ch.isWhitespace, let s = ch.unicodeScalars.first else { return false }
        return s.value != 0xA0 && s.value != 0x202F && s.value != 0x2007 && s.value != 0x2060
    }

    /// A character of a script written without spaces between words: a line may break
    /// before and after it.
    static func opensBreak(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        switch v {
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x3040...0x30FF, 0x3100...0x312F,
             0x31A0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Punctuation that closes what comes before it (。、」) : no line starts with it.
    static func closes(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first else { return false }
        switch s.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        case .otherPunctuation: return true
        default: return false
        }
    }
}
