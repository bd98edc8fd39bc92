/* gx_isort.c — a stable bottom-up merge sort of index arrays (gx_isort.h). */
#include "gx_isort.h"

int *gx_isort(int *v, int *tmp, int n, gx_isort_cmp cmp, const void *ctx)
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
