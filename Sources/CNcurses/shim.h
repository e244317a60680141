// The one C header of DebateMap: ncursesw with its wide-character API switched on.
#ifndef DEBATEMAP_CNCURSES_SHIM_H
#define DEBATEMAP_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
