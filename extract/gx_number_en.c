/* gx_number_en.c — English number words (see gx_number_en.h). */
#include "gx_number_en.h"

#include <stddef.h>

#define WORD_MAX 12 /* longer Latin words are no number word ("seventeen" has 9 letters) */

static bool latin(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The number word that is the whole Latin word at i (compared in lower case), or NULL. */
static const gx_qword *word_at(const gx_qtylex *lx, const uint32_t *cp, int32_t n, int32_t i)
{
    uint32_t buf[WORD_MAX];
    int32_t k = 0;
    while (i + k < n && latin(cp[i + k])) {
        if (k == WORD_MAX)
            return NULL;
        buf[k] = cp[i + k] | 0x20;
        k++;
    }
    if (k == 0)
        return NULL;
    const gx_qword *w = gx_qtylex_longest_fwd(buf, k, 0, lx, GX_QW_NUMBER_WORD);
    return w && w->len == k ? w : NULL;
}

/* Below 100: a word from zero to ninety, or a tens word, '-' (or a space) and a unit word. */
static bool below_hundred(const gx_qtylex *lx, const uint32_t *cp, int32_t n, int32_t pos, int *value,
                          int32_t *end)
{
    const gx_qword *w = word_at(lx, cp, n, pos);
    if (!w || w->val >= 100)
        return false;
    int v = w->val;
    int32_t j = pos + w->len;
    const gx_qword *u;
    if (v >= 20 && v % 10 == 0 && j + 1 < n && (cp[j] == '-' || cp[j] == ' ') && (u = word_at(lx, cp, n, j + 1)) &&
        u->val >= 1 && u->val <= 9) {
        v += u->val;
        j += 1 + u->len;
    }
    *value = v;
    *end = j;
    return true;
}

static int32_t text_at(const uint32_t *cp, int32_t n, int32_t i, const char *w)
{
    int32_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || (cp[i + k] | 0x20) != (uint32_t)w[k])
            return 0;
    return k;
}

bool gx_number_english(const gx_qtylex *lx, const uint32_t *cp, int32_t n, int32_t pos, double *value,
                       int32_t *end)
{
    if (pos > 0 && latin(cp[pos - 1]))
        return false;
    int v;
    int32_t j;
    if (!below_hundred(lx, cp, n, pos, &v, &j))
        return false;
    const gx_qword *h;
    if (v >= 1 && v <= 9 && j + 1 < n && cp[j] == ' ' && (h = word_at(lx, cp, n, j + 1)) && h->val == 100) {
        v *= 100;
        j += 1 + h->len;
        int32_t k = j, a = text_at(cp, n, j, " and ");
        k += a ? a : (j < n && cp[j] == ' ' ? 1 : 0);
        int r;
        int32_t re;
        if (k > j && below_hundred(lx, cp, n, k, &r, &re) && r >= 1) {
            v += r;
            j = re;
        }
    }
    *value = v;
    *end = j;
    return true;
}
