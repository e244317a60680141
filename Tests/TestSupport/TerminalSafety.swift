/// What must hold of text printed to a terminal: no C0 control but the line break, no DEL,
/// no C1 control, no bidi override or isolate. The same check the fuzz targets make
/// (Fuzz/Sources/FuzzSupport), so a finding of theirs fails here too. Written apart from the
/// library's `SafeText.isUnsafe`, so the tests do not take the code's word for it.
public enum TerminalSafety {
    public static func isUnsafe(_ s: Unicode.Scalar, newlines: Bool = true) -> Bool {
        let v = s.value
        if v == 0x0A { return !newlines }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The unsafe scalars of `text`, as `U+XXXX` (empty when the text is safe).
    public static func unsafeScalars(_ text: String, newlines: Bool = true) -> [String] {
        text.unicodeScalars.filter { isUnsafe($0, newlines: newlines) }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
