import DebateMapBrowser
import Glibc

/// The run loop over any terminal (`TerminalUI.run` runs it on ncurses; tests on a
/// `MemoryTerminal`): draws the app's Screen when something changed, reads
/// keys, follows resizes and signals, and gives the app its work between keys.
public enum TerminalLoop {
    /// How long a read waits before the loop looks at the signals again.
    static let pollMilliseconds: Int32 = 100
    /// At most this many keys typed ahead are handled before the screen is drawn again.
    static let keysPerFrame = 64

    /// Runs until the app is done (returns 0) or a stop signal arrives (returns it; SIGHUP
    /// when the terminal went away). SIGTSTP suspends and redraws whole once continued.
    public static func run<App: TerminalApp, Terminal: TerminalBackend>(_ app: inout App, on terminal: inout Terminal) -> Int32 {
        var painter = Painter()
        var size = terminal.size
        guard app.handle(.resize(width: size.width, height: size.height)) else { return 0 }
        var needsDraw = true
        while true {
            switch terminal.takePendingSignal() {
            case 0:
                break
            case SIGTSTP:
                terminal.suspend()
                painter.invalidate()
                needsDraw = true
            case let signal:
                return signal
            }
            if terminal.takeContinued() {
                terminal.retake()
                painter.invalidate()
                needsDraw = true
            }
            if needsDraw {
                painter.draw(app.render(width: size.width, height: size.height), on: &terminal)
                needsDraw = false
            }
            // Wait for input (not at all while the app has work between keys: then a slice of
            // it is done when no key is waiting, and the screen drawn again); then take what
            // was typed ahead before drawing again, so that a held key never queues up frames.
            var wait = app.hasWorkBetweenKeys ? 0 : pollMilliseconds
            var handled = 0
            reading: while handled < keysPerFrame {
                switch terminal.read(waiting: wait) {
                case .nothing:
                    if wait > 0 && terminal.hungUp { return SIGHUP }
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
