/// Argdown's special-character shortcodes: in the text of a general Argdown file, `.v.` or
/// `:v:` stands for ∨, `.->.` for →, `:+1:` for 👍, and so on, as Argdown's model replaces them.
///
/// Argdown's lexer reads a shortcode wherever a `.` or `:` starts one: the shortest run of
/// non-space characters between two of the same (`.E.`, `:eye-roll:`). A run that names no
/// shortcode stays as written and is passed over whole, so `e.g.` and `3.5.1` keep their
/// dots.
enum Shortcodes {
    /// What each name stands for, between dots or between colons.
    static let table: [String: String] = [
        "A": "∀", "E": "∃", "O": "𝗢", "P": "𝗣", "->": "→", "<->": "↔", "~": "¬", "^": "∧", "v": "∨", "v_": "⊻",
        "<>": "◇", "[]": "◻", "happy": "😀", "smile": "☺", "smiley": "☺", "laugh": "😆", "lol": "😆",
        "rofl": "🤣", "joy": "😂", "heart": "❤", "?": "❓", "question": "❓", "love": "😍", "wink": "😉",
        "shush": "🤫", "meh": "😐", "eye-roll": "🙄", "sad": "😢", "disappointed": "😞", "scream": "😱",
        "+1": "👍", "up": "👍", "-1": "👎", "down": "👎", "think": "🤔", "star": "⭐", "y": "✔", "agree": "✔",
        "n": "❌", "disagree": "❌",
    ]

    /// `:smile:` is the one whose two forms differ: with the emoji variation selector.
    static let colonSmile = "☺\u{FE0F}"

    /// The text with every shortcode replaced; the text itself when it has none.
    static func replacing(in text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) else { return text }
        var out: [UInt8] = []
        var changed = false
        var k = 0
        while k < bytes.count {
            let c = bytes[k]
            guard c == UInt8(ascii: ".") || c == UInt8(ascii: ":") else { out.append(c); k += 1; continue }
            // The shortest `.name.`: at least one character, none of them a space.
            var end = k + 2
            while end < bytes.count, bytes[end] != c, !isSpace(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == c, !isSpace(bytes[k + 1]) else { out.append(c); k += 1; continue }
            let name = String(decoding: bytes[(k + 1)..<end], as: UTF8.self)
            if let symbol = c == UInt8(ascii: ":") && name == "smile" ? colonSmile : table[name] {
                out.append(contentsOf: symbol.utf8)
                changed = true
            } else {
                out.append(contentsOf: bytes[k...end])
            }
            k = end + 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
