import DebateMap

/// An essay's text wrapped to a width, each line knowing which characters of the text it
/// holds (as Unicode-scalar offsets, like quotes and furniture), so the reader can mark
/// quoted passages and dim furniture cell by cell. Markdown markup is left out of the lines
/// and the words it marks carry their emphasis (`MarkdownMarks`).
struct ReaderText: Sendable {
    /// A character as shown: the scalar offset where it starts in the text, and its emphasis.
    struct Cell: Sendable {
        var character: Character
        var offset: Int
        var emphasis: MarkdownMarks.Emphasis
    }

    struct Line: Sendable {
        var characters: [Cell]
        var start: Int
        var end: Int
    }

    let lines: [Line]
    /// Which essay, at which width: what the wrapping depends on.
    let essay: Int
    let width: Int

    init(corpus: Corpus, essay: Int, width: Int) {
        self.essay = essay
        self.width = width
        let text = corpus.essays[essay].text
        var lines: [Line] = []
        var offset = 0
        var current: [Cell] = []
        let marks = MarkdownMarks(text)
        var index = -1
        var used = 0
        var lastBreak: Int?   // index in `current` after the last space
        let limit = max(1, width)

        func flush(upTo count: Int) {
            let taken = Array(current[..<count])
            var trimmed = taken
            while let last = trimmed.last, last.character == " " { trimmed.removeLast() }
            let start = taken.first?.offset ?? offset
            let end = taken.last.map { $0.offset + $0.character.unicodeScalars.count } ?? offset
            lines.append(Line(characters: trimmed, start: start, end: end))
            current.removeFirst(count)
            used = current.reduce(0) { $0 + DisplayWidth.of($1.character) }
            lastBreak = nil
        }

        var justWrapped = false
        for ch in text {
            let scalars = ch.unicodeScalars.count
            defer { offset += scalars }
            index += 1
            let emphasis = marks[index]
            if emphasis.contains(.hidden) { continue }
            if ch == "\n" || ch == "\r\n" {
                flush(upTo: current.count)
                justWrapped = false
                continue
            }
            // Control and bidi characters show as visible placeholders, and a cluster a cell
            // cannot hold is spelled out, at the same offset.
            let cleaned = SafeText.forScreen(String(ch))
            for shown in cleaned == String(ch) ? [ch] : Array(cleaned) {
                if shown == " " && justWrapped { continue }
                let w = DisplayWidth.of(shown)
                if used + w > limit {
                    if let b = lastBreak, b > 0 { flush(upTo: b) } else { flush(upTo: current.count) }
                    // A wrapped line does not start with the spaces it was broken at.
                    while let first = current.first, first.character == " " { current.removeFirst(); used -= 1 }
                    justWrapped = current.isEmpty
                    if shown == " " && current.isEmpty { continue }
                }
                current.append(Cell(character: shown, offset: offset, emphasis: emphasis))
                used += w
                if shown == " " { lastBreak = current.count } else { justWrapped = false }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush(upTo: current.count) }
        self.lines = lines
    }

    /// The line that holds the text at a scalar offset: the last that starts at or before it
    /// (lines start in the order of the text, a blank line where its line break is).
    func line(at offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}
