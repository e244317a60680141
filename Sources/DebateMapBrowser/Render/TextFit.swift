import DebateMap

/// Cutting and wrapping text by display width, for drawing into a Screen.
enum TextFit {
    /// The text cut to `width` cells, ending in the ellipsis when cut.
    static func fit(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(width)) }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// The text cut to `width` cells and padded with spaces to exactly that width.
    static func pad(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        let cut = fit(text, width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// Greedy word wrap to `width` cells; words longer than a line are broken.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = DisplayWidth.of(String(word))
                var piece = String(word)
                if used > 0 && used + 1 + w > width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                while w > width {
                    // Break a word too long for any line.
                    var head = "", headWidth = 0
                    var rest = Substring(piece)
                    while let ch = rest.first, headWidth + DisplayWidth.of(ch) <= width - used - (used > 0 ? 1 : 0) {
                        head.append(ch)
                        headWidth += DisplayWidth.of(ch)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, used == 0, let ch = rest.first { head = String(ch); rest = rest.dropFirst() }
                    line += (used > 0 ? " " : "") + head
                    lines.append(line)
                    line = ""
                    used = 0
                    piece = String(rest)
                    w = DisplayWidth.of(piece)
                }
                if piece.isEmpty { continue }
                line += (used > 0 ? " " : "") + piece
                used += (used > 0 ? 1 : 0) + w
            }
            lines.append(line)
        }
        return lines
    }

    /// Corpus text made safe for the screen (no control or bidi characters).
    static func safe(_ s: String) -> String { SafeText.clean(s) }
}
