import DebateMap
/// A key or mouse event, as the terminal layer reports it and the key table reads it.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("d")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab
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
    /// How a typed key (a character or Ctrl with one) is named in a message, made safe to
    /// show; nil for the others (arrows, the mouse, a resize).
    var typedName: String? {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return SafeText.clean(String(c))
        case .control(let c): return "Ctrl-" + SafeText.clean(String(c))
        default: return nil
        }
    }
}
