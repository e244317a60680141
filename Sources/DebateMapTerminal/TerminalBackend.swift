import DebateMapBrowser

/// What the run loop and the painter need of a terminal: input as keys, cells written at
/// places, the cursor, the size, and the signals that stop or suspend the program. The
/// ncurses terminal (`NcursesTerminal`) is one; `MemoryTerminal` is another, so the painter,
/// the loop and the keys' batching run in `swift test` without a terminal.
public protocol TerminalBackend {
    /// The terminal's size now.
    var size: (width: Int, height: Int) { get }
    /// Waits at most `milliseconds` (0: does not wait) for the next input.
    mutating func read(waiting milliseconds: Int32) -> TerminalInput
    /// Whether the terminal has gone away (its other end closed).
    var hungUp: Bool { get }
    /// The signal that asks to end (SIGINT, SIGTERM, SIGHUP, SIGUSR1, …) or stop (SIGTSTP) that
    /// arrived since the last call, or 0.
    mutating func takePendingSignal() -> Int32
    /// Whether the process was continued (SIGCONT) since the last call.
    mutating func takeContinued() -> Bool
    /// Ctrl-Z: gives the terminal back, stops until `fg`, takes it again.
    mutating func suspend()
    /// Takes the terminal again after a stop it did not see coming (SIGSTOP, then `fg`).
    mutating func retake()

    /// Blanks the whole screen; with `repaint`, the next `refresh` repaints the terminal whole.
    mutating func erase(repaint: Bool)
    /// Writes a cell's grapheme at (x, y), in its style, filling `width` cells.
    mutating func put(_ cell: Screen.Cell, x: Int, y: Int, width: Int)
    /// Shows the cursor at a place, or hides it.
    mutating func setCursor(_ cursor: (x: Int, y: Int)?)
    /// Makes what was written visible.
    mutating func refresh()
    /// Puts text on the system clipboard through the terminal (OSC 52).
    mutating func copy(_ text: String)
    /// Gives the terminal to a command (an editor) until it ends, then takes it back; the
    /// command's exit status, or -1 when it could not be started.
    mutating func run(_ command: [String]) -> Int32
}

/// What one read of the terminal gave.
public enum TerminalInput: Equatable, Sendable {
    /// Nothing arrived before the read timed out, or a signal interrupted it.
    case nothing
    case key(Key)
    /// Something arrived that is not a key we use (a mouse release, F5, …).
    case ignored
}
