// The one C header of DebateMap: ncursesw with its wide-character API switched on, the
// ncurses macros and globals Swift 6 cannot import (as small inline functions), and the
// signal handling that must be async-signal-safe (so it is written in C).
#ifndef DEBATEMAP_CNCURSES_SHIM_H
#define DEBATEMAP_CNCURSES_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE=600 that pkg-config gives; without these the wide
// functions (get_wch, setcchar, wadd_wch, wint_t) are not declared.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// glibc declares wcwidth only under _XOPEN_SOURCE; this is the same declaration.
extern int wcwidth(wchar_t c);

// ---- Globals and macros, as functions -------------------------------------------------

static inline WINDOW *dm_stdscr(void) { return stdscr; }
static inline int dm_colors(void) { return COLORS; }
static inline int dm_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t dm_a_normal(void) { return A_NORMAL; }
static inline attr_t dm_a_bold(void) { return A_BOLD; }
static inline attr_t dm_a_dim(void) { return A_DIM; }
static inline attr_t dm_a_reverse(void) { return A_REVERSE; }
static inline attr_t dm_a_underline(void) { return A_UNDERLINE; }

// Clicks arrive as press and release (mouseinterval(0) turns off click detection); the
// wheel as buttons 4 and 5.
static inline mmask_t dm_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int dm_mouse_is_click(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int dm_mouse_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int dm_mouse_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

static inline int dm_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// ---- The terminal's streams -------------------------------------------------------------

static inline FILE *dm_stdout(void) { return stdout; }

// Where keys come from: standard input when it is a terminal, else the controlling
// terminal (so `debatemap < file` still reads the keyboard). NULL if there is none.
static inline FILE *dm_open_input(void) {
    if (isatty(STDIN_FILENO)) return stdin;
    return fopen("/dev/tty", "r");
}
static inline int dm_is_stdin(FILE *f) { return f == stdin; }

// True when the terminal has gone away (its other end closed): reads would fail forever.
static inline int dm_input_hung_up(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    int n = poll(&p, 1, 0);
    if (n < 0) return errno == EBADF;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

// ---- Signals ------------------------------------------------------------------------------
// State shared with the handlers lives in function-local statics, so that Swift's importer
// emits it along with the inline functions that use it. Swift emits a private copy of a
// static inline function, statics included, into every object file that calls it: call
// everything below only from DebateMapTerminal/TerminalSignals.swift, whose functions are
// @inline(never) so that no call lands in another object file.
// Handlers touch only that state and async-signal-safe calls (tcsetattr, write,
// sigaction, raise).

struct dm_signal_state {
    volatile sig_atomic_t pending;      // SIGINT, SIGTERM, SIGHUP or SIGTSTP not yet handled, or 0
    volatile sig_atomic_t continued;    // SIGCONT arrived: the terminal may have been changed under us
    volatile sig_atomic_t have_termios; // whether `termios` holds the terminal as we found it
    int fd;                             // the terminal's file descriptor (where keys come from)
    struct termios termios;             // the terminal before we took it over
    char reset[256];                    // what puts the screen back: written by the crash handler
    size_t reset_length;
    struct sigaction before[32];        // the handlers we replaced, by signal number
};

static inline struct dm_signal_state *dm_signals(void) {
    static struct dm_signal_state state;
    return &state;
}

static inline const int *dm_stop_signal_list(void) {
    static const int list[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, 0 };
    return list;
}
static inline const int *dm_crash_signal_list(void) {
    static const int list[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, 0 };
    return list;
}

// A signal that ends the program wins over a pending Ctrl-Z.
static inline void dm_on_stop_signal(int sig) {
    struct dm_signal_state *s = dm_signals();
    if (sig == SIGTSTP && s->pending != 0 && s->pending != SIGTSTP) return;
    s->pending = sig;
}

// Continued after a stop we did not ask for (SIGSTOP): the shell has had the terminal.
static inline void dm_on_continue(int sig) { (void)sig; dm_signals()->continued = 1; }

// A runtime trap: put the terminal back as we found it; let the handler that was there
// before (the Swift runtime's backtracer) report it; then die of the signal as by default.
// Dying is not left to the old handler: the backtracer returns, trusting the faulting
// instruction to fault again, which a signal sent with kill(2) would not do.
static inline void dm_on_crash(int sig, siginfo_t *info, void *context) {
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

static inline void dm_append_reset(const char *sequence) {
    struct dm_signal_state *s = dm_signals();
    if (sequence == NULL || sequence == (const char *)-1) return;
    size_t n = strlen(sequence);
    if (s->reset_length + n >= sizeof s->reset) return;
    memcpy(s->reset + s->reset_length, sequence, n);
    s->reset_length += n;
}

// Remembers the terminal as it is now (before ncurses changes it), for the crash handler.
static inline void dm_save_terminal(int fd) {
    struct dm_signal_state *s = dm_signals();
    s->fd = fd;
    s->have_termios = tcgetattr(fd, &s->termios) == 0;
}

// Builds the sequence the crash handler writes, from the terminal's own description where
// it has one: mouse reporting off (every protocol), keypad mode off, attributes off, cursor
// visible, normal screen. Call after newterm.
static inline void dm_prepare_reset(void) {
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

// Installs our handlers, keeping the ones they replace. Stop signals only set a flag that
// the input loop reads (its reads time out, so it notices within a tenth of a second).
static inline void dm_install_signal_handlers(void) {
    struct dm_signal_state *s = dm_signals();
    s->pending = 0;
    s->continued = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = dm_on_stop_signal;
    for (const int *sig = dm_stop_signal_list(); *sig; ++sig) sigaction(*sig, &action, &s->before[*sig]);
    action.sa_handler = dm_on_continue;
    sigaction(SIGCONT, &action, &s->before[SIGCONT]);
    // On the alternate signal stack when there is one (the Swift runtime sets one up), so
    // that a stack overflow still reaches the handler.
    action.sa_handler = NULL;
    action.sa_sigaction = dm_on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (const int *sig = dm_crash_signal_list(); *sig; ++sig) sigaction(*sig, &action, &s->before[*sig]);
}

// Puts back the handlers that were there before dm_install_signal_handlers.
static inline void dm_restore_signal_handlers(void) {
    struct dm_signal_state *s = dm_signals();
    for (const int *sig = dm_stop_signal_list(); *sig; ++sig) sigaction(*sig, &s->before[*sig], NULL);
    for (const int *sig = dm_crash_signal_list(); *sig; ++sig) sigaction(*sig, &s->before[*sig], NULL);
    sigaction(SIGCONT, &s->before[SIGCONT], NULL);
}

// The stop signal that arrived since the last call, or 0.
static inline int dm_take_pending_signal(void) {
    int sig = dm_signals()->pending;
    dm_signals()->pending = 0;
    return sig;
}

// Whether SIGCONT arrived since the last call.
static inline int dm_take_continued(void) {
    int continued = dm_signals()->continued;
    dm_signals()->continued = 0;
    return continued;
}

// Stops the process as Ctrl-Z does by default, and returns once it is continued (`fg`).
// Call with the terminal already given back (endwin).
static inline void dm_stop_until_continued(void) {
    struct sigaction ours, dfl;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &ours);
    sigset_t tstp, old;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &old);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &ours, NULL);
}

#endif
