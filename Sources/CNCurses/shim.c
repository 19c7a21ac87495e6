// wcwidth is an X/Open function: glibc declares it only with _XOPEN_SOURCE or _GNU_SOURCE.
#define _GNU_SOURCE 1

#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

// MARK: - Accessors for what Swift cannot import

FILE *influence_stdout(void) { return stdout; }
FILE *influence_stdin(void) { return stdin; }
WINDOW *influence_stdscr(void) { return stdscr; }

int influence_window_rows(const WINDOW *win) { return getmaxy(win); }
int influence_window_cols(const WINDOW *win) { return getmaxx(win); }

int influence_colors(void) { return COLORS; }
int influence_color_pairs(void) { return COLOR_PAIRS; }

bool influence_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

int influence_wcwidth(wchar_t wc) { return wcwidth(wc); }

chtype influence_color_pair(short pair) { return COLOR_PAIR(pair); }

bool influence_mouse_enable(void) {
    mouseinterval(0);
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
    return mousemask(wanted, NULL) != 0;
}

void influence_mouse_disable(void) { mousemask(0, NULL); }

int influence_mouse_read(int *x, int *y, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) *kind = 1;
    else if (event.bstate & BUTTON4_PRESSED) *kind = 4;
    else if (event.bstate & BUTTON5_PRESSED) *kind = 5;
    else *kind = 0;
    return OK;
}

int influence_put(WINDOW *win, int y, int x, const wchar_t *text, int count, attr_t attrs, short pair) {
    wchar_t chars[CCHARW_MAX + 1];
    int n = 0;
    if (text != NULL) {
        for (; n < count && n < CCHARW_MAX; n++) chars[n] = text[n];
    }
    if (n == 0) chars[n++] = L' ';
    chars[n] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// MARK: - Stop signals (SIGINT, SIGTERM, SIGHUP)

static volatile sig_atomic_t pending_stop_signal = 0;

enum { STOP_SIGNAL_COUNT = 3 };
static const int stop_signals[STOP_SIGNAL_COUNT] = {SIGINT, SIGTERM, SIGHUP};
static struct sigaction previous_stop_actions[STOP_SIGNAL_COUNT];
static bool stop_installed[STOP_SIGNAL_COUNT];

static void record_stop_signal(int sig) { pending_stop_signal = sig; }

static bool is_ignored(const struct sigaction *action) {
    return (action->sa_flags & SA_SIGINFO) == 0 && action->sa_handler == SIG_IGN;
}

void influence_signals_install(void) {
    for (int i = 0; i < STOP_SIGNAL_COUNT; i++) {
        if (stop_installed[i]) continue;
        struct sigaction current;
        if (sigaction(stop_signals[i], NULL, &current) != 0 || is_ignored(&current)) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        sigemptyset(&action.sa_mask);
        action.sa_handler = record_stop_signal;
        action.sa_flags = 0;  // no SA_RESTART: the blocking read in get_wch must return
        if (sigaction(stop_signals[i], &action, &previous_stop_actions[i]) == 0) stop_installed[i] = true;
    }
}

void influence_signals_remove(void) {
    for (int i = 0; i < STOP_SIGNAL_COUNT; i++) {
        if (!stop_installed[i]) continue;
        sigaction(stop_signals[i], &previous_stop_actions[i], NULL);
        stop_installed[i] = false;
    }
}

int influence_signal_pending(void) {
    int sig = pending_stop_signal;
    pending_stop_signal = 0;
    return sig;
}

// MARK: - Suspend (SIGTSTP)

static volatile sig_atomic_t suspend_requested = 0;
static struct sigaction previous_tstp_action;
static struct sigaction our_tstp_action;
static bool tstp_installed = false;

static void record_suspend(int sig) {
    (void)sig;
    suspend_requested = 1;
}

void influence_suspend_install(void) {
    if (tstp_installed) return;
    struct sigaction current;
    // Only take over the default action: an ignored SIGTSTP means no job control.
    if (sigaction(SIGTSTP, NULL, &current) != 0) return;
    if ((current.sa_flags & SA_SIGINFO) != 0 || current.sa_handler != SIG_DFL) return;
    memset(&our_tstp_action, 0, sizeof our_tstp_action);
    sigemptyset(&our_tstp_action.sa_mask);
    our_tstp_action.sa_handler = record_suspend;
    our_tstp_action.sa_flags = 0;  // no SA_RESTART: the blocking read in get_wch must return
    if (sigaction(SIGTSTP, &our_tstp_action, &previous_tstp_action) == 0) tstp_installed = true;
}

void influence_suspend_remove(void) {
    if (!tstp_installed) return;
    sigaction(SIGTSTP, &previous_tstp_action, NULL);
    tstp_installed = false;
}

bool influence_suspend_pending(void) {
    bool requested = suspend_requested != 0;
    suspend_requested = 0;
    return requested;
}

void influence_suspend_now(void) {
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    sigemptyset(&default_action.sa_mask);
    default_action.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &default_action, NULL);

    sigset_t tstp, old_mask;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &old_mask);
    raise(SIGTSTP);  // stops here until SIGCONT (fg)
    sigprocmask(SIG_SETMASK, &old_mask, NULL);

    if (tstp_installed) sigaction(SIGTSTP, &our_tstp_action, NULL);
    suspend_requested = 0;
}

// MARK: - Waiting for input

static sigset_t wait_saved_mask;

void influence_wait_hold(void) {
    sigset_t held;
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigaddset(&held, SIGHUP);
    sigaddset(&held, SIGTSTP);
    sigaddset(&held, SIGWINCH);
    sigprocmask(SIG_BLOCK, &held, &wait_saved_mask);
}

void influence_wait_release(void) { sigprocmask(SIG_SETMASK, &wait_saved_mask, NULL); }

bool influence_signal_waiting(void) { return pending_stop_signal != 0 || suspend_requested != 0; }

int influence_wait(int input_fd, int other_fd, int timeout_ms) {
    struct pollfd fds[2];
    fds[0].fd = input_fd;
    fds[0].events = POLLIN;
    fds[0].revents = 0;
    fds[1].fd = other_fd;  // a negative fd is left out by poll
    fds[1].events = POLLIN;
    fds[1].revents = 0;
#if defined(__linux__)
    struct timespec timeout;
    timeout.tv_sec = timeout_ms / 1000;
    timeout.tv_nsec = (long)(timeout_ms % 1000) * 1000000L;
    // The held signals are let through only while sleeping, so one that arrived after the caller
    // last looked still wakes this sleep.
    int n = ppoll(fds, 2, timeout_ms < 0 ? NULL : &timeout, &wait_saved_mask);
#else
    sigset_t during;
    sigprocmask(SIG_SETMASK, &wait_saved_mask, &during);
    int n = poll(fds, 2, timeout_ms);
    sigprocmask(SIG_SETMASK, &during, NULL);
#endif
    if (n < 0) return -1;
    int ready = 0;
    if (fds[0].revents != 0) ready |= 1;  // POLLIN, or POLLHUP/POLLERR: the terminal went away
    if (other_fd >= 0 && fds[1].revents != 0) ready |= 2;
    return ready;
}

// MARK: - Standard error capture

static volatile sig_atomic_t stderr_captured = 0;
static int stderr_saved_fd = -1;   // the terminal, while fd 2 points at the capture file
static int stderr_capture_fd = -1;
enum { STDERR_REPLAY_LIMIT = 64 * 1024 };

static int create_capture_file(void) {
#if defined(__linux__) && defined(MFD_CLOEXEC)
    int memory = memfd_create("influence-stderr", MFD_CLOEXEC);
    if (memory >= 0) return memory;
#endif
    const char *dir = getenv("TMPDIR");
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/influence-stderr-XXXXXX", dir != NULL && dir[0] != '\0' ? dir : "/tmp");
    if (n < 0 || (size_t)n >= sizeof path) return -1;
    int fd = mkstemp(path);
    if (fd >= 0) unlink(path);
    return fd;
}

int influence_stderr_capture_begin(void) {
    if (stderr_captured || !isatty(STDERR_FILENO)) return -1;
    int file = create_capture_file();
    if (file < 0) return -1;
    fflush(stderr);
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0 || dup2(file, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(file);
        return -1;
    }
    stderr_saved_fd = saved;
    stderr_capture_fd = file;
    stderr_captured = 1;
    return 0;
}

static void write_all(int fd, const char *p, size_t left) {
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        p += n;
        left -= (size_t)n;
    }
}

void influence_stderr_capture_end(void) {
    if (!stderr_captured) return;
    stderr_captured = 0;
    int saved_errno = errno;
    dup2(stderr_saved_fd, STDERR_FILENO);
    close(stderr_saved_fd);
    stderr_saved_fd = -1;
    struct stat info;
    if (fstat(stderr_capture_fd, &info) == 0 && info.st_size > 0) {
        off_t start = info.st_size > STDERR_REPLAY_LIMIT ? info.st_size - STDERR_REPLAY_LIMIT : 0;
        if (lseek(stderr_capture_fd, start, SEEK_SET) == start) {
            char chunk[4096];
            for (;;) {
                ssize_t n = read(stderr_capture_fd, chunk, sizeof chunk);
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) break;
                write_all(STDERR_FILENO, chunk, (size_t)n);
            }
        }
    }
    close(stderr_capture_fd);
    stderr_capture_fd = -1;
    errno = saved_errno;
}

// MARK: - Crash guard

enum { CRASH_SIGNAL_COUNT = 6 };
static const int crash_signals[CRASH_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];
static volatile sig_atomic_t crash_guard_installed = 0;
static int crash_tty_fd = -1;
static struct termios crash_shell_mode;
static bool crash_have_shell_mode = false;

// Plain attributes, cursor visible, cursor keys and keypad back to normal mode, and leave
// the alternate screen last so the backtrace that follows lands on the normal screen.
static const char crash_reset[] = "\033[0m\033[?25h\033[?1l\033>\033[?1049l";

static void restore_previous_crash_actions(void) {
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &previous_crash_actions[i], NULL);
    crash_guard_installed = 0;
}

// Only async-signal-safe calls here (write, tcsetattr, sigaction, dup2, fstat, lseek, read, close, raise).
static void crash_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
    if (crash_guard_installed) {
        if (crash_tty_fd >= 0) {
            write_all(crash_tty_fd, crash_reset, sizeof crash_reset - 1);
            if (crash_have_shell_mode) tcsetattr(crash_tty_fd, TCSANOW, &crash_shell_mode);
        }
        restore_previous_crash_actions();
    }
    // On the normal screen now: the runtime's "Fatal error: ..." line, then the backtrace.
    influence_stderr_capture_end();
    errno = saved_errno;
    // A fault raised by an instruction (si_code > 0) happens again when we return, and then
    // reaches the previous handler with its original address and context. Anything else
    // (abort, kill, an x86 int3 that is not re-executed) is raised again: it stays blocked
    // while this handler runs and reaches the previous handler as soon as we return.
    bool refaults = info != NULL && info->si_code > 0 &&
                    (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE);
    if (!refaults) raise(sig);
}

int influence_crash_guard_install(int tty_fd, const struct termios *shell_mode) {
    if (crash_guard_installed) influence_crash_guard_remove();
    int result = 0;
    crash_tty_fd = tty_fd;
    if (shell_mode != NULL) {
        crash_shell_mode = *shell_mode;
        crash_have_shell_mode = true;
    } else {
        crash_have_shell_mode = tcgetattr(tty_fd, &crash_shell_mode) == 0;
        if (!crash_have_shell_mode) result = -1;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = crash_handler;
    // SA_ONSTACK: a stack overflow can only be handled on the alternate stack, if there is one.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &action, &previous_crash_actions[i]);
    crash_guard_installed = 1;
    return result;
}

void influence_crash_guard_remove(void) {
    if (!crash_guard_installed) return;
    restore_previous_crash_actions();
}
