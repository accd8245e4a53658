#ifndef CZSTD_SHIM_H
#define CZSTD_SHIM_H
/* The frame format without its magic number (ZSTD_f_zstd1_magicless) and the header reader that
   takes a format are in zstd's advanced API, stable in the shared library since 1.4. */
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
#endif
