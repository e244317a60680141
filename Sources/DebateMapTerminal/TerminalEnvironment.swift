import CNcurses
import Glibc

/// What the command line needs to know about the terminal before taking it over: is
/// output a terminal, can the locale show Unicode. (Whether to colour is `ColorPolicy`'s.)
///
/// ```swift
/// guard TerminalEnvironment.stdoutIsTerminal else { print(outline); return }
/// let ascii = asciiFlag || !TerminalEnvironment.localeIsUTF8()
/// ```
public enum TerminalEnvironment {
    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard input is a terminal (if not, the browser reads keys from /dev/tty).
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Why the terminal cannot show a full screen (TERM unset or empty, or `dumb`, as in Emacs'
    /// `M-x shell`: no cursor addressing), or nil when it may. A terminal ncurses does not
    /// know at all is left to fail with its name (`TerminalUI.Failure`).
    public static func cannotDrawFullScreen(term: String?) -> String? {
        guard let term, !term.isEmpty else { return "TERM is not set" }
        return term == "dumb" ? "TERM=dumb cannot draw a full screen" : nil
    }

    /// Whether the locale the environment names (LC_ALL, LC_CTYPE, LANG) uses UTF-8; if
    /// not, draw with ASCII glyphs. Sets the process's locale from the environment.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return dm_locale_is_utf8() != 0
    }
}
