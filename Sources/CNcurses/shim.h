// The one C header of DebateMap: ncursesw with its wide-character API switched on, the
// ncurses macros Swift cannot import as small functions, and the signal handling that
// must be async-signal-safe (so it is written in C).
#ifndef DEBATEMAP_CNCURSES_SHIM_H
#define DEBATEMAP_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t dm_a_bold(void) { return A_BOLD; }
static inline attr_t dm_a_dim(void) { return A_DIM; }
static inline attr_t dm_a_reverse(void) { return A_REVERSE; }
static inline attr_t dm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dm_a_normal(void) { return A_NORMAL; }

static inline mmask_t dm_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int dm_mouse_is_click(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int dm_mouse_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int dm_mouse_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

static inline int dm_colors(void) { return COLORS; }

// ---- Signals -----------------------------------------------------------------------
// State shared with the signal handlers lives in function-local statics, so that Swift's
// importer emits it along with the inline functions that use it.

// The terminal's state before we took it over, restored by the crash handler.
static inline struct termios *dm_termios_before(void) { static struct termios saved; return &saved; }
static inline volatile sig_atomic_t *dm_have_saved_termios(void) { static volatile sig_atomic_t have = 0; return &have; }
// The signal that asked us to stop (SIGINT, SIGTERM, SIGHUP), or 0.
static inline volatile sig_atomic_t *dm_pending_signal(void) { static volatile sig_atomic_t sig = 0; return &sig; }

static inline void dm_on_stop_signal(int sig) { *dm_pending_signal() = sig; }

// A runtime trap: put the terminal back as it was, then die of the same signal.
static inline void dm_on_crash(int sig) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    if (*dm_have_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, dm_termios_before());
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void dm_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, dm_termios_before()) == 0) *dm_have_saved_termios() = 1;
}

static inline void dm_install_signal_handlers(void) {
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = dm_on_stop_signal;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGINT, &stop, NULL);
    sigaction(SIGTERM, &stop, NULL);
    sigaction(SIGHUP, &stop, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = dm_on_crash;
    sigemptyset(&crash.sa_mask);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
}

static inline int dm_take_pending_signal(void) {
    int sig = *dm_pending_signal();
    *dm_pending_signal() = 0;
    return sig;
}

static inline int dm_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
