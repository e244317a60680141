/// Wraps and aligns plain text for the command line's human output, by display width.
public enum TextLayout {
    /// Cells a string takes in a terminal (see `DisplayWidth`).
    public static func width(_ s: String) -> Int { DisplayWidth.of(s) }

    /// Greedy word wrap to `width` cells; the first line starts after `firstIndent` cells
    /// already used, later lines are prefixed with `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: Int = 0) -> String {
        let limit = max(10, width)
        // Words are not broken on the command line: a long address stays whole to be copied.
        let lines = LineWrap.lines(Substring(text), first: limit - firstIndent, width: limit - TextLayout.width(indent), breakLongWords: false)
        return lines.filter { !$0.isEmpty }.joined(separator: "\n" + indent)
    }

    /// Cuts to `width` cells with "…" when too long.
    public static func truncate(_ text: String, width limit: Int) -> String {
        guard TextLayout.width(text) > limit else { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = TextLayout.width(String(ch))
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Pads with spaces to `width` cells.
    public static func pad(_ text: String, to target: Int) -> String {
        let w = TextLayout.width(text)
        return w >= target ? text : text + String(repeating: " ", count: target - w)
    }
}
