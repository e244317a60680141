import DebateMapBrowser

/// What the terminal runs: something that takes keys and draws itself as a Screen.
/// `TerminalUI.run` first hands it `.resize` with the terminal's size, then every key; while
/// it has work left between keys, it is given that work a slice at a time whenever no key
/// is waiting.
public protocol TerminalApp {
    /// Handles a key; returns false when the app is done.
    mutating func handle(_ key: Key) -> Bool
    /// The whole screen at this size. Pure: called only when something changed.
    func render(width: Int, height: Int) -> Screen
    /// Whether there is work to do between keys (a search still going through the corpus).
    var hasWorkBetweenKeys: Bool { get }
    /// Does a slice of that work, short enough that a key typed meanwhile is not kept waiting.
    mutating func workBetweenKeys()
    /// What the app asks of the terminal (text to copy, a file to edit), taken after keys.
    mutating func takeRequests() -> [TerminalRequest]
    /// A request was carried out (an editor run has ended, with its exit status).
    mutating func finished(_ request: TerminalRequest, status: Int32)
    /// Called when no key came for a while (a tenth of a second): true when the app changed
    /// and must be drawn again (a file it follows changed on disk).
    mutating func idle() -> Bool
}

extension TerminalApp {
    public var hasWorkBetweenKeys: Bool { false }
    public mutating func workBetweenKeys() {}
    public mutating func takeRequests() -> [TerminalRequest] { [] }
    public mutating func finished(_ request: TerminalRequest, status: Int32) {}
    public mutating func idle() -> Bool { false }
}

extension Browser: TerminalApp {
    public var hasWorkBetweenKeys: Bool { isSearching }
    public mutating func workBetweenKeys() { continueSearch() }
}
