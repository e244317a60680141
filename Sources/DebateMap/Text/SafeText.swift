/// Makes text from a corpus safe to show on a terminal: control characters (C0, DEL, C1,
/// ESC), and the bidirectional overrides and isolates become visible placeholders, so no
/// file can send escape sequences to the user's terminal or reorder what it shows.
///
///     SafeText.clean("a\u{1B}[2Jb")   // "a^[[2Jb"
///     SafeText.clean("x\u{202E}y")    // "x⟨U+202E⟩y"
public enum SafeText {
    /// - Parameter keepNewlines: keep `\n` (for multi-line output); otherwise it shows as `^J`.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        escaped(text, keepNewlines: keepNewlines) { _ in nil }
    }

    /// `clean`, then every cluster a terminal cell cannot hold spelled out
    /// (`TerminalCells.spelledOut`): text for a screen drawn cell by cell.
    public static func forScreen(_ text: String) -> String {
        TerminalCells.spelledOut(clean(text))
    }

    /// The text for an exporter or a terminal (`ByteRewrite`): an ASCII byte `escape` gives
    /// a string for is written as that string (a format's own escapes), and what must never
    /// reach a terminal raw (`isUnsafe`) as its placeholder.
    public static func escaped(_ text: String, keepNewlines: Bool = false, _ escape: (UInt8) -> String?) -> String {
        ByteRewrite.rewrite(text) { bytes, i in
            keepNewlines && bytes[i] == 0x0A ? nil : replacement(bytes, at: i, escape)
        }
    }

    /// What the bytes at `i` are written as, and how many they are; nil when they stay.
    private static func replacement(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ escape: (UInt8) -> String?) -> (String, Int)? {
        if b[i] < 0x80, let written = escape(b[i]) { return (written, 1) }
        return unsafeScalar(in: b, at: i).map { (placeholder($0.scalar), $0.length) }
    }

    /// The scalar `isUnsafe` names that starts at byte `i` of valid UTF-8, and its length:
    /// a C0 control or DEL, a C1 control (C2 80–C2 9F), or a bidi control U+202A–U+202E
    /// (E2 80 AA–AE) or U+2066–U+2069 (E2 81 A6–A9). For the rewrites that work on bytes.
    public static func unsafeScalar(in b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = b[i]
        if lead < 0x80 { return lead < 0x20 || lead == 0x7F ? (Unicode.Scalar(lead), 1) : nil }
        if lead == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return (Unicode.Scalar(b[i + 1]), 2) }
        if lead == 0xE2, i + 2 < b.count, (b[i + 1] == 0x80 && (0xAA...0xAE).contains(b[i + 2])) || (b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2])) {
            return (Unicode.Scalar(0x2000 + UInt32(b[i + 1] & 0x3F) << 6 + UInt32(b[i + 2] & 0x3F))!, 3)
        }
        return nil
    }

    /// What must never reach a terminal raw, the one definition every edge and format uses:
    /// the C0 controls (newline and ESC among them), DEL, the C1 controls, and the
    /// bidirectional embeddings, overrides and isolates.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
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
