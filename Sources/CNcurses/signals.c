// The signal handling of a terminal session, async-signal-safe, with the state the handlers
// share in one place: every signal whose default would end the process while the screen is
// taken (SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGALRM, SIGPROF, the real-time ones, …) and
// SIGTSTP set a flag the input loop reads, so it gives the terminal back before it exits or
// stops; SIGCONT sets another;
// SIGQUIT (Ctrl-\) is ignored, a key like any other in a full-screen program; a runtime trap
// restores the terminal saved before ncurses changed it, writes the sequences that undo
// ours, and hands the signal to the handler it replaced.
#include "shim.h"


struct dm_signal_state {
    volatile sig_atomic_t pending;      // a stop signal (SIGINT, SIGTERM, SIGTSTP, …) not yet handled, or 0
    volatile sig_atomic_t continued;    // SIGCONT arrived: the terminal may have been changed under us
    volatile sig_atomic_t continues;    // how many SIGCONTs have arrived
    sig_atomic_t continues_at_stop;     // `continues` when the pending SIGTSTP was taken
    volatile sig_atomic_t have_termios; // whether `termios` holds the terminal as we found it
    int fd;                             // the terminal's file descriptor (where keys come from)
    struct termios termios;             // the terminal before we took it over
    char reset[256];                    // what puts the screen back: written by the crash handler
    size_t reset_length;
    struct sigaction before[NSIG];      // the handlers we replaced, by signal number
    char taken[NSIG];                   // which signals we took over (only those left at their default)
};

// The one copy of the state the handlers share with the input loop.
static struct dm_signal_state state;

static struct dm_signal_state *dm_signals(void) { return &state; }

static const int *dm_stop_signal_list(void) {
    static const int list[] = {
        SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGSYS,
        SIGPIPE, SIGIO, SIGXCPU, SIGXFSZ,
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
        0 };
    return list;
}
static const int *dm_ignored_signal_list(void) {
    static const int list[] = { SIGQUIT, 0 };
    return list;
}
static const int *dm_crash_signal_list(void) {
    static const int list[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, 0 };
    return list;
}

// A signal that ends the program wins over a pending Ctrl-Z. SIGTTIN and SIGTTOU stop the
// process by default, as SIGTSTP does: they are taken as a Ctrl-Z, so the terminal is given
// back before it stops.
static void dm_on_stop_signal(int sig) {
    struct dm_signal_state *s = dm_signals();
    if (sig == SIGTTIN || sig == SIGTTOU) {
        // In the background (after `bg`, or started with `&`), the terminal is not ours to
        // give back: stop at once, as by default. Taken as a Ctrl-Z there, ncurses would
        // retry the terminal call the signal interrupted, forever, before the loop saw it.
        if (tcgetpgrp(s->fd) != getpgrp()) {
            struct sigaction dfl, ours;
            memset(&dfl, 0, sizeof dfl);
            dfl.sa_handler = SIG_DFL;
            sigemptyset(&dfl.sa_mask);
            sigaction(sig, &dfl, &ours);
            sigset_t set, old;
            sigemptyset(&set);
            sigaddset(&set, sig);
            sigprocmask(SIG_UNBLOCK, &set, &old);
            raise(sig);
            sigprocmask(SIG_SETMASK, &old, NULL);
            sigaction(sig, &ours, NULL);
            return;
        }
        sig = SIGTSTP;
    }
    if (sig == SIGTSTP && s->pending != 0 && s->pending != SIGTSTP) return;
    s->pending = sig;
}

// Continued: after a stop we did not ask for (SIGSTOP), the shell has had the terminal. A
// SIGTSTP not yet acted on is cancelled: stopped and continued from outside, as by
// `kill -TSTP` then `kill -CONT`, the process runs on (stopping itself now would wait for a
// SIGCONT that has already come).
static void dm_on_continue(int sig) {
    (void)sig;
    struct dm_signal_state *s = dm_signals();
    s->continued = 1;
    s->continues += 1;
    if (s->pending == SIGTSTP) s->pending = 0;
}

// A runtime trap: put the terminal back as we found it; let the handler that was there
// before (the Swift runtime's backtracer) report it; then die of the signal as by default.
// Dying is not left to the old handler: the backtracer returns, trusting the faulting
// instruction to fault again, which a signal sent with kill(2) would not do.
static void dm_on_crash(int sig, siginfo_t *info, void *context) {
    struct dm_signal_state *s = dm_signals();
    if (s->have_termios) tcsetattr(s->fd, TCSANOW, &s->termios);
    if (s->reset_length > 0) {
        // To where ncurses draws (the key input may be a read-only /dev/tty).
        ssize_t ignored = write(STDOUT_FILENO, s->reset, s->reset_length);
        (void)ignored;
    }
    struct sigaction *before = &s->before[sig];
    if (before->sa_flags & SA_SIGINFO) {
        if (before->sa_sigaction != NULL) before->sa_sigaction(sig, info, context);
    } else if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
        before->sa_handler(sig);
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(sig, &dfl, NULL);
    raise(sig);  // blocked until this handler returns, then fatal
}

static void dm_append_reset(const char *sequence) {
    struct dm_signal_state *s = dm_signals();
    if (sequence == NULL || sequence == (const char *)-1) return;
    size_t n = strlen(sequence);
    if (s->reset_length + n >= sizeof s->reset) return;
    memcpy(s->reset + s->reset_length, sequence, n);
    s->reset_length += n;
}

// Remembers the terminal as it is now (before ncurses changes it), for the crash handler.
void dm_save_terminal(int fd) {
    struct dm_signal_state *s = dm_signals();
    s->fd = fd;
    s->have_termios = tcgetattr(fd, &s->termios) == 0;
}

// Builds the sequence the crash handler writes, from the terminal's own description where
// it has one: mouse reporting off (every protocol), keypad mode off, attributes off, cursor
// visible, normal screen. Call after newterm.
void dm_prepare_reset(void) {
    struct dm_signal_state *s = dm_signals();
    s->reset_length = 0;
    dm_append_reset("\033[?1000l\033[?1002l\033[?1003l\033[?1005l\033[?1006l\033[?1015l");
    const char *rmkx = tigetstr("rmkx"), *sgr0 = tigetstr("sgr0"), *cnorm = tigetstr("cnorm"), *rmcup = tigetstr("rmcup");
    dm_append_reset(rmkx != NULL && rmkx != (char *)-1 ? rmkx : "\033[?1l\033>");
    dm_append_reset(sgr0 != NULL && sgr0 != (char *)-1 ? sgr0 : "\033[0m");
    dm_append_reset(cnorm != NULL && cnorm != (char *)-1 ? cnorm : "\033[?25h");
    dm_append_reset(rmcup != NULL && rmcup != (char *)-1 ? rmcup : "\033[?1049l");
    dm_append_reset("\r\n");
}

// Installs `action` for `sig` if the signal is at its default, keeping what was there.
static void dm_take_over(int sig, const struct sigaction *action) {
    struct dm_signal_state *s = dm_signals();
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return;
    if ((current.sa_flags & SA_SIGINFO) || current.sa_handler != SIG_DFL) return;
    if (sigaction(sig, action, &s->before[sig]) == 0) s->taken[sig] = 1;
}

// Ctrl-\ quits plainly, as by default, unless it was ignored on entry: the Swift runtime's
// handler would print a crash report and wait 30 seconds for a key.
void dm_quit_by_default(void) {
    struct sigaction current;
    if (sigaction(SIGQUIT, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN) return;
    signal(SIGQUIT, SIG_DFL);
}

// Installs our handlers, keeping the ones they replace. Stop signals only set a flag that
// the input loop reads (its reads time out, so it notices within a tenth of a second).
void dm_install_signal_handlers(void) {
    struct dm_signal_state *s = dm_signals();
    s->pending = 0;
    s->continued = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    // The stop and continue handlers never interrupt each other: a SIGCONT that came while a
    // SIGTSTP was being noted would otherwise be counted first, and the SIGTSTP noted after
    // it would then stop the process with nothing left to continue it.
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGCONT);
    for (const int *sig = dm_stop_signal_list(); *sig; ++sig) sigaddset(&action.sa_mask, *sig);
    // The real-time signals end a process by default too (their numbers are known only at
    // run time). The C library keeps the first few for its threads: SIGRTMIN is above them.
    for (int sig = SIGRTMIN; sig <= SIGRTMAX && sig < NSIG; ++sig) sigaddset(&action.sa_mask, sig);
    action.sa_handler = dm_on_stop_signal;
    // Only signals left at their default are taken over: one ignored on entry (SIGINT in a
    // job started with `&` by a script) stays ignored, one handled (a profiler's SIGPROF)
    // stays handled.
    for (const int *sig = dm_stop_signal_list(); *sig; ++sig) dm_take_over(*sig, &action);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX && sig < NSIG; ++sig) dm_take_over(sig, &action);
    action.sa_handler = dm_on_continue;
    sigaction(SIGCONT, &action, &s->before[SIGCONT]);
    action.sa_handler = SIG_IGN;
    for (const int *sig = dm_ignored_signal_list(); *sig; ++sig) sigaction(*sig, &action, &s->before[*sig]);
    sigemptyset(&action.sa_mask);
    // On the alternate signal stack when there is one (the Swift runtime sets one up), so
    // that a stack overflow still reaches the handler.
    action.sa_handler = NULL;
    action.sa_sigaction = dm_on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (const int *sig = dm_crash_signal_list(); *sig; ++sig) sigaction(*sig, &action, &s->before[*sig]);
}

// Puts back the handlers that were there before dm_install_signal_handlers.
void dm_restore_signal_handlers(void) {
    struct dm_signal_state *s = dm_signals();
    for (int sig = 1; sig < NSIG; ++sig) {
        if (s->taken[sig]) sigaction(sig, &s->before[sig], NULL);
        s->taken[sig] = 0;
    }
    for (const int *sig = dm_crash_signal_list(); *sig; ++sig) sigaction(*sig, &s->before[*sig], NULL);
    for (const int *sig = dm_ignored_signal_list(); *sig; ++sig) sigaction(*sig, &s->before[*sig], NULL);
    sigaction(SIGCONT, &s->before[SIGCONT], NULL);
}

// The stop signal that arrived since the last call, or 0.
int dm_take_pending_signal(void) {
    struct dm_signal_state *s = dm_signals();
    s->continues_at_stop = s->continues;
    int sig = s->pending;
    s->pending = 0;
    return sig;
}

// Whether SIGCONT arrived since the last call.
int dm_take_continued(void) {
    int continued = dm_signals()->continued;
    dm_signals()->continued = 0;
    return continued;
}

// Stops the process as Ctrl-Z does by default, and returns once it is continued (`fg`).
// Call with the terminal already given back (endwin).
void dm_stop_until_continued(void) {
    struct sigaction ours, dfl;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &ours);
    sigset_t tstp, old;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &old);
    // Not when a SIGCONT came after the SIGTSTP was taken: nothing would wake us.
    if (dm_signals()->continues == dm_signals()->continues_at_stop) raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &ours, NULL);
}


// Notes a stop signal as if it had just arrived (one taken while another program had the
// terminal, to be acted on now).
void dm_set_pending_signal(int sig) {
    dm_signals()->pending = sig;
}
