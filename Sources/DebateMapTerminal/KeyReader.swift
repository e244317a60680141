import CNcurses
import DebateMapBrowser

/// Turns ncurses input into `Key`s: characters (UTF-8 decoded by ncurses' `get_wch`, so a
/// multi-byte character arrives whole) and escape sequences ncurses does not know go through
/// the `KeyDecoder`; key codes ncurses decoded (`KEY_…`) become function keys, resizes (with
/// the new size of the window) and mouse clicks and wheel turns.
struct KeyReader {
    let window: UnsafeMutablePointer<WINDOW>
    private var decoder = KeyDecoder()

    init(window: UnsafeMutablePointer<WINDOW>) { self.window = window }

    /// Waits at most `milliseconds` (0: do not wait) for the next input.
    mutating func read(waiting milliseconds: Int32) -> TerminalInput {
        let window = self.window
        let decoded = decoder.next(waiting: milliseconds) { wait in
            wtimeout(window, wait)
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { return nil }
            return status == KEY_CODE_YES ? .code(Int32(value)) : .character(UInt32(value))
        }
        switch decoded {
        case .nothing: return .nothing
        case .ignored: return .ignored
        case .key(let key): return .key(key)
        case .code(let code): return functionKey(code).map(TerminalInput.key) ?? .ignored
        }
    }

    /// A function key code (`KEY_…`).
    func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        // Find and Select are the VT220 names of the keys in Home's and End's place.
        case KEY_HOME, KEY_SHOME, KEY_FIND, KEY_A1, KEY_BEG: return .home
        case KEY_END, KEY_SEND, KEY_SELECT, KEY_C1, KEY_LL: return .end
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        // ncurses has already resized the window it returned from newterm.
        case KEY_RESIZE: return .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    private func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if dm_mouse_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: x, y: y)) }
        if dm_mouse_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: x, y: y)) }
        if dm_mouse_is_click(event.bstate) != 0 { return .mouse(MouseEvent(kind: .click, x: x, y: y)) }
        return nil  // a release: the press was the click
    }
}
