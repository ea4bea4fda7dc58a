/* The ncurses macros and globals Swift cannot import, as tiny inline functions. */
#define NCURSES_WIDECHAR 1   /* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600 */
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

static inline attr_t cn_A_NORMAL(void)    { return A_NORMAL; }
static inline attr_t cn_A_BOLD(void)      { return A_BOLD; }
static inline attr_t cn_A_REVERSE(void)   { return A_REVERSE; }
static inline attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cn_A_DIM(void)       { return A_DIM; }
static inline attr_t cn_A_ITALIC(void)    { return A_ITALIC; }
static inline mmask_t cn_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_BUTTON1_PRESSED(void)  { return BUTTON1_PRESSED; }
static inline mmask_t cn_BUTTON1_CLICKED(void)  { return BUTTON1_CLICKED; }
static inline mmask_t cn_BUTTON1_DOUBLE_CLICKED(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_BUTTON4_PRESSED(void)  { return BUTTON4_PRESSED; }
static inline mmask_t cn_BUTTON5_PRESSED(void)  { return BUTTON5_PRESSED; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void)  { return COLS; }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
