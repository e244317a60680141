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
                    if wait > 0 && app.idle() { needsDraw = true }
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
                    let goOn = app.handle(key)
                    // What the key asked of the terminal, carried out at once (a copy typed
                    // just before q still reaches the clipboard).
                    if serve(app.takeRequests(), &app, &terminal) { painter.invalidate() }
                    guard goOn else { return 0 }
                    needsDraw = true
                    handled += 1
                    // A click is meant for the screen it was made on: show the result first.
                    if case .mouse = key { break reading }
                }
                wait = 0
            }
        }
    }

    /// Carries out an app's requests: a copy, an editor run (the app told when it ends).
    /// True when the terminal was given away, so the next frame must be drawn whole.
    static func serve<App: TerminalApp, Terminal: TerminalBackend>(_ requests: [TerminalRequest], _ app: inout App, _ terminal: inout Terminal) -> Bool {
        var gaveAway = false
        for request in requests {
            switch request {
            case .copy(let text):
                terminal.copy(text)
            case .edit(let path, let line):
                let status = terminal.run(Editor.command(path: path, line: line))
                gaveAway = true
                app.finished(request, status: status)
            }
        }
        return gaveAway
    }
}
