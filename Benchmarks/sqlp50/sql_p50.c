// p50 of one SQL statement over a list of parameter lines, in C on SQLite alone: what a query
// costs without the Swift side, to measure a schema idea on a built store before writing Swift.
//
//   cc -O2 -o /tmp/sql_p50 Benchmarks/sqlp50/sql_p50.c -lsqlite3
//   /tmp/sql_p50 STORE.sqlite QUERY.sql PARAMS [columns]
//
// PARAMS: one query a line, values separated by spaces, bound as ?1, ?2, …: an integer, `N` for
// NULL, or a JSON array (`[1,2,3]`, bound as text). Every line runs twice (the first pass warms
// the caches, the second is timed); all rows are stepped and the first `columns` columns (default:
// all) read as the GraphStore reads them. Read-only; mmap 256 MiB and a 64 MiB cache, as the store.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { maxLines = 1000, maxLine = 8000 };

static double ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int byValue(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: %s STORE QUERY.sql PARAMS [columns]\n", argv[0]); return 2; }
    sqlite3 *db;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, 0)) { fprintf(stderr, "%s: cannot open\n", argv[1]); return 1; }
    sqlite3_exec(db, "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536", 0, 0, 0);
    static char sql[100000];
    FILE *f = fopen(argv[2], "r");
    if (!f) { fprintf(stderr, "%s: cannot read\n", argv[2]); return 1; }
    sql[fread(sql, 1, sizeof sql - 1, f)] = 0;
    fclose(f);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, 0)) { fprintf(stderr, "%s: %s\n", argv[2], sqlite3_errmsg(db)); return 1; }
    static char lines[maxLines][maxLine];
    int n = 0;
    if (!(f = fopen(argv[3], "r"))) { fprintf(stderr, "%s: cannot read\n", argv[3]); return 1; }
    while (n < maxLines && fgets(lines[n], maxLine, f)) n++;
    fclose(f);
    if (n == 0) { fprintf(stderr, "%s: no parameter lines\n", argv[3]); return 1; }
    int columns = argc > 4 ? atoi(argv[4]) : sqlite3_column_count(st);
    static double took[maxLines];
    long rows = 0;
    volatile long sink = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int q = 0; q < n; q++) {
            char buf[maxLine];
            strcpy(buf, lines[q]);
            double t0 = ms();
            int k = 1;
            for (char *tok = strtok(buf, " \n"); tok; tok = strtok(0, " \n"), k++) {
                if (tok[0] == 'N') sqlite3_bind_null(st, k);
                else if (tok[0] == '[') sqlite3_bind_text(st, k, tok, -1, SQLITE_TRANSIENT);
                else sqlite3_bind_int64(st, k, atoll(tok));
            }
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                if (pass) rows++;
                for (int i = 0; i < columns; i++) {
                    switch (sqlite3_column_type(st, i)) {
                    case SQLITE_TEXT: sink += sqlite3_column_bytes(st, i) + (sqlite3_column_text(st, i)[0] & 1); break;
                    case SQLITE_INTEGER: sink += sqlite3_column_int64(st, i) & 1; break;
                    default: break;
                    }
                }
            }
            if (rc != SQLITE_DONE) { fprintf(stderr, "line %d: %s\n", q + 1, sqlite3_errmsg(db)); return 1; }
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            took[q] = ms() - t0;
        }
    }
    qsort(took, n, sizeof took[0], byValue);
    printf("p50 %.4f ms  p90 %.4f ms  %.1f rows a query (%d queries)\n", took[n / 2], took[n * 9 / 10],
           (double)rows / n, n);
    return 0;
}
