#ifndef INFLUENCE_CNCURSES_SHIM_H
#define INFLUENCE_CNCURSES_SHIM_H

// Without NCURSES_WIDECHAR, cchar_t, get_wch and setcchar are invisible to Swift.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <stdio.h>
#include <termios.h>
#include <wchar.h>

// What Swift cannot import from curses.h: the A_* and KEY_* macros are expressions
// (NCURSES_BITS, octal), and stdscr/COLS/LINES/COLORS are globals Swift 6 rejects as
// not concurrency-safe. Keep every curses call on the main thread.

// Attributes. A_ITALIC (bit 31) is left out on purpose: it does not fit an Int32.
static const attr_t influence_A_NORMAL = A_NORMAL;
static const attr_t influence_A_BOLD = A_BOLD;
static const attr_t influence_A_DIM = A_DIM;
static const attr_t influence_A_REVERSE = A_REVERSE;
static const attr_t influence_A_UNDERLINE = A_UNDERLINE;

// Key codes wget_wch reports with KEY_CODE_YES.
static const int influence_KEY_CODE_YES = KEY_CODE_YES;
static const int influence_KEY_MIN = KEY_MIN;
static const int influence_KEY_RESIZE = KEY_RESIZE;
static const int influence_KEY_UP = KEY_UP;
static const int influence_KEY_DOWN = KEY_DOWN;
static const int influence_KEY_LEFT = KEY_LEFT;
static const int influence_KEY_RIGHT = KEY_RIGHT;
static const int influence_KEY_BTAB = KEY_BTAB;
static const int influence_KEY_BACKSPACE = KEY_BACKSPACE;
static const int influence_KEY_NPAGE = KEY_NPAGE;
static const int influence_KEY_PPAGE = KEY_PPAGE;
static const int influence_KEY_HOME = KEY_HOME;
static const int influence_KEY_END = KEY_END;
static const int influence_KEY_ENTER = KEY_ENTER;
static const int influence_KEY_DC = KEY_DC;
// Keypad keys some terminals send for Home/End/PgUp/PgDn (the corners of the 3x3 keypad).
static const int influence_KEY_A1 = KEY_A1;
static const int influence_KEY_A3 = KEY_A3;
static const int influence_KEY_C1 = KEY_C1;
static const int influence_KEY_C3 = KEY_C3;

static const int influence_KEY_MOUSE = KEY_MOUSE;

static const int influence_ERR = ERR;
static const int influence_OK = OK;

/// The standard streams, for newterm (Swift 6 rejects the `stdout`/`stdin` globals).
FILE *influence_stdout(void);
FILE *influence_stdin(void);

/// The current screen's standard window.
WINDOW *influence_stdscr(void);

/// Rows and columns of a window (getmaxyx is a macro).
int influence_window_rows(const WINDOW *win);
int influence_window_cols(const WINDOW *win);

/// The attribute that selects colour pair `pair` (COLOR_PAIR is a macro), e.g. for wbkgd.
chtype influence_color_pair(short pair);

/// Number of colours and colour pairs the terminal offers (0 before start_color).
int influence_colors(void);
int influence_color_pairs(void);

/// True when the current locale's codeset (nl_langinfo(CODESET)) is UTF-8.
bool influence_locale_is_utf8(void);

/// Columns a wide character takes per the C library (-1 when not printable).
/// Swift's Glibc module hides wcwidth.
int influence_wcwidth(wchar_t wc);

/// Puts one character cell at y,x: `text` is one spacing character followed by up to
/// CCHARW_MAX-1 combining ones (`count` of them, not NUL-terminated). Returns ERR or OK;
/// writing the bottom-right cell reports ERR although it is drawn.
int influence_put(WINDOW *win, int y, int x, const wchar_t *text, int count, attr_t attrs, short pair);

// The mouse: button 1 presses and the wheel (buttons 4 and 5), reported at once (no click
// interval). Returns whether the terminal reports the mouse at all.
bool influence_mouse_enable(void);
/// Stops mouse reporting (the terminal's own selection works again).
void influence_mouse_disable(void);
/// After KEY_MOUSE: the event's cell and kind (1 button 1 pressed, 4 wheel up, 5 wheel down, 0 other).
/// Returns ERR when there is no event to read.
int influence_mouse_read(int *x, int *y, int *kind);

// Signals that ask the program to stop (SIGINT, SIGTERM, SIGHUP).
// Install before curses starts: ncurses only catches SIGINT/SIGTERM when they are at their
// default action, and then exits without running our code. Our handlers only record the
// signal; they are installed without SA_RESTART so a blocking read returns (get_wch gives
// ERR) and the main loop can shut down in order. A signal already ignored (nohup) stays ignored.
void influence_signals_install(void);
/// Puts back the handlers that were there before influence_signals_install.
void influence_signals_remove(void);
/// The last stop signal received since the previous call (0 if none), and clears it.
int influence_signal_pending(void);

// Suspend (Ctrl-Z). Installed before curses starts, so ncurses does not install its own
// SIGTSTP handler (which suspends from inside the signal handler, with SA_RESTART, so the
// program never learns it was resumed). Ours records the request and interrupts the read;
// the main loop then calls endwin and influence_suspend_now, and repaints on return.
// Not installed when SIGTSTP is ignored (a shell without job control).
void influence_suspend_install(void);
void influence_suspend_remove(void);
/// Whether Ctrl-Z was pressed since the previous call; clears the request.
bool influence_suspend_pending(void);
/// Stops the process the way Ctrl-Z would by default; returns once it is continued (fg).
void influence_suspend_now(void);

// Waiting for input: the terminal's and one other descriptor's (a room file watched by inotify).
// influence_wait_hold blocks the signals the explorer acts on (SIGINT, SIGTERM, SIGHUP, SIGTSTP,
// SIGWINCH) until influence_wait_release. Between the two, look for what is pending (signals
// already recorded, keys curses already holds), then call influence_wait: it lets the signals
// through only while it sleeps (ppoll), so one that arrives after the look still wakes it.
void influence_wait_hold(void);
void influence_wait_release(void);
/// Whether a stop signal or Ctrl-Z has been recorded and not yet taken (does not clear it).
bool influence_signal_waiting(void);
/// Sleeps until `input_fd` (bit 1: readable or hung up) or `other_fd` (bit 2; left out when
/// negative) is ready, or `timeout_ms` passes (0; a negative timeout waits for ever), or a signal
/// arrives (-1). Call only between influence_wait_hold and influence_wait_release.
int influence_wait(int input_fd, int other_fd, int timeout_ms);

// Crash guard: on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT and SIGTRAP, writes the reset
// codes (leave the alternate screen, show the cursor, plain attributes, keypad off) to
// `tty_fd`, restores `shell_mode` (the termios from before curses), then hands the signal to
// the handler that was there before (the Swift runtime's backtracer), so the backtrace prints
// on the normal screen. `shell_mode` NULL: the tty's termios at the time of the call.
// Returns 0, or -1 if the termios could not be read (the handlers are installed anyway).
int influence_crash_guard_install(int tty_fd, const struct termios *shell_mode);
/// Puts back the handlers that were there before influence_crash_guard_install.
void influence_crash_guard_remove(void);

// Standard error while curses owns the screen. Anything written to the terminal then would
// scribble over the frame and vanish with the alternate screen, including the runtime's
// "Fatal error: ..." line that precedes a crash. While capturing, fd 2 goes to an anonymous
// file; ending the capture (close, or the crash guard) points fd 2 back at the terminal and
// writes out the last 64 KB captured. Only when fd 2 is a terminal; returns 0 if capturing.
int influence_stderr_capture_begin(void);
/// Async-signal-safe: the crash guard calls it too.
void influence_stderr_capture_end(void);

#endif
