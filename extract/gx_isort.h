/* gx_isort.h — a stable merge sort of index arrays by the caller's order (private to extract/). */
#ifndef GX_ISORT_H
#define GX_ISORT_H

/* < 0 when index a sorts before index b, 0 when they are equal, > 0 after. */
typedef int (*gx_isort_cmp)(const void *ctx, int a, int b);

/* Sorts the indices v[0..n) by cmp, stably (equal ones keep their order), bottom up: n log n
 * comparisons whatever the input (a text repeated a thousand times included). tmp has room for
 * n ints. Returns the array that holds the result, v or tmp: both stay the caller's. Inline, so
 * that each caller's comparison is inlined into its copy. */
static inline int *gx_isort(int *v, int *tmp, int n, gx_isort_cmp cmp, const void *ctx)
{
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n;
            int hi = lo + 2 * width < n ? lo + 2 * width : n;
            int a = lo, b = mid, o = lo;
            while (a < mid && b < hi)
                tmp[o++] = cmp(ctx, v[a], v[b]) <= 0 ? v[a++] : v[b++];
            while (a < mid)
                tmp[o++] = v[a++];
            while (b < hi)
                tmp[o++] = v[b++];
        }
        int *t = v;
        v = tmp;
        tmp = t;
    }
    return v;
}

#endif
