import DebateMap

/// An essay's text wrapped to a width, each line knowing which characters of the text it
/// holds (as Unicode-scalar offsets, like quotes and furniture), so the reader can mark
/// quoted passages and dim furniture cell by cell.
struct ReaderText: Sendable {
    struct Line: Sendable {
        /// The characters and the scalar offset where each starts.
        var characters: [(Character, Int)]
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
        var current: [(Character, Int)] = []
        var used = 0
        var lastBreak: Int?   // index in `current` after the last space
        let limit = max(1, width)

        func flush(upTo count: Int) {
            let taken = Array(current[..<count])
            var trimmed = taken
            while let last = trimmed.last, last.0 == " " { trimmed.removeLast() }
            let start = taken.first?.1 ?? offset
            let end = taken.last.map { $0.1 + $0.0.unicodeScalars.count } ?? offset
            lines.append(Line(characters: trimmed, start: start, end: end))
            current.removeFirst(count)
            used = current.reduce(0) { $0 + DisplayWidth.of($1.0) }
            lastBreak = nil
        }

        var justWrapped = false
        for ch in text {
            let scalars = ch.unicodeScalars.count
            defer { offset += scalars }
            if ch == "\n" || ch == "\r\n" {
                flush(upTo: current.count)
                justWrapped = false
                continue
            }
            // Control and bidi characters show as visible placeholders, at the same offset.
            let cleaned = SafeText.clean(String(ch))
            for shown in cleaned == String(ch) ? [ch] : Array(cleaned) {
                if shown == " " && justWrapped { continue }
                let w = DisplayWidth.of(shown)
                if used + w > limit {
                    if let b = lastBreak, b > 0 { flush(upTo: b) } else { flush(upTo: current.count) }
                    // A wrapped line does not start with the spaces it was broken at.
                    while let first = current.first, first.0 == " " { current.removeFirst(); used -= 1 }
                    justWrapped = current.isEmpty
                    if shown == " " && current.isEmpty { continue }
                }
                current.append((shown, offset))
                used += w
                if shown == " " { lastBreak = current.count } else { justWrapped = false }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush(upTo: current.count) }
        self.lines = lines
    }
}
