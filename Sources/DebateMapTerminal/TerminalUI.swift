import CNcurses
import DebateMapBrowser
import Glibc

/// Runs an app full-screen with ncurses: draws its Screen (only what changed), turns input
/// into keys, follows resizes, and gives the terminal back as it was on every way out.
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
/// - SIGINT (Ctrl-C), SIGTERM, SIGHUP: returns the signal's number, within a tenth of a
///   second (the handlers only set a flag; reads time out so the loop sees it);
/// - the terminal going away: returns SIGHUP;
/// - a runtime trap (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE): the shim's
///   handler restores the saved terminal settings, writes the sequences that undo ours,
///   and passes the signal on to the handler that was there before (the Swift runtime's
///   backtracer, or death).
///
/// Ctrl-Z gives the terminal back and stops the process; `fg` takes it again and redraws
/// everything — also after a SIGSTOP, which cannot be caught, once SIGCONT arrives. A
/// resize redraws everything at the new size.
public enum TerminalUI {
    /// The terminal could not be used (no terminal, or one ncurses does not know).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// How long a read waits before the loop looks at the signal flag again.
    static let pollMilliseconds: Int32 = 100
    /// At most this many keys typed ahead are handled before the screen is drawn again.
    static let keysPerFrame = 64

    /// Runs until the app is done or a stop signal arrives. Returns the signal that ended
    /// it, or 0 when the app quit. Throws `Failure` before touching the terminal if it
    /// cannot be used.
    @discardableResult
    public static func run<App: TerminalApp>(_ app: inout App, options: TerminalOptions = TerminalOptions()) throws -> Int32 {
        let session = try TerminalSession(options: options)
        defer { session.end() }
        var painter = Painter(window: session.window, colours: session.colours, unicode: session.unicode)
        let reader = KeyReader(window: session.window)
        var size = session.size
        guard app.handle(.resize(width: size.width, height: size.height)) else { return 0 }
        var needsDraw = true
        while true {
            switch TerminalSignals.takePending() {
            case 0:
                break
            case SIGTSTP:
                session.suspend()
                painter.invalidate()
                needsDraw = true
            case let signal:
                return signal
            }
            if TerminalSignals.takeContinued() {
                session.retake()
                painter.invalidate()
                needsDraw = true
            }
            if needsDraw {
                painter.draw(app.render(width: size.width, height: size.height))
                needsDraw = false
            }
            // Wait for input (not at all while the app has work between keys: then a slice of
            // it is done when no key is waiting, and the screen drawn again); then take what
            // was typed ahead before drawing again, so that a held key never queues up frames.
            var wait = app.hasWorkBetweenKeys ? 0 : pollMilliseconds
            var handled = 0
            reading: while handled < keysPerFrame {
                switch reader.read(waiting: wait) {
                case .nothing:
                    if wait > 0 && session.hungUp { return SIGHUP }
                    if handled == 0 && app.hasWorkBetweenKeys {
                        app.workBetweenKeys()
                        needsDraw = true
                    }
                    break reading
                case .ignored:
                    break
                case .key(let key):
                    if case .resize(let width, let height) = key {
                        size = (width, height)
                        painter.invalidate()
                    }
                    guard app.handle(key) else { return 0 }
                    needsDraw = true
                    handled += 1
                    // A click is meant for the screen it was made on: show the result first.
                    if case .mouse = key { break reading }
                }
                wait = 0
            }
        }
    }
}
