import Foundation
import Glibc

/// A detached tmux server of its own (a socket of its own) running an interactive bash in a
/// terminal of a fixed size, for driving `debatemap` as a person would: type keys, read the
/// screen, resize, send signals. Every wait has a deadline, and `stop()` (also run by
/// `deinit`) kills the server even when a test fails.
///
/// ```swift
/// let tmux = try TmuxSession.start(command: TmuxSession.debatemap)
/// defer { tmux.stop() }
/// tmux.send("j", "Enter")
/// #expect(tmux.waitFor("Asylum"))
/// ```
final class TmuxSession {
    /// tmux, if it is installed; without it the end-to-end tests are skipped.
    static let tmuxPath = Spawn.which("tmux")
    static var isAvailable: Bool { tmuxPath != nil }

    /// The `debatemap` built with the tests: the test runner is built into the same
    /// products directory (`.build/debug`, or that of `--scratch-path`). Set
    /// `DEBATEMAP_E2E_BINARY` to test another build (a release one, say).
    static var debatemap: String {
        if let chosen = ProcessInfo.processInfo.environment["DEBATEMAP_E2E_BINARY"], !chosen.isEmpty { return chosen }
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            let runner = URL(fileURLWithPath: String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
            let beside = runner.deletingLastPathComponent().appendingPathComponent("debatemap").path
            if access(beside, X_OK) == 0 { return beside }
        }
        // Tests/EndToEndTests/TmuxSession.swift → the package's default build directory.
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug/debatemap").path
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The server's socket, in the temporary folder; removed by `stop()` (tmux leaves it).
    let socket = NSTemporaryDirectory() + "debatemap-e2e-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
    private(set) var running = false

    /// Starts the shell in a width × height terminal; with a `command`, runs it (see `run`).
    /// `environment` adds to, or replaces, the shell's: a UTF-8 locale, TERM=tmux-256color,
    /// a plain prompt, and Swift crash reports that do not wait for a key.
    static func start(command: String? = nil, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = TmuxSession()
        try session.startShell(width: width, height: height, environment: environment)
        if let command { session.run(command) }
        return session
    }

    private func startShell(width: Int, height: Int, environment: [String: String]) throws {
        var shell = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "PS1": "$ ", "HISTFILE": "/dev/null",
            "HOME": NSTemporaryDirectory(), "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "SWIFT_BACKTRACE": "interactive=no",
        ]
        // A sanitizer build (`swift test --sanitize=address`) keeps its options in the terminal.
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[key] { shell[key] = value }
        }
        shell.merge(environment) { $1 }
        let assignments = shell.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        running = true
        let result = tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "env", "-i"]
                          + assignments + ["bash", "--norc", "--noprofile", "-i"])
        guard result.status == 0 else { throw Failure("tmux new-session failed (status \(result.status))") }
        guard waitUntil(timeout: 10, { $0.contains("$") }) else { throw Failure("the shell did not start in tmux") }
    }

    /// Runs a tmux command on this server.
    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        guard let path = TmuxSession.tmuxPath else { return Spawn.Result(status: -1, output: "") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        return Spawn.run(path, ["-S", socket, "-f", "/dev/null"] + arguments, environment: environment)
    }

    // MARK: Typing

    /// Types a line into the shell and presses Enter.
    func type(_ line: String) {
        tmux(["send-keys", "-t", "main", "-l", line])
        tmux(["send-keys", "-t", "main", "Enter"])
    }

    /// Clears the screen and runs `command`; when it ends, the shell prints a report of how
    /// it ended and how it left the terminal (see `waitForReport`).
    func run(_ command: String) {
        type("clear; s0=$(stty -g); \(command); \(TmuxSession.report)")
    }

    /// Prints the exit status, whether `stty -g` is what it was before, and some of the
    /// flags of `stty -a`. The marker `[e2e]` is quoted on the command line, so only the
    /// output matches it.
    static let report = """
        e=$?; [ "$(stty -g)" = "$s0" ] && r=same || r=changed; \
        printf '%s exit=%s stty=%s\\n%s flags: %s\\n' '[e2e]' "$e" "$r" '[e2e]' \
        "$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon|isig|icrnl|onlcr|opost)' | tr '\\n' ' ')"
        """

    /// Sends keys by tmux's names: `j`, `Enter`, `Escape`, `C-c`, `BSpace`, `Down`, `NPage`…
    func send(_ keys: String...) {
        for key in keys { tmux(["send-keys", "-t", "main", key]) }
    }

    /// Types text as it is (UTF-8), without pressing Enter.
    func sendText(_ text: String) {
        tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Sends raw bytes to the program, as a terminal would (mouse reports, say).
    func sendBytes(_ bytes: [UInt8]) {
        tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// A left click and release at a cell (0-based), as an xterm reports it (X10 encoding,
    /// which ncurses asks for on tmux).
    func click(x: Int, y: Int) {
        sendBytes([0x1B, 0x5B, 0x4D, 32 + 0, UInt8(33 + x), UInt8(33 + y)])
        sendBytes([0x1B, 0x5B, 0x4D, 32 + 3, UInt8(33 + x), UInt8(33 + y)])
    }

    /// A turn of the mouse wheel at a cell.
    func wheel(down: Bool, x: Int, y: Int) {
        sendBytes([0x1B, 0x5B, 0x4D, 32 + (down ? 65 : 64), UInt8(33 + x), UInt8(33 + y)])
    }

    // MARK: Reading

    /// The visible screen, one line per row (trailing blanks trimmed); with `escapes`, the
    /// attributes and colours as escape sequences; with `joined`, wrapped lines joined.
    func capture(escapes: Bool = false, joined: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []) + (joined ? ["-J"] : [])).output
    }

    /// The screen's lines.
    func lines() -> [String] {
        capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A tmux format about the pane: `#{alternate_on}`, `#{cursor_flag}`, `#{pane_pid}`…
    func display(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "main", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until it shows `text`, up to the deadline.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds for its text, up to the deadline.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(capture()) { return true }
            usleep(40_000)
        } while Date() < deadline
        return false
    }

    /// How the last `run` ended, once the shell has printed it.
    struct Report: CustomStringConvertible {
        var exitStatus: Int
        var sttyUnchanged: Bool
        var flags: Set<String>
        var description: String { "exit=\(exitStatus) stty \(sttyUnchanged ? "unchanged" : "changed") flags=\(flags.sorted())" }
    }

    func waitForReport(timeout: TimeInterval = 10) -> Report? {
        var report: Report?
        waitUntil(timeout: timeout) { _ in
            let lines = self.capture(joined: true).split(separator: "\n").map(String.init)
            guard let status = lines.last(where: { $0.hasPrefix("[e2e] exit=") }),
                  let flags = lines.last(where: { $0.hasPrefix("[e2e] flags:") }) else { return false }
            let fields = status.split(separator: " ")
            guard fields.count >= 3, let exit = Int(fields[1].dropFirst("exit=".count)) else { return false }
            report = Report(exitStatus: exit, sttyUnchanged: fields[2] == "stty=same",
                            flags: Set(flags.dropFirst("[e2e] flags:".count).split(separator: " ").map(String.init)))
            return true
        }
        return report
    }

    // MARK: Control

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program called `name` running under the shell, waiting for it to start.
    func childPID(named name: String = "debatemap", timeout: TimeInterval = 10) -> pid_t? {
        guard let shell = Int32(display("#{pane_pid}")) else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) {
                let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name { return child }
            }
            usleep(40_000)
        } while Date() < deadline
        return nil
    }

    /// Kills the server and everything in it.
    func stop() {
        guard running else { return }
        // Listed while the terminal exists: what outlives the server on it, the Swift
        // runtime's crash reporter, which a crashed `debatemap` starts and leaves waiting on
        // a socket it holds both ends of.
        let left = processesOnTerminal()
        running = false
        tmux(["kill-server"])
        unlink(socket)
        for pid in left { kill(pid, SIGKILL) }
    }

    /// The processes whose standard input is the pane's terminal (the shell, what it runs,
    /// and what they started).
    func processesOnTerminal() -> [pid_t] {
        let terminal = display("#{pane_tty}")
        guard terminal.hasPrefix("/dev/") else { return [] }
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap { pid_t($0) }.filter { pid in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0")) == terminal
        }
    }

    /// Whether a process is running (not gone, not a zombie waiting to be reaped).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        // The state follows the command name, which is in parentheses and may hold spaces.
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    deinit { stop() }
}
