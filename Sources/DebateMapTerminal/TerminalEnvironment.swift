import CNcurses
import Foundation

/// What the command line needs to know about the terminal before taking it over.
public enum TerminalEnvironment {
    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour unless `NO_COLOR` is set or the terminal is dumb.
    public static func wantsColor() -> Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        return env["TERM"] != "dumb"
    }

    /// Whether the locale (from the environment) uses UTF-8; if not, draw in ASCII.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return dm_locale_is_utf8() != 0
    }
}
