import DebateMapBrowser

/// What the terminal runs: something that takes keys and draws itself as a Screen.
/// `TerminalUI.run` first hands it `.resize` with the terminal's size, then every key.
public protocol TerminalApp {
    /// Handles a key; returns false when the app is done.
    mutating func handle(_ key: Key) -> Bool
    /// The whole screen at this size. Pure: called only when something changed.
    func render(width: Int, height: Int) -> Screen
}

extension Browser: TerminalApp {}
