/// Makes text from a corpus safe to show on a terminal: control characters (C0, DEL, C1,
/// ESC), and the bidirectional overrides and isolates become visible placeholders, so no
/// file can send escape sequences to the user's terminal or reorder what it shows.
///
///     SafeText.clean("a\u{1B}[2Jb")   // "a^[[2Jb"
///     SafeText.clean("x\u{202E}y")    // "x⟨U+202E⟩y"
public enum SafeText {
    /// - Parameter keepNewlines: keep `\n` (for multi-line output); otherwise it shows as `^J`.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: nothing to replace.
        if !text.unicodeScalars.contains(where: { needsReplacement($0, keepNewlines: keepNewlines) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsReplacement(scalar, keepNewlines: keepNewlines) {
                out.append(contentsOf: placeholder(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `clean`, then every cluster a terminal cell cannot hold spelled out
    /// (`TerminalCells.spelledOut`): text for a screen drawn cell by cell.
    public static func forScreen(_ text: String) -> String {
        TerminalCells.spelledOut(clean(text))
    }

    /// What must never reach a terminal raw, the one definition every edge and format uses:
    /// the C0 controls (newline and ESC among them), DEL, the C1 controls, and the
    /// bidirectional embeddings, overrides and isolates.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `isUnsafe`, with the newline allowed where the output is meant to have lines.
    static func needsReplacement(_ s: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        s == "\n" ? !keepNewlines : isUnsafe(s)
    }

    /// `^[` for ESC, `^@`…`^_` for the other C0 controls, `^?` for DEL, a space for a tab,
    /// `⟨U+XXXX⟩` for C1 controls and bidi controls.
    public static func placeholder(_ s: Unicode.Scalar) -> String {
        let v = s.value
        if v == 0x09 { return " " }
        if v < 0x20 { return "^" + String(Character(Unicode.Scalar(UInt8(v + 0x40)))) }
        if v == 0x7F { return "^?" }
        let hex = String(v, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }
}
