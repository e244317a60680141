import CNcurses
import DebateMapBrowser
import Glibc

/// Runs an app full-screen with ncurses (`TerminalLoop` over an `NcursesTerminal`): draws its
/// Screen (only what changed), turns input into keys, follows resizes, and gives the terminal
/// back as it was on every way out.
///
/// ```swift
/// var browser = Browser(corpus: corpus, options: BrowserOptions(ascii: ascii, color: color))
/// let signal = try TerminalUI.run(&browser, options: TerminalOptions(color: color))
/// if signal != 0 { throw ExitCode(128 + signal) }   // as a shell reports a signal
/// ```
///
/// Ways out, each leaving echo and canonical mode on, the cursor visible, the normal
/// screen and mouse reporting off:
/// - the app returns false from `handle` (`q`): returns 0;
/// - SIGINT (Ctrl-C), SIGTERM, SIGHUP, and every other signal whose default would end the
///   process (SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPIPE, SIGIO, SIGXCPU, SIGXFSZ,
///   SIGPWR): returns the signal's number, within a tenth of a second (the handlers only set
///   a flag; reads time out so the loop sees it); SIGQUIT (Ctrl-\\) is ignored;
/// - the terminal going away: returns SIGHUP;
/// - a runtime trap (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE): the shim's
///   handler restores the saved terminal settings, writes the sequences that undo ours,
///   and passes the signal on to the handler that was there before (the Swift runtime's
///   backtracer, or death).
///
/// Ctrl-Z gives the terminal back and stops the process; `fg` takes it again and redraws
/// everything — also after a SIGSTOP, which cannot be caught, once SIGCONT arrives. A
/// SIGTSTP followed by a SIGCONT before it was acted on leaves the process running. A
/// resize redraws everything at the new size.
public enum TerminalUI {
    /// The terminal could not be used (no terminal, or one ncurses does not know).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// Runs until the app is done or a stop signal arrives. Returns the signal that ended
    /// it, or 0 when the app quit. Throws `Failure` before touching the terminal if it
    /// cannot be used.
    @discardableResult
    public static func run<App: TerminalApp>(_ app: inout App, options: TerminalOptions = TerminalOptions()) throws -> Int32 {
        let session = try TerminalSession(options: options)
        defer { session.end() }
        var terminal = NcursesTerminal(session: session)
        return TerminalLoop.run(&app, on: &terminal)
    }
}
