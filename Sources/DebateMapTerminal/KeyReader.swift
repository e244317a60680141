import CNcurses
import DebateMapBrowser

/// Turns ncurses input into `Key`s: characters (UTF-8 decoded by ncurses' `get_wch`, so a
/// multi-byte character arrives whole), control keys, function keys, resizes (with the new
/// size of the window) and mouse clicks and wheel turns.
struct KeyReader {
    let window: UnsafeMutablePointer<WINDOW>

    /// Waits at most `milliseconds` (0: do not wait) for the next input.
    func read(waiting milliseconds: Int32) -> TerminalInput {
        wtimeout(window, milliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return .nothing }
        let key = status == KEY_CODE_YES ? functionKey(Int32(value)) : KeyReader.character(UInt32(value))
        return key.map(TerminalInput.key) ?? .ignored
    }

    /// A character as `get_wch` returns it: Enter, Esc, Backspace and Tab by their codes,
    /// other C0 codes as Ctrl-letters.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key code (`KEY_…`).
    func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
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
