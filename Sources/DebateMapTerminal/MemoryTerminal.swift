import DebateMapBrowser

/// A terminal in memory: input comes from a script, cells go into a grid, and every write,
/// read and frame is recorded, so that the painter and the run loop can be tested in
/// `swift test` without a terminal.
///
///     var terminal = MemoryTerminal(width: 80, height: 24, script: [.key(.character("j")), .key(.character("q"))])
///     let signal = TerminalLoop.run(&browser, on: &terminal)   // 0: the app quit
///     terminal.line(0)                                          // what the top row shows
///
/// When the script runs out the terminal has gone away, as a closed terminal would: the
/// loop ends with SIGHUP at its next wait.
public struct MemoryTerminal: TerminalBackend {
    /// One step of the script.
    public enum Event: Equatable, Sendable {
        /// What the next read gives.
        case input(TerminalInput)
        /// A signal arrives (the next read gives nothing, as an interrupted read does).
        case signal(Int32)
        /// SIGCONT arrives, after a stop the program did not see (SIGSTOP).
        case continued

        /// A key typed.
        public static func key(_ key: Key) -> Event { .input(.key(key)) }
    }

    public private(set) var size: (width: Int, height: Int)
    public private(set) var script: [Event]
    /// The grid as drawn, row by row.
    public private(set) var cells: [[Screen.Cell]]
    /// Every cell written, in order, since the last `clearLog`: where and what.
    public private(set) var writes: [(x: Int, y: Int, text: String)] = []
    /// How long each read was told to wait, in order.
    public private(set) var waits: [Int32] = []
    /// How many times the screen was refreshed, erased, and repainted whole.
    public private(set) var refreshes = 0
    /// What was put on the clipboard, in order.
    public private(set) var copied: [String] = []
    /// The commands run with the terminal (editors), in order.
    public private(set) var commands: [[String]] = []
    public private(set) var erases = 0
    public private(set) var repaints = 0
    /// How many times the program suspended itself (Ctrl-Z) and took the terminal back.
    public private(set) var suspensions = 0
    public private(set) var retakes = 0
    public private(set) var cursor: (x: Int, y: Int)?
    private var pending: Int32 = 0
    private var continued = false

    public init(width: Int, height: Int, script: [Event] = []) {
        size = (width, height)
        self.script = script
        cells = Array(repeating: Array(repeating: Screen.Cell(), count: width), count: height)
    }

    /// Adds steps to the script.
    public mutating func append(_ events: [Event]) { script += events }

    /// Forgets the writes recorded so far.
    public mutating func clearLog() { writes.removeAll() }

    /// A row's text as drawn (wide characters once, their continuation cells left out),
    /// trailing spaces trimmed as `Screen.line` trims them.
    public func line(_ y: Int) -> String {
        var text = cells[y].map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    public var hungUp: Bool { script.isEmpty }

    public mutating func read(waiting milliseconds: Int32) -> TerminalInput {
        waits.append(milliseconds)
        guard !script.isEmpty else { return .nothing }
        switch script.removeFirst() {
        case .input(let input):
            if case .key(.resize(let w, let h)) = input { resize(width: w, height: h) }
            return input
        case .signal(let signal):
            pending = signal
            return .nothing
        case .continued:
            continued = true
            return .nothing
        }
    }

    private mutating func resize(width: Int, height: Int) {
        size = (width, height)
        cells = Array(repeating: Array(repeating: Screen.Cell(), count: width), count: height)
    }

    public mutating func takePendingSignal() -> Int32 {
        defer { pending = 0 }
        return pending
    }

    public mutating func takeContinued() -> Bool {
        defer { continued = false }
        return continued
    }

    public mutating func suspend() { suspensions += 1 }
    public mutating func retake() { retakes += 1 }

    public mutating func erase(repaint: Bool) {
        erases += 1
        if repaint { repaints += 1 }
        for y in cells.indices { for x in cells[y].indices { cells[y][x] = Screen.Cell() } }
    }

    public mutating func put(_ cell: Screen.Cell, x: Int, y: Int, width: Int) {
        guard cells.indices.contains(y), cells[y].indices.contains(x) else { return }
        writes.append((x, y, cell.text))
        cells[y][x] = cell
        for k in 1..<max(1, width) where cells[y].indices.contains(x + k) { cells[y][x + k] = Screen.Cell(text: "", style: cell.style) }
    }

    public mutating func setCursor(_ cursor: (x: Int, y: Int)?) { self.cursor = cursor }
    public mutating func copy(_ text: String) { copied.append(text) }
    public mutating func run(_ command: [String]) -> Int32 {
        commands.append(command)
        return 0
    }
    public mutating func refresh() { refreshes += 1 }
}
