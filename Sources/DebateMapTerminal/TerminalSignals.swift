import CNcurses

/// The signal handling of a terminal session, over the shim's async-signal-safe C
/// (`CNcurses/signals.c`, which holds the one copy of the state the handlers share): every
/// signal that would end the process (SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, …),
/// SIGTSTP and SIGCONT set flags the input loop reads, so the terminal is given back first;
/// SIGQUIT (Ctrl-\) is ignored while the screen is taken; a runtime trap
/// (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE) restores the saved terminal settings,
/// writes the sequences that undo ours, and hands the signal to the handler it replaced.
public enum TerminalSignals {
    /// Ctrl-\ (SIGQUIT) quits plainly, as `cat` quits, unless it was ignored on entry: the
    /// Swift runtime's handler prints a crash report and waits 30 s for a key. At start-up;
    /// the browser ignores it while the screen is taken.
    public static func quitByDefault() { dm_quit_by_default() }

    /// Remembers the terminal's settings before anything changes them (for the crash handler).
    static func saveTerminal(fd: Int32) { dm_save_terminal(fd) }

    /// Installs our handlers, keeping the ones they replace. Before `newterm`, so ncurses
    /// sees handlers in place and does not install its own for these signals.
    static func install() { dm_install_signal_handlers() }

    /// Builds what the crash handler writes from the terminal's description (after `newterm`).
    static func prepareReset() { dm_prepare_reset() }

    /// Puts back the handlers `install()` replaced.
    static func restore() { dm_restore_signal_handlers() }

    /// The signal that asks to end or stop (SIGTSTP) that arrived since the last call, or 0.
    static func takePending() -> Int32 { dm_take_pending_signal() }

    /// Notes a stop signal as pending again (one that came while an editor ran).
    static func post(_ signal: Int32) { dm_set_pending_signal(signal) }

    /// Whether the process was continued (SIGCONT) since the last call.
    static func takeContinued() -> Bool { dm_take_continued() != 0 }

    /// Stops the process as Ctrl-Z does by default; returns when it is continued (`fg`).
    static func stopUntilContinued() { dm_stop_until_continued() }
}
