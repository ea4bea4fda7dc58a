/* The ncurses macros and globals Swift cannot import, as tiny inline functions, plus the
 * async-signal-safe parts of Byline's signal handling (which must be C).
 *
 * The static variables below exist once per Swift file that calls these functions, so only
 * BylineTerminal/NcursesTerminal.swift may call them. */
#define NCURSES_WIDECHAR 1   /* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600 */
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline attr_t cn_A_NORMAL(void)    { return A_NORMAL; }
static inline attr_t cn_A_BOLD(void)      { return A_BOLD; }
static inline attr_t cn_A_REVERSE(void)   { return A_REVERSE; }
static inline attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cn_A_DIM(void)       { return A_DIM; }
static inline attr_t cn_A_ITALIC(void)    { return A_ITALIC; }
static inline mmask_t cn_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_BUTTON1_PRESSED(void)  { return BUTTON1_PRESSED; }
static inline mmask_t cn_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_BUTTON1_CLICKED(void)  { return BUTTON1_CLICKED; }
static inline mmask_t cn_BUTTON1_DOUBLE_CLICKED(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_BUTTON4_PRESSED(void)  { return BUTTON4_PRESSED; }
static inline mmask_t cn_BUTTON5_PRESSED(void)  { return BUTTON5_PRESSED; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void)  { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* newterm on the process's own stdout and stdin; NULL instead of exiting on failure. */
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

/* 0 when `term` can run a full-screen program; 1 unknown terminal, 2 no terminfo database,
 * 3 no cursor addressing (TERM=dumb and the like). Leaves no terminal set up. */
static inline int cn_check_terminal(const char *term) {
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return err == 0 ? 1 : 2;
    char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (char *)-1;
    TERMINAL *t = cur_term;
    set_curterm(NULL);
    del_curterm(t);
    return ok ? 0 : 3;
}

/* The terminal capability `name` (e.g. "rmcup"), or "" if absent. */
static inline const char *cn_capability(const char *name) {
    char *s = tigetstr((char *)name);
    return (s == NULL || s == (char *)-1) ? "" : s;
}

/* Signal state lives in one function-local static (Swift's importer emits those with the
 * function that owns them, but not file-scope arrays). */
struct cn_signal_state {
    volatile sig_atomic_t pending;
    char restore[512];
    volatile size_t restore_length;
    struct termios tty;
    volatile int have_tty;
    struct sigaction previous[32];
};

static inline struct cn_signal_state *cn_state(void) {
    static struct cn_signal_state state;
    return &state;
}

/* SIGINT, SIGTERM, SIGHUP and SIGTSTP only set a flag that the run loop reads. */
static void cn_flag_handler(int sig) { cn_state()->pending = sig; }

static inline void cn_install_flag_handler(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cn_flag_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);   /* no SA_RESTART: a blocking read returns at once */
}

static inline void cn_install_flag_handlers(void) {
    cn_install_flag_handler(SIGINT);
    cn_install_flag_handler(SIGTERM);
    cn_install_flag_handler(SIGHUP);
    cn_install_flag_handler(SIGTSTP);
}

static inline int cn_take_pending_signal(void) {
    int s = cn_state()->pending;
    cn_state()->pending = 0;
    return s;
}

/* Stops the process as the default SIGTSTP would, and returns after SIGCONT (fg). */
static inline void cn_stop_self(void) {
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    cn_install_flag_handler(SIGTSTP);
}

/* On a crash (SIGSEGV, SIGILL and friends, which a Swift trap raises) the terminal is put back
 * before the process dies: saved tty modes, then bytes that leave the alternate screen, show
 * the cursor and turn keypad and mouse modes off. Then the previous handler runs. */
static void cn_crash_handler(int sig) {
    struct cn_signal_state *st = cn_state();
    if (st->have_tty) tcsetattr(STDIN_FILENO, TCSANOW, &st->tty);
    if (st->restore_length) { ssize_t ignored = write(STDOUT_FILENO, st->restore, st->restore_length); (void)ignored; }
    if (sig > 0 && sig < 32) sigaction(sig, &st->previous[sig], NULL);
    raise(sig);
}

static inline void cn_install_crash_handlers(void) {
    struct cn_signal_state *st = cn_state();
    int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    if (tcgetattr(STDIN_FILENO, &st->tty) == 0) st->have_tty = 1;
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = cn_crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, &st->previous[sigs[i]]);
    }
}

static inline void cn_set_restore_bytes(const char *bytes) {
    struct cn_signal_state *st = cn_state();
    size_t n = strlen(bytes);
    if (n >= sizeof st->restore) n = sizeof st->restore - 1;
    st->restore_length = 0;
    memcpy(st->restore, bytes, n);
    st->restore_length = n;
}

static inline void cn_clear_restore_bytes(void) { cn_state()->restore_length = 0; }
