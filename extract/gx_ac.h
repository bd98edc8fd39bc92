/* gx_ac.h — multi-pattern matcher over Unicode code points (a trie with Aho-Corasick failure
 * links, scanned through per-position filters; see gx_ac_scan in gx_ac.c for why).
 *
 * Built once at engine load (gx_lexicon), then read-only and safe to share between threads.
 * Patterns are code-point strings with an int32 payload; one surface may carry several
 * payloads. A scan reports every occurrence of every pattern (overlaps included) as
 * (start, end, payload) in code points, end exclusive, in order of increasing start (then
 * increasing end).
 *
 *   gx_ac *ac = gx_ac_new();
 *   gx_ac_add(ac, cps, n, 7);  ...  gx_ac_build(ac);
 *   gx_ac_scan(ac, text, ntext, on_hit, ctx);
 *   gx_ac_free(ac);
 */
#ifndef GX_AC_H
#define GX_AC_H

#include <stddef.h>
#include <stdint.h>

typedef struct gx_ac gx_ac;

/* Called for every match; start/end are code-point offsets into the scanned text. */
typedef void (*gx_ac_hit_fn)(void *ctx, int32_t start, int32_t end, int32_t payload);

gx_ac *gx_ac_new(void);           /* never NULL; free with gx_ac_free */
void gx_ac_free(gx_ac *ac);       /* NULL ok */

/* Add a pattern (n >= 1 code points). Must be called before gx_ac_build(). Returns 0, or -1
 * when n < 1 or the automaton is already built. */
int gx_ac_add(gx_ac *ac, const uint32_t *cps, int n, int32_t payload);

/* Freeze the trie and compute failure links. Call once after the last gx_ac_add(). */
void gx_ac_build(gx_ac *ac);

/* Report every occurrence of every pattern in text[0..n). */
void gx_ac_scan(const gx_ac *ac, const uint32_t *text, int32_t n, gx_ac_hit_fn fn, void *ctx);

/* Exact lookup: the first payload of the pattern equal to cps[0..n), or -1. */
int32_t gx_ac_lookup(const gx_ac *ac, const uint32_t *cps, int n);

/* Exact lookup of every payload of cps[0..n): up to max of them into out; returns how many
 * the pattern has (0 when it is not a pattern). */
int gx_ac_payloads(const gx_ac *ac, const uint32_t *cps, int n, int32_t *out, int max);

/* Every pattern that is a prefix of cps[0..n) of length >= min: its length into lens and its
 * payloads into pays (up to max pairs, shortest first); returns how many pairs were stored. */
int gx_ac_prefixes(const gx_ac *ac, const uint32_t *cps, int n, int min, int32_t *lens, int32_t *pays, int max);

/* Walking by hand (for lookups that filter payloads): the node reached from node on c, or -1;
 * the root is node 0. */
int32_t gx_ac_step(const gx_ac *ac, int32_t node, uint32_t c);
/* The node cps[0..n) leads to from the root, or -1 (0 when n == 0). */
int32_t gx_ac_walk(const gx_ac *ac, const uint32_t *cps, int n);
/* The payloads of a node (0 <= node < gx_ac_nodes), in insertion order; *n gets the count. */
const int32_t *gx_ac_node_payloads(const gx_ac *ac, int32_t node, int *n);

size_t gx_ac_memory(const gx_ac *ac);  /* bytes held, for tests and the memory budget */
int32_t gx_ac_nodes(const gx_ac *ac);

#endif
