import CNcurses

/// The signal handling of a terminal session, over the shim's async-signal-safe C:
/// SIGINT, SIGTERM, SIGHUP, SIGTSTP and SIGCONT set flags the input loop reads; a runtime trap
/// (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE) restores the saved terminal settings,
/// writes the sequences that undo ours, and hands the signal to the handler it replaced.
///
/// Every call that touches the handlers' shared state is in this one file, and none of
/// these functions may be inlined elsewhere (`@inline(never)`), on purpose: the state lives
/// in function-local statics of `static inline` C functions, and Swift emits a private copy
/// of such a function, statics included, into each object file that calls it (one per
/// source file, in release builds too). Called from several files, the handler would set
/// one copy of the flag and the loop read another. Check with
/// `nm .build/release/DebateMapTerminal.build/*.o | grep dm_signals.state`: one line.
enum TerminalSignals {
    /// Remembers the terminal's settings before anything changes them (for the crash handler).
    @inline(never) static func saveTerminal(fd: Int32) { dm_save_terminal(fd) }

    /// Installs our handlers, keeping the ones they replace. Before `newterm`, so ncurses
    /// sees handlers in place and does not install its own for these signals.
    @inline(never) static func install() { dm_install_signal_handlers() }

    /// Builds what the crash handler writes from the terminal's description (after `newterm`).
    @inline(never) static func prepareReset() { dm_prepare_reset() }

    /// Puts back the handlers `install()` replaced.
    @inline(never) static func restore() { dm_restore_signal_handlers() }

    /// The stop signal (SIGINT, SIGTERM, SIGHUP, SIGTSTP) that arrived since the last call, or 0.
    @inline(never) static func takePending() -> Int32 { dm_take_pending_signal() }

    /// Whether the process was continued (SIGCONT) since the last call.
    @inline(never) static func takeContinued() -> Bool { dm_take_continued() != 0 }

    /// Stops the process as Ctrl-Z does by default; returns when it is continued (`fg`).
    @inline(never) static func stopUntilContinued() { dm_stop_until_continued() }
}
