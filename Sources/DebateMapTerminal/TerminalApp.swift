import DebateMapBrowser

/// What the terminal runs: something that takes keys and draws itself as a Screen.
public protocol TerminalApp {
    /// Returns false when the app is done.
    mutating func handle(_ key: Key) -> Bool
    func render(width: Int, height: Int) -> Screen
}

extension Browser: TerminalApp {}

/// How the terminal is driven.
public struct TerminalOptions: Sendable {
    public var color: Bool
    public init(color: Bool) { self.color = color }
}
