import CNcurses
import DebateMapBrowser

/// Turns ncurses input into keys: characters (UTF-8 decoded by ncurses), control keys,
/// function keys, resizes and mouse events. Nil when nothing came within the timeout.
enum KeyReader {
    static func read(_ window: UnsafeMutablePointer<WINDOW>) -> Key? {
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return nil }
        if status == KEY_CODE_YES { return functionKey(Int32(value)) }
        return character(UInt32(value))
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
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
        case KEY_RESIZE: return .resize(width: 0, height: 0)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if dm_mouse_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: x, y: y)) }
            if dm_mouse_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: x, y: y)) }
            if dm_mouse_is_click(event.bstate) != 0 { return .mouse(MouseEvent(kind: .click, x: x, y: y)) }
            return nil
        default:
            return nil
        }
    }
}
