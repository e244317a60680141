import CNcurses
import DebateMapBrowser
import Foundation

/// Runs an app full-screen with ncurses: draws its Screen (only the rows that changed),
/// turns input into keys, follows resizes, and gives the terminal back as it was on every
/// way out — `q`, Ctrl-C, SIGTERM, SIGHUP, and (through the crash handler) a runtime trap.
/// Ctrl-Z and `fg` are handled by ncurses, which redraws on return.
public enum TerminalUI {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs until the app is done or a stop signal arrives. Returns the signal that ended
    /// it (0 when the app quit).
    @discardableResult
    public static func run<App: TerminalApp>(_ app: inout App, options: TerminalOptions) throws -> Int32 {
        setlocale(LC_ALL, "")
        dm_save_terminal()
        guard let window = initscr() else { throw Failure(description: "cannot initialise the terminal") }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        mousemask(dm_mouse_events(), nil)
        mouseinterval(0)
        let colours = options.color && has_colors()
        if colours {
            start_color()
            use_default_colors()
            let palette: [Int16] = [Int16(COLOR_RED), Int16(COLOR_GREEN), Int16(COLOR_YELLOW), Int16(COLOR_BLUE), Int16(COLOR_MAGENTA), Int16(COLOR_CYAN)]
            for (i, colour) in palette.enumerated() { init_pair(Int16(i + 1), colour, -1) }
        }
        dm_install_signal_handlers()
        defer {
            mousemask(0, nil)
            curs_set(1)
            endwin()
        }

        var painter = Painter(window: window, colours: colours)
        var width = Int(getmaxx(window)), height = Int(getmaxy(window))
        _ = app.handle(.resize(width: width, height: height))
        wtimeout(window, 100)
        while true {
            painter.draw(app.render(width: width, height: height))
            let signal = dm_take_pending_signal()
            if signal != 0 { return signal }
            guard let key = KeyReader.read(window) else { continue }
            if case .resize = key {
                width = Int(getmaxx(window))
                height = Int(getmaxy(window))
                painter.invalidate()
                if !app.handle(.resize(width: width, height: height)) { return 0 }
                continue
            }
            if !app.handle(key) { return 0 }
        }
    }
}
