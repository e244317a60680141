import DebateMap
/// A key or mouse event, as the terminal layer reports it and the key table reads it.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("d")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end, insert, delete
    case enter, escape, backspace, tab
    /// A function key: F1 is `.function(1)`.
    case function(Int)
    /// Alt (Meta) with a character, as terminals send it: ESC, then the character.
    case alt(Character)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Sendable, Hashable {
    /// What the mouse did: a click of the first button, or a turn of the wheel.
    public enum Kind: Sendable, Hashable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

extension Key {
    /// How a key someone pressed is named in a message, made safe to show; nil for what is
    /// no single key (the mouse, a resize).
    var typedName: String? {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return SafeText.clean(String(c))
        case .control(let c): return "Ctrl-" + SafeText.clean(String(c))
        case .alt(let c): return "Alt-" + (c == " " ? "Space" : SafeText.clean(String(c)))
        case .function(let n): return "F\(n)"
        case .insert: return "Insert"
        case .delete: return "Delete"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .tab: return "Tab"
        default: return nil
        }
    }
}
