/*
 * minimal-curses.c: the baseline for Tests/Benchmarks/bench.py.
 *
 * About the least a C ncursesw program can do to show a screen of text like the
 * explorer's first frame: read a UTF-8 text file, word-wrap it, draw a title bar,
 * the text and a status bar (with colours and attributes), then wait for keys.
 *   j / Down    scroll down one line       k / Up    scroll up one line
 *   q           quit
 * Build: cc -O2 -o minimal-curses minimal-curses.c -lncursesw
 * Run:   minimal-curses FILE
 */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static wchar_t **lines;     /* wrapped lines (owned) */
static int nlines, caplines;

static void push_line(const wchar_t *s, size_t n) {
    if (nlines == caplines) {
        caplines = caplines ? caplines * 2 : 256;
        lines = realloc(lines, sizeof *lines * (size_t)caplines);
        if (!lines) exit(1);
    }
    wchar_t *copy = malloc((n + 1) * sizeof *copy);
    if (!copy) exit(1);
    wmemcpy(copy, s, n);
    copy[n] = L'\0';
    lines[nlines++] = copy;
}

/* Word-wraps one paragraph to `width` columns (one column per character is good enough here). */
static void wrap(const wchar_t *p, int width) {
    size_t len = wcslen(p);
    if (len == 0) { push_line(L"", 0); return; }
    size_t start = 0;
    while (start < len) {
        while (start < len && p[start] == L' ') start++;
        if (start >= len) break;
        size_t end = start + (size_t)width;
        if (end >= len) { push_line(p + start, len - start); break; }
        size_t cut = end;
        while (cut > start && p[cut] != L' ') cut--;
        if (cut == start) cut = end;               /* one long word: hard break */
        push_line(p + start, cut - start);
        start = cut;
    }
}

static void load(const char *path, int width) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(66); }
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    wchar_t *wide = NULL;
    size_t wcap = 0;
    while ((n = getline(&buf, &cap, f)) >= 0) {
        if (n > 0 && buf[n - 1] == '\n') buf[--n] = '\0';
        size_t need = (size_t)n + 1;
        if (need > wcap) { wcap = need; wide = realloc(wide, wcap * sizeof *wide); if (!wide) exit(1); }
        size_t got = mbstowcs(wide, buf, wcap);
        if (got == (size_t)-1) { wide[0] = L'\0'; }
        wrap(wide, width);
    }
    free(buf);
    free(wide);
    fclose(f);
}

static void draw(int top) {
    int rows = LINES, cols = COLS;
    int body = rows - 3;                            /* title, rule, text..., status */
    erase();
    attron(A_REVERSE | A_BOLD);
    mvhline(0, 0, ' ', cols);
    mvaddwstr(0, 1, L"Weak State, Strong Power: A Paradox \u00b7 article text");
    attroff(A_REVERSE | A_BOLD);
    attron(COLOR_PAIR(1));
    mvhline(1, 0, ACS_HLINE, cols);
    attroff(COLOR_PAIR(1));
    char where[64];
    snprintf(where, sizeof where, " %d\u2013%d/%d ", top + 1,
             top + body < nlines ? top + body : nlines, nlines);
    mvaddstr(1, cols - (int)strlen(where), where);
    for (int r = 0; r < body && top + r < nlines; r++) {
        mvaddnwstr(2 + r, 1, lines[top + r], cols - 2);
    }
    attron(COLOR_PAIR(2));
    mvhline(rows - 1, 0, ' ', cols);
    mvaddstr(rows - 1, 1, "j/k scroll  q quit");
    attroff(COLOR_PAIR(2));
    refresh();
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: minimal-curses FILE\n"); return 64; }
    setlocale(LC_ALL, "");
    if (!initscr()) return 78;
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(1, COLOR_CYAN, -1);
        init_pair(2, COLOR_BLACK, COLOR_CYAN);
    }
    load(argv[1], COLS - 2);
    int top = 0;
    draw(top);
    for (;;) {
        wint_t ch;
        int kind = get_wch(&ch);
        if (kind == ERR) break;
        int max = nlines - (LINES - 3);
        if (max < 0) max = 0;
        if (kind == OK && ch == L'q') break;
        if ((kind == OK && ch == L'j') || (kind == KEY_CODE_YES && ch == KEY_DOWN)) {
            if (top < max) top++;
        } else if ((kind == OK && ch == L'k') || (kind == KEY_CODE_YES && ch == KEY_UP)) {
            if (top > 0) top--;
        } else if (kind == KEY_CODE_YES && ch == KEY_RESIZE) {
            /* keep the wrap of the first size: enough for a benchmark */
        } else {
            continue;
        }
        draw(top);
    }
    endwin();
    for (int i = 0; i < nlines; i++) free(lines[i]);
    free(lines);
    return 0;
}
