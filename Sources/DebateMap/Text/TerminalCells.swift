/// How a grapheme cluster is handed to a terminal: one unit per scalar that takes cells, each
/// carrying the zero-width scalars after it (combining marks, variation selectors, tags).
/// ncurses places a character with its marks in a cell and counts scalar by scalar, so a
/// cluster given unit by unit keeps every scalar (both letters of a flag, a skin tone, every
/// member of a family) and takes the cells `DisplayWidth` counts. A zero-width joiner before
/// an emoji is left out: terminals that join such sequences draw them in fewer cells than
/// ncurses counts (tmux draws a family in two), which would shift the rest of the row, so the
/// members are shown side by side instead.
public enum TerminalCells {
    /// One spacing scalar, the zero-width scalars drawn with it, and the cells they take.
    public struct Unit: Sendable, Equatable {
        public var scalars: [Unicode.Scalar]
        public var width: Int
    }

    public static func units(_ g: Character) -> [Unit] {
        let scalars = Array(g.unicodeScalars)
        var units: [Unit] = []
        var presentation = false
        func close() {
            guard !units.isEmpty else { return }
            units[units.count - 1].width = DisplayWidth.unitWidth(units[units.count - 1].width, presentation)
            presentation = false
        }
        for (i, s) in scalars.enumerated() {
            let w = DisplayWidth.of(s)
            if w > 0 {
                close()
                units.append(Unit(scalars: [s], width: w))
                continue
            }
            if s.value == 0x200D, let next = scalars[(i + 1)...].first(where: { DisplayWidth.of($0) > 0 }), isEmoji(next) { continue }
            if s.value == 0xFE0F { presentation = true }
            // Zero-width scalars before any spacing one (a stray mark) are drawn on their own.
            if units.isEmpty { units.append(Unit(scalars: [s], width: 0)) } else { units[units.count - 1].scalars.append(s) }
        }
        close()
        return units
    }

    /// A pictographic emoji (not a digit or a sign that also has an emoji form).
    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x2000 && s.properties.isEmoji
    }
}
