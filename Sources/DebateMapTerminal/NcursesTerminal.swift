import CNcurses
import DebateMap
import DebateMapBrowser
import Glibc

/// The real terminal: a `TerminalSession` (ncurses and the signal handlers), keys read by a
/// `KeyReader`, cells written with ncurses.
///
/// Each grapheme is written at its own cell as one `cchar_t` (the character and its
/// combining marks), so Cyrillic, CJK, emoji and accents land where the Screen put them.
/// Where the C library measures a character differently from the Screen, the Screen's
/// columns are kept: a character the Screen made wide but the library thinks narrow gets a
/// blank after it, and one it cannot place is shown as U+FFFD (or `?`).
struct NcursesTerminal: TerminalBackend {
    let session: TerminalSession
    private var reader: KeyReader
    private var cursorShown: Bool?

    init(session: TerminalSession) {
        self.session = session
        reader = KeyReader(window: session.window)
    }

    var window: UnsafeMutablePointer<WINDOW> { session.window }
    var size: (width: Int, height: Int) { session.size }
    var hungUp: Bool { session.hungUp }

    mutating func read(waiting milliseconds: Int32) -> TerminalInput { reader.read(waiting: milliseconds) }
    func takePendingSignal() -> Int32 { TerminalSignals.takePending() }
    func takeContinued() -> Bool { TerminalSignals.takeContinued() }

    mutating func suspend() {
        session.suspend()
        cursorShown = nil
    }

    mutating func retake() {
        session.retake()
        cursorShown = nil
    }

    func copy(_ text: String) { session.copy(text) }

    mutating func run(_ command: [String]) -> Int32 {
        defer { cursorShown = nil }
        return session.run(command)
    }

    func erase(repaint: Bool) {
        werase(window)
        if repaint { clearok(window, true) }
    }

    /// Writes a cluster unit by unit (`TerminalCells`), every scalar kept, in the `width`
    /// cells the Screen gave it; what ncurses would place elsewhere than counted is written
    /// as U+FFFD, and cells left over are blanked.
    func put(_ cell: Screen.Cell, x: Int, y: Int, width: Int) {
        let (attributes, pair) = ncursesStyle(cell.style)
        var written = 0
        for g in cell.text {
            for unit in TerminalCells.units(g) where unit.width > 0 {
                guard written + unit.width <= width else { break }
                var (characters, cells) = encode(unit)
                characters.append(0)
                var styled = cchar_t()
                setcchar(&styled, characters, attributes, pair, nil)
                // The bottom-right cell reports an error as the cursor cannot advance past it,
                // but the character is placed: harmless.
                _ = mvwadd_wch(window, Int32(y), Int32(x + written), &styled)
                // A narrow character in emoji presentation (or a U+FFFD in a wide one's place):
                // the cell after it blanked.
                if cells < unit.width { blank(x: x + written + cells, y: y, count: unit.width - cells, attributes, pair) }
                written += unit.width
            }
        }
        if written < width { blank(x: x + written, y: y, count: width - written, attributes, pair) }
    }

    private func blank(x: Int, y: Int, count: Int, _ attributes: attr_t, _ pair: Int16) {
        var blank = cchar_t()
        setcchar(&blank, [wchar_t(0x20), 0], attributes, pair, nil)
        for k in 0..<count { _ = mvwadd_wch(window, Int32(y), Int32(x + k), &blank) }
    }

    /// The zero-width characters a `cchar_t` holds beside its spacing one: what
    /// `TerminalCells.marksPerCell` assumes, so that the screen spells out the rest.
    static let marksPerCell = Int(CCHARW_MAX) - 1

    /// The wide characters for one unit and how many cells ncurses will give them: its
    /// scalar with up to four zero-width ones (all a cchar_t holds; the screen has spelled
    /// out any more, `TerminalCells.spelledOut`); U+FFFD (or `?` outside a UTF-8 locale)
    /// when the C library would give it other cells than counted.
    func encode(_ unit: TerminalCells.Unit) -> ([wchar_t], Int) {
        guard let lead = unit.scalars.first else { return ([0x20], 1) }
        let leadWidth = session.unicode || lead.isASCII ? Int(wcwidth(wchar_t(bitPattern: lead.value))) : -1
        guard leadWidth == unit.width || (leadWidth == 1 && unit.width == 2) else {
            return ([session.unicode ? 0xFFFD : wchar_t(UInt8(ascii: "?"))], 1)
        }
        let marks = unit.scalars.dropFirst().filter { wcwidth(wchar_t(bitPattern: $0.value)) == 0 }.prefix(Self.marksPerCell)
        return ([wchar_t(bitPattern: lead.value)] + marks.map { wchar_t(bitPattern: $0.value) }, leadWidth)
    }

    private func ncursesStyle(_ style: CellStyle) -> (attr_t, Int16) {
        var attributes = dm_a_normal()
        if style.attributes.contains(.bold) { attributes |= dm_a_bold() }
        if style.attributes.contains(.dim) { attributes |= dm_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= dm_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= dm_a_underline() }
        if style.attributes.contains(.italic) { attributes |= dm_a_italic() }
        return (attributes, session.colours ? Int16(style.color.rawValue) : 0)
    }

    mutating func setCursor(_ cursor: (x: Int, y: Int)?) {
        let show = cursor != nil
        if cursorShown != show {
            curs_set(show ? 1 : 0)
            cursorShown = show
        }
        if let cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
    }

    func refresh() { wrefresh(window) }
}
