import Foundation
import Glibc
import Testing

/// The built `debatemap` in a real terminal (tmux): the browser's views and keys, resizing,
/// the mouse, colour and ASCII, hostile text, and the terminal given back after every way
/// out. The suites inside run one test at a time, each in a tmux server of its own.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the end-to-end tests need it"))
enum EndToEnd {
    /// Starts `debatemap` with `arguments` in a fresh terminal and waits for the tree.
    static func browse(_ arguments: String = "", width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                       showing marks: [String] = ["Asylum", "Трамваи"],
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> TmuxSession {
        let binary = TmuxSession.debatemap
        try #require(access(binary, X_OK) == 0, "no debatemap at \(binary)", sourceLocation: sourceLocation)
        let tmux = try TmuxSession.start(command: "\(binary) \(arguments)", width: width, height: height, environment: environment)
        let shown = tmux.waitUntil { screen in marks.contains { screen.contains($0) } }
        #expect(shown, "the browser did not show its tree:\n\(tmux.capture())", sourceLocation: sourceLocation)
        return tmux
    }

    /// After the program ended: its exit status, and the terminal exactly as before it ran.
    static func expectRestored(_ tmux: TmuxSession, exitStatus: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let report = tmux.waitForReport() else {
            Issue.record("the program did not end, or the shell did not report:\n\(tmux.capture())", sourceLocation: sourceLocation)
            return
        }
        #expect(report.exitStatus == exitStatus, "\(report)", sourceLocation: sourceLocation)
        #expect(report.sttyUnchanged, "stty -g differs from before the program ran: \(report)", sourceLocation: sourceLocation)
        #expect(report.flags.isSuperset(of: ["echo", "icanon", "isig", "icrnl", "onlcr", "opost"]), "\(report)", sourceLocation: sourceLocation)
        expectNormalScreen(tmux, sourceLocation: sourceLocation)
    }

    /// Once the session is stopped, no process that was on its terminal is left running (a
    /// crash reporter the crash started, say): a test run must not leave processes behind.
    static func expectNothingLeft(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = tmux.processesOnTerminal()
        tmux.stop()
        // A killed process takes a moment to die.
        var left = before.filter(TmuxSession.isRunning)
        for _ in 0..<50 where !left.isEmpty {
            usleep(20_000)
            left = left.filter(TmuxSession.isRunning)
        }
        let names = left.map { (try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\($0)" }
        #expect(left.isEmpty, "still running after the session stopped: \(names)", sourceLocation: sourceLocation)
    }

    /// The normal screen, a visible cursor, no mouse reporting, no keypad mode.
    static func expectNormalScreen(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        let state = tmux.display("alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag} keypad=#{keypad_flag}#{keypad_cursor_flag}")
        #expect(state == "alternate=0 cursor=1 mouse=00000 keypad=00", "\(state)", sourceLocation: sourceLocation)
    }

    /// The row drawn in reverse video (the tree's selection), as plain text.
    static func selectedRow(_ tmux: TmuxSession) -> String? {
        tmux.capture(escapes: true).split(separator: "\n").first { hasReverse(String($0)) }.map { plain(String($0)) }
    }

    /// Whether text holds an SGR sequence that turns on reverse video (parameter 7).
    static func hasReverse(_ text: String) -> Bool {
        text.range(of: "\u{1B}\\[([0-9;]*;)?7(;[0-9;]*)?m", options: .regularExpression) != nil
    }

    /// Text with its escape sequences (CSI … final byte) removed.
    static func plain(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { result.unicodeScalars.append(scalar); continue }
            guard scalars.next() == "[" else { continue }
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        }
        return result
    }

    /// How many terminal cells a line takes, as the C library (and tmux) measure it.
    static func displayWidth(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32(bitPattern: $1.value)))) }
    }

    /// The C library's wcwidth in a UTF-8 locale (Swift's Glibc module does not declare it).
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        setlocale(LC_CTYPE, "C.UTF-8")
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")!  // RTLD_DEFAULT
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Presses `key` until the selected row satisfies `condition` (at most `limit` times).
    static func moveUntil(_ tmux: TmuxSession, key: String = "j", limit: Int = 30, _ condition: (String) -> Bool) -> Bool {
        for _ in 0..<limit {
            if let row = selectedRow(tmux), condition(row) { return true }
            let before = tmux.capture()
            tmux.send(key)
            tmux.waitUntil(timeout: 2) { $0 != before }
        }
        return selectedRow(tmux).map(condition) ?? false
    }
}

/// A header line's text: the breadcrumb of where the browser is.
extension TmuxSession {
    var header: String { lines().first ?? "" }
}
