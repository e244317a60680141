import CNcurses
import DebateMapBrowser
import Foundation
import Glibc

/// The terminal while we hold it: ncurses started on it in the modes the browser needs,
/// our signal handlers installed, and everything given back by `end()` — or, on a runtime
/// trap, by the crash handler in the shim, from the state saved here before ncurses
/// changed anything.
///
/// Modes: cbreak (keys arrive at once, Ctrl-C and Ctrl-Z still signal), no echo, keypad
/// (arrows and page keys as key codes), nonl, a 25 ms Esc delay, hidden cursor, mouse
/// clicks and wheel with no click-detection delay, and colour pairs 1…6 for
/// `CellStyle.Color` on the terminal's default background when colour is wanted and the
/// terminal has it.
final class TerminalSession {
    let window: UnsafeMutablePointer<WINDOW>
    /// Whether colour pairs are set up.
    let colours: Bool
    /// Whether the locale is UTF-8 (else only ASCII is drawn).
    let unicode: Bool
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>
    private var ended = false

    init(options: TerminalOptions) throws {
        setlocale(LC_ALL, "")
        unicode = dm_locale_is_utf8() != 0
        guard let input = dm_open_input() else {
            throw TerminalUI.Failure(description: "no terminal to read keys from")
        }
        self.input = input
        // Before ncurses: the terminal as we found it, for the crash handler; and our
        // handlers in place, so that ncurses does not install its own for these signals.
        TerminalSignals.saveTerminal(fd: fileno(input))
        TerminalSignals.install()
        guard let screen = newterm(nil, dm_stdout(), input), let window = dm_stdscr() else {
            TerminalSignals.restore()
            if dm_is_stdin(input) == 0 { fclose(input) }
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalUI.Failure(description: "cannot use the terminal (TERM=\(term.isEmpty ? "unset" : term))")
        }
        self.screen = screen
        self.window = window
        TerminalSignals.prepareReset()

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        // ncurses waits no time for the rest of a sequence it knows: a terminal sends one in
        // one write, and the KeyDecoder waits for the rest of one a slow link cut in two.
        set_escdelay(0)
        curs_set(0)
        if options.mouse {
            mousemask(dm_mouse_events(), nil)
            mouseinterval(0)
        }
        colours = options.color && TerminalSession.startColours()
    }

    /// Colour pairs 1…6 in the order of `CellStyle.Color` (pair 0 is the default), each a
    /// foreground on the terminal's own background. False when the terminal cannot.
    private static func startColours() -> Bool {
        guard has_colors(), start_color() == OK, use_default_colors() == OK else { return false }
        let foreground: [CellStyle.Color: Int32] = [
            .red: COLOR_RED, .green: COLOR_GREEN, .yellow: COLOR_YELLOW,
            .blue: COLOR_BLUE, .magenta: COLOR_MAGENTA, .cyan: COLOR_CYAN,
        ]
        guard dm_colors() >= 8, dm_color_pairs() > CellStyle.Color.allCases.count else { return false }
        for color in CellStyle.Color.allCases where color != .plain {
            init_pair(Int16(color.rawValue), Int16(foreground[color] ?? -1), -1)
        }
        return true
    }

    /// The window's size now.
    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// Whether the terminal has gone away (its other end closed).
    var hungUp: Bool { dm_input_hung_up(fileno(input)) != 0 }

    /// Ctrl-Z: gives the terminal back, stops until `fg`, then takes it again. The caller
    /// repaints everything afterwards.
    func suspend() {
        endwin()
        TerminalSignals.stopUntilContinued()
        // The first refresh after endwin puts the terminal back in our modes (keypad and
        // mouse included) and re-enters the alternate screen.
        wrefresh(window)
        _ = TerminalSignals.takeContinued()  // that SIGCONT was ours
    }

    /// After a stop we did not see coming (SIGSTOP, then `fg`): the shell has had the
    /// terminal and set its own modes. Takes it again; the caller repaints everything.
    func retake() {
        endwin()
        wrefresh(window)
    }

    /// Puts text on the clipboard: OSC 52, which terminals (and tmux with `set-clipboard on`)
    /// pass to the system clipboard, over SSH too. Written after what ncurses has written.
    func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fflush(dm_stdout())
        var bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }

    /// Gives the terminal to a command (the editor) until it ends: the screen as we found
    /// it, the command on our terminal, then ours again. When the editor is stopped (Ctrl-Z
    /// in it), this process stops too, so the shell has the terminal; both go on at `fg`.
    /// Ctrl-C and Ctrl-Z meant for the editor are not taken as ours afterwards.
    func run(_ command: [String]) -> Int32 {
        endwin()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if dm_is_stdin(input) == 0 { posix_spawn_file_actions_adddup2(&actions, fileno(input), 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var status: Int32 = -1
        if posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 {
            while true {
                let r = waitpid(pid, &status, WUNTRACED)
                if r < 0 { if errno == EINTR { continue }; status = -1; break }
                guard status & 0xff == 0x7f else { break }   // stopped, not ended
                _ = TerminalSignals.takePending()
                TerminalSignals.stopUntilContinued()
                kill(pid, SIGCONT)
            }
        }
        let during = TerminalSignals.takePending()
        if during != 0 && during != SIGINT && during != SIGTSTP { TerminalSignals.post(during) }
        _ = TerminalSignals.takeContinued()
        wrefresh(window)
        if status == -1 { return -1 }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Gives the terminal back as we found it: mouse reporting off, cursor visible, normal
    /// screen, echo and canonical mode on; and puts the old signal handlers back.
    func end() {
        guard !ended else { return }
        ended = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        TerminalSignals.restore()
        if dm_is_stdin(input) == 0 { fclose(input) }
    }

    deinit { end() }
}
