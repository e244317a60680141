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
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { LineWrap.lines($0, first: width, width: width) }
    }

    /// Corpus text made safe for the screen: no control or bidi characters, and no cluster
    /// a cell cannot hold (`SafeText.forScreen`).
    static func safe(_ s: String) -> String { SafeText.forScreen(s) }
}
