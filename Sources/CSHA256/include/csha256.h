#ifndef CSHA256_H
#define CSHA256_H
/* SHA-256's block function on the x86-64 SHA extensions (SHA-NI), for GraphStore's content
   hashes. The Swift implementation (GraphStore/SHA256.swift) is the definition; this one is used
   when the processor has the instructions, and the tests compare the two. */
#include <stddef.h>
#include <stdint.h>

/* 1 when this processor runs eventgraph_sha256_blocks (SHA, SSSE3 and SSE4.1), else 0. */
int eventgraph_sha256_hardware(void);

/* Runs `blocks` 64-byte blocks of `data` through the state h0..h7; only where
   eventgraph_sha256_hardware() is 1. */
void eventgraph_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
