// What zstd keeps of a store's document texts, one document at a time, without a dictionary and
// with one trained on every tenth text of the same store (as a store could train one at the end of
// a bulk load); what compressing and decompressing one costs (in store order and in random order,
// as the rows of a query come). The measurement behind "compressing document text" in the README.
//
//   apt-get install libzstd-dev
//   cc -O2 -o /tmp/zstd_texts Benchmarks/sqlp50/zstd_texts.c -lsqlite3 -lzstd
//   /tmp/zstd_texts STORE.sqlite [LEVEL [DICTIONARY_BYTES]]     # defaults 19 and 65536
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zdict.h>
#include <zstd.h>

enum { maxText = 8192 };

static double ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s STORE.sqlite [LEVEL [DICTIONARY_BYTES]]\n", argv[0]); return 2; }
    int level = argc > 2 ? atoi(argv[2]) : 19;
    size_t dictCapacity = argc > 3 ? (size_t)atol(argv[3]) : 65536;
    sqlite3 *db;
    sqlite3_stmt *st;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, 0)
        || sqlite3_prepare_v2(db, "SELECT text FROM documents ORDER BY id", -1, &st, 0)) {
        fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    int n = 0, capacity = 1024;
    char **texts = malloc(capacity * sizeof *texts);
    size_t *lengths = malloc(capacity * sizeof *lengths), raw = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int bytes = sqlite3_column_bytes(st, 0);
        if (bytes > maxText) continue;
        if (n == capacity) {
            capacity *= 2;
            texts = realloc(texts, capacity * sizeof *texts);
            lengths = realloc(lengths, capacity * sizeof *lengths);
        }
        texts[n] = malloc(bytes);
        memcpy(texts[n], sqlite3_column_blob(st, 0), bytes);
        lengths[n] = bytes;
        raw += bytes;
        n++;
    }
    // The dictionary, trained on every tenth text.
    size_t sampleBytes = 0, samples = 0;
    for (int i = 0; i < n; i += 10) { sampleBytes += lengths[i]; samples++; }
    char *sample = malloc(sampleBytes), *dict = malloc(dictCapacity);
    size_t *sampleLengths = malloc(samples * sizeof *sampleLengths), at = 0;
    for (int i = 0, k = 0; i < n; i += 10, k++) {
        memcpy(sample + at, texts[i], lengths[i]);
        sampleLengths[k] = lengths[i];
        at += lengths[i];
    }
    double t0 = ns();
    size_t dictBytes = ZDICT_trainFromBuffer(dict, dictCapacity, sample, sampleLengths, (unsigned)samples);
    double trainNs = ns() - t0;
    if (ZDICT_isError(dictBytes)) { fprintf(stderr, "training: %s\n", ZDICT_getErrorName(dictBytes)); return 1; }
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CDict *cdict = ZSTD_createCDict(dict, dictBytes, level);
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    ZSTD_DDict *ddict = ZSTD_createDDict(dict, dictBytes);
    char **packed = malloc(n * sizeof *packed), buffer[maxText + 512], text[maxText];
    size_t *packedLengths = malloc(n * sizeof *packedLengths), plain = 0, withDict = 0;
    double compressNs = 0;
    for (int i = 0; i < n; i++) {
        plain += ZSTD_compressCCtx(cctx, buffer, sizeof buffer, texts[i], lengths[i], level);
        t0 = ns();
        size_t bytes = ZSTD_compress_usingCDict(cctx, buffer, sizeof buffer, texts[i], lengths[i], cdict);
        compressNs += ns() - t0;
        packed[i] = malloc(bytes);
        memcpy(packed[i], buffer, bytes);
        packedLengths[i] = bytes;
        withDict += bytes;
    }
    size_t back = 0;
    t0 = ns();
    for (int i = 0; i < n; i++) back += ZSTD_decompress_usingDDict(dctx, text, sizeof text, packed[i], packedLengths[i], ddict);
    double inOrderNs = (ns() - t0) / n;
    unsigned long long r = 88172645463325252ULL;
    int draws = 200000;
    t0 = ns();
    for (int j = 0; j < draws; j++) {
        r ^= r << 13; r ^= r >> 7; r ^= r << 17;
        int i = (int)(r % (unsigned long long)n);
        ZSTD_decompress_usingDDict(dctx, text, sizeof text, packed[i], packedLengths[i], ddict);
    }
    double randomNs = (ns() - t0) / draws;
    printf("%d texts, %.1f MB; zstd level %d alone %.1f MB (%.1f %%); with a %zu-byte dictionary %.1f MB (%.1f %%)%s\n",
           n, raw / 1e6, level, plain / 1e6, 100.0 * plain / raw, dictBytes, withDict / 1e6, 100.0 * withDict / raw,
           back == raw ? "" : " (round trip FAILED)");
    printf("training %.1f s; compressing %.0f ns a text; decompressing %.0f ns a text in store order, %.0f in random order\n",
           trainNs / 1e9, compressNs / n, inOrderNs, randomNs);
    return 0;
}
