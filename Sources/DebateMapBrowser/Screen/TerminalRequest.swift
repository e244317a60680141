/// What the browser asks of the terminal beyond drawing: text for the system clipboard, a
/// file to open in the reader's editor at a line. The run loop takes these after each key.
public enum TerminalRequest: Sendable, Equatable {
    /// Put text on the clipboard (OSC 52: it works over SSH and in tmux).
    case copy(String)
    /// Open a file in `$VISUAL`/`$EDITOR` at a line, giving the terminal to the editor.
    case edit(path: String, line: Int)
}
