#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects direct use of the mutable C globals Agdirected/Agundirected,
   so they are handed out by value. */
/* Flushes the DOT lexer's buffer; exported by libcgraph but not declared in its headers.
   Called before each parse so that it starts clean. */
extern void aglexbad(void);

static inline Agdesc_t cgraph_directed(void) { return Agdirected; }
static inline Agdesc_t cgraph_undirected(void) { return Agundirected; }

/* The head of an edge (`aghead` is a macro, which Swift cannot call). */
static inline Agnode_t *cgraph_head(Agedge_t *e) { return aghead(e); }
#endif
