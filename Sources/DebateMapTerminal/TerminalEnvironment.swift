import CNcurses
import Glibc

/// What the command line needs to know about the terminal before taking it over: is
/// output a terminal, should it be coloured, can the locale show Unicode.
///
/// ```swift
/// guard TerminalEnvironment.stdoutIsTerminal else { print(outline); return }
/// let ascii = asciiFlag || !TerminalEnvironment.localeIsUTF8()
/// let color = TerminalEnvironment.useColor(.auto)
/// ```
public enum TerminalEnvironment {
    /// `--color auto|always|never`.
    public enum ColorMode: String, Sendable, CaseIterable {
        /// Colour unless `NO_COLOR` is set (to anything but "") or `TERM` is `dumb` or unset.
        case auto
        case always
        case never
    }

    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard input is a terminal (if not, the browser reads keys from /dev/tty).
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether to colour, given `--color` and the environment (by default, this process's).
    /// `always` and `never` win over the environment; the terminal must still have colours.
    public static func useColor(_ mode: ColorMode, environment: [String: String]? = nil) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = environment.map { $0["NO_COLOR"] } ?? getenv("NO_COLOR").map { String(cString: $0) }
            if let noColor, !noColor.isEmpty { return false }
            let term = environment.map { $0["TERM"] } ?? getenv("TERM").map { String(cString: $0) }
            return term.map { !$0.isEmpty && $0 != "dumb" } ?? false
        }
    }

    /// `useColor(.auto)`.
    public static func wantsColor() -> Bool { useColor(.auto) }

    /// Whether the locale the environment names (LC_ALL, LC_CTYPE, LANG) uses UTF-8; if
    /// not, draw with ASCII glyphs. Sets the process's locale from the environment.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return dm_locale_is_utf8() != 0
    }
}
