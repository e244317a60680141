/// A cluster that carries more zero-width scalars on one unit than a terminal cell holds.
///
/// ncurses keeps a cell as a `cchar_t`: one spacing character and at most four zero-width
/// ones (`CCHARW_MAX` is 5 in Debian's ncursesw). A tag flag (🏴 and six tag characters,
/// Scotland's flag) or a stack of five combining marks would lose the rest on the way to the
/// terminal, and Scotland's flag would be shown as a plain black flag. On a screen such a
/// cluster is spelled out instead, so nothing is lost without a sign:
///
///     TerminalCells.spelledOut("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}")  // "🏴⟨gbsct⟩"
///     TerminalCells.spelledOut("e" + six combining marks)   // "e" + four marks, "◌" + two
///
/// Tag characters are written as the ASCII letters they stand for, between the ⟨ ⟩ that
/// `SafeText` uses for its placeholders (the cancel tag ends them); marks past the fourth are
/// drawn four at a time on a dotted circle (U+25CC), as Unicode shows marks with no base.
extension TerminalCells {
    /// The zero-width scalars one cell holds beside its spacing one.
    public static let marksPerCell = 4

    /// The text with every cluster a cell cannot hold spelled out; the text itself when
    /// there is none (the usual case, found by one pass over the scalars).
    public static func spelledOut(_ text: String) -> String {
        guard mayOverflow(text) else { return text }
        var out = ""
        for g in text {
            let units = self.units(g)
            guard units.contains(where: { $0.scalars.count - 1 > marksPerCell }) else {
                out.append(g)
                continue
            }
            for unit in units { out += spelledOut(unit) }
        }
        return out
    }

    /// Whether a cluster has a unit a cell cannot hold.
    public static func overflows(_ g: Character) -> Bool {
        g.unicodeScalars.count > marksPerCell + 1 && units(g).contains { $0.scalars.count - 1 > marksPerCell }
    }

    /// A run of more zero-width scalars than a cell holds: the only way a unit can overflow.
    static func mayOverflow(_ text: String) -> Bool {
        var run = 0
        for s in text.unicodeScalars {
            if s.value >= 0x300 && DisplayWidth.of(s) == 0 {
                run += 1
                if run > marksPerCell { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static func spelledOut(_ unit: Unit) -> String {
        let tags = unit.scalars.dropFirst().filter(isTag)
        let marks = unit.scalars.dropFirst().filter { !isTag($0) }
        // Gathered in an array: a String's scalar view appended to in steps was copied whole
        // at each (a cluster of 200,000 marks took seconds a frame).
        var out: [Unicode.Scalar] = [unit.scalars[0]]
        out.reserveCapacity(unit.scalars.count + unit.scalars.count / marksPerCell + 2)
        out += marks.prefix(marksPerCell)
        var rest = marks.dropFirst(marksPerCell)
        while !rest.isEmpty {
            out.append("\u{25CC}")
            out += rest.prefix(marksPerCell)
            rest = rest.dropFirst(marksPerCell)
        }
        if !tags.isEmpty {
            out.append("⟨")
            out += tags.compactMap { tag in (0xE0020...0xE007E).contains(tag.value) ? Unicode.Scalar(tag.value - 0xE0000) : nil }
            out.append("⟩")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }

    /// The tag characters (U+E0000–U+E007F), which spell out a flag's region.
    static func isTag(_ s: Unicode.Scalar) -> Bool {
        (0xE0000...0xE007F).contains(s.value)
    }
}
