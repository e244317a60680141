extension Key {
    /// The key a name stands for, as `typedName` writes it and a configuration file names
    /// keys: a character (`j`, `&`), `Space`, `Ctrl-d`, `Alt-j`, `F5`, `Up`, `PgDn`, `Home`,
    /// `Enter`, `Esc`, `Bksp`, `Tab`… (names of whole words in any case); nil for what
    /// names no key.
    public init?(name: String) {
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "insert": .insert, "delete": .delete, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "bksp": .backspace, "backspace": .backspace, "tab": .tab,
        ]
        if name.count == 1, let c = name.first, !c.isWhitespace, !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        if let key = named[lower] { self = key; return }
        if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isASCII, c.isLetter {
            self = .control(c)
            return
        }
        if lower.hasPrefix("alt-"), name.count == 5, let c = name.last, !c.isWhitespace {
            self = .alt(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }
}
