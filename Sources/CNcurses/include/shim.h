// ncursesw for DebateMap: its wide-character API switched on, the ncurses macros and globals
// Swift 6 cannot import (as small inline functions), and the signal handling that must be
// async-signal-safe (so it is written in C, in signals.c).
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
static inline attr_t dm_a_italic(void) { return A_ITALIC; }

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
// Defined in signals.c, which holds the one copy of the state the handlers share. Handlers
// touch only that state and async-signal-safe calls (tcsetattr, write, sigaction, raise).

// Remembers the terminal as it is now (before ncurses changes it), for the crash handler.
void dm_save_terminal(int fd);
// Builds the sequence the crash handler writes (mouse reporting, keypad mode and attributes
// off, cursor visible, normal screen), from the terminal's own description. After newterm.
void dm_prepare_reset(void);
// Installs our handlers, keeping the ones they replace: every signal that would end or stop
// the process (SIGINT, SIGTERM, SIGTSTP, …), where it is at its default, sets a flag the
// input loop reads; SIGCONT another; a runtime trap (SIGILL, SIGTRAP, SIGABRT,
// SIGSEGV, SIGBUS, SIGFPE) restores the terminal and hands the signal on.
void dm_install_signal_handlers(void);
// Puts back the handlers that were there before dm_install_signal_handlers.
void dm_restore_signal_handlers(void);
// SIGQUIT back to its default (quit), unless it was ignored on entry.
void dm_quit_by_default(void);
// The stop signal that arrived since the last call, or 0.
int dm_take_pending_signal(void);
void dm_set_pending_signal(int sig);
// Whether SIGCONT arrived since the last call.
int dm_take_continued(void);
// Stops the process as Ctrl-Z does by default, and returns once it is continued (`fg`).
// Call with the terminal already given back (endwin).
void dm_stop_until_continued(void);

#endif
