// What raw deflate (zlib, level 9, one document at a time) keeps of a store's document texts, and
// what inflating one costs: the measurement behind "compressing document text" in the README.
//
//   cc -O2 -o /tmp/deflate_texts Benchmarks/sqlp50/deflate_texts.c -lsqlite3 -lz
//   /tmp/deflate_texts STORE.sqlite          # every tenth document (texts up to 4 KB)
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

enum { maxDocs = 50000, maxText = 4096, maxPacked = 4200 };

static double ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s STORE.sqlite\n", argv[0]); return 2; }
    sqlite3 *db;
    sqlite3_stmt *st;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, 0)
        || sqlite3_prepare_v2(db, "SELECT text FROM documents WHERE id % 10 = 0", -1, &st, 0)) {
        fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    static unsigned char packed[maxDocs][maxPacked];
    static int packedBytes[maxDocs];
    int n = 0;
    long raw = 0, total = 0;
    z_stream out;
    memset(&out, 0, sizeof out);
    deflateInit2(&out, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    while (n < maxDocs && sqlite3_step(st) == SQLITE_ROW) {
        const unsigned char *text = sqlite3_column_text(st, 0);
        int bytes = sqlite3_column_bytes(st, 0);
        if (bytes > maxText) continue;
        deflateReset(&out);
        out.next_in = (unsigned char *)text;
        out.avail_in = bytes;
        out.next_out = packed[n];
        out.avail_out = maxPacked;
        deflate(&out, Z_FINISH);
        packedBytes[n] = maxPacked - out.avail_out;
        raw += bytes;
        total += packedBytes[n];
        n++;
    }
    printf("%d documents, %ld bytes of text, %ld deflated (%.1f %%)\n", n, raw, total, 100.0 * total / raw);
    z_stream in;
    memset(&in, 0, sizeof in);
    inflateInit2(&in, -15);
    static unsigned char text[maxText];
    double t0 = ns();
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < n; i++) {
            inflateReset(&in);
            in.next_in = packed[i];
            in.avail_in = packedBytes[i];
            in.next_out = text;
            in.avail_out = maxText;
            inflate(&in, Z_FINISH);
        }
    }
    printf("inflate: %.0f ns a document\n", (ns() - t0) / (3.0 * n));
    return 0;
}
