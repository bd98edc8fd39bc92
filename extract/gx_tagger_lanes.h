/* gx_tagger_lanes.h — the 32-lane Viterbi and backward pass of gx_tagger_model.c, as a
 * template: gx_tagger_model.c includes it twice, once with plain vector code and once compiled
 * for AVX2 with its one-instruction maximum (GX_MAX8; the compiler does not turn the portable
 * compare-and-select into it). GX_LN(name) names the copy. Not a header of its own: it needs
 * the lanes layout, v8 and the constants defined before it in gx_tagger_model.c. */
static inline void GX_LN(lanes_norm)(const int32_t *out, int32_t *dst, int full)
{
#ifdef GX_LANES_VEC
    if (!full) {
        v8 o0, o1, o2, o3;
        LD32(o0, o1, o2, o3, out);
        const v8 ng = SPLAT8(NEG);
        o0 = GX_MAX8(o0, ng);
        o1 = GX_MAX8(o1, ng);
        o2 = GX_MAX8(o2, ng);
        o3 = GX_MAX8(o3, ng);
        ST8(dst, o0);
        ST8(dst + 8, o1);
        ST8(dst + 16, o2);
        ST8(dst + 24, o3);
        return;
    }
    v8 o0, o1, o2, o3;
    LD32(o0, o1, o2, o3, out);
    const v8 m01 = GX_MAX8(o0, o1), m23 = GX_MAX8(o2, o3), m8 = GX_MAX8(m01, m23);
    const int32_t mx = HMAX8(m8);
    const v8 lo = SPLAT8(LOW), ng = SPLAT8(NEG), mv = SPLAT8(mx);
    const v8 k0 = o0 < lo, k1 = o1 < lo, k2 = o2 < lo, k3 = o3 < lo;
    const v8 r0 = (ng & k0) | ((o0 - mv) & ~k0), r1 = (ng & k1) | ((o1 - mv) & ~k1);
    const v8 r2 = (ng & k2) | ((o2 - mv) & ~k2), r3 = (ng & k3) | ((o3 - mv) & ~k3);
    ST8(dst, r0);
    ST8(dst + 8, r1);
    ST8(dst + 16, r2);
    ST8(dst + 24, r3);
#else
    if (!full) {
        for (int c = 0; c < FL; c++)
            dst[c] = max32(out[c], NEG);
        return;
    }
    int32_t mx = NEG;
    for (int c = 0; c < FL; c++)
        mx = max32(mx, out[c]);
    for (int c = 0; c < FL; c++)
        dst[c] = out[c] < LOW ? NEG : out[c] - mx;
#endif
}

/* viterbi_b in the 32-lane layout: emit and alpha rows of FL lanes; tags_out in tags. Same
 * scores and the same path (ties broken in tag order as there). */
static int64_t GX_LN(viterbi_l)(const gx_tagger_lattice *lat, const lanes *L, const int32_t *emit, int n,
                                int32_t *alpha, uint8_t *tags_out)
{
    const int T = lat->ntags;
    if (n <= 0)
        return 0;
    for (int c = 0; c < FL; c++)
        alpha[c] = L->start[c] == NEG ? NEG : L->start[c] + emit[c];
    for (int i = 1; i < n; i++) {
        const int32_t *ap = alpha + (size_t)(i - 1) * FL;
        const int32_t *em = emit + (size_t)i * FL;
        int32_t out[FL];
#ifdef GX_LANES_VEC
        v8 a0, a1, t0, t1, e0, e1, e2, e3, b, ii, tbe, tie, tbi, tii;
        {
            /* the O lane's terms (reachable at every position: O -> O, B, S allowed), then
             * the other closed lanes whose terms may exceed them (L->vskip: a lane far enough
             * below O cannot raise any opening lane's maximum; max is exact, so leaving out
             * terms that do not reach it changes no value). Closed lane 15 (p = 8) is padding
             * and never taken (vskip INT32_MAX): its terms (ap[15] + NEG) never reach an
             * opening lane's maximum; only the padding lane 15 of out, which nothing reads
             * and which stays below LOW, depends on the terms taken. */
            const int32_t o = ap[7];
            const v8 ov = SPLAT8(o);
            v8 c0, c1, s0, s1;
            LD8(c0, ap + 7);
            LD8(c1, ap + 15);
            LD8(s0, L->vskip);
            LD8(s1, L->vskip + 8);
            uint32_t take = GX_MASK8((c0 - ov) > s0) | GX_MASK8((c1 - ov) > s1) << 8;
            LD8(t0, L->tt);
            LD8(t1, L->tt + 8);
            a0 = t0 + ov;
            a1 = t1 + ov;
            /* no other closed lane's term can reach the O lane's: O (the first predecessor of
             * every opening tag in the lattice's order) is the backtrace's choice for every
             * opening tag here. Kept in tags_out[i - 1] until the backtrace overwrites it. */
            tags_out[i - 1] = (uint8_t)(take == 0 && o > LOW);
            while (take) {
                const int p = CTZ32(take);
                take &= take - 1;
                const v8 v = SPLAT8(ap[7 + p]);
                LD8(t0, L->tt + p * 16);
                LD8(t1, L->tt + p * 16 + 8);
                a0 = GX_MAX8(a0, t0 + v);
                a1 = GX_MAX8(a1, t1 + v);
            }
        }
        LD32(e0, e1, e2, e3, em);
        LD8(b, ap);
        LD8(ii, ap + 24);
        LD8(tbe, L->tbe);
        LD8(tie, L->tie);
        LD8(tbi, L->tbi);
        LD8(tii, L->tii);
        a0 += e0;
        a1 += e1;
        const v8 ve = b + tbe, we = ii + tie, vi = b + tbi, wi = ii + tii;
        const v8 oe = GX_MAX8(ve, we) + e2, oi = GX_MAX8(vi, wi) + e3;
        ST8(out, a0);
        ST8(out + 8, a1);
        ST8(out + 16, oe);
        ST8(out + 24, oi);
#else
        int32_t acc[16];
        for (int c = 0; c < 16; c++)
            acc[c] = NEG;
        for (int p = 0; p < 16; p++) {
            const int32_t v = ap[7 + p];
            const int32_t *row = L->tt + p * 16;
            for (int c = 0; c < 16; c++)
                acc[c] = max32(acc[c], v + row[c]);
        }
        for (int c = 0; c < 16; c++)
            out[c] = acc[c] + em[c];
        for (int k = 0; k < 8; k++) {
            const int32_t b = ap[k], ii = ap[24 + k];
            out[16 + k] = max32(b + L->tbe[k], ii + L->tie[k]) + em[16 + k];
            out[24 + k] = max32(b + L->tbi[k], ii + L->tii[k]) + em[24 + k];
        }
#endif
        GX_LN(lanes_norm)(out, alpha + (size_t)i * FL, i % GX_NORM_EVERY == 0 || i == n - 1);
    }
    const int32_t *al = alpha + (size_t)(n - 1) * FL;
    int64_t best = INT64_MIN;
    int arg = 0;
    for (int k = 0; k < lat->npred[T]; k++) {
        const int32_t a = al[L->plane[T][k]];
        if (a <= LOW)
            continue;
        int64_t v = (int64_t)a + L->ptr[T][k];
        if (v > best)
            best = v, arg = k;
    }
    tags_out[n - 1] = lat->pred[T * GX_TAGGER_AW + arg];
    for (int i = n - 1; i > 0; i--) {
#ifdef GX_LANES_VEC
        if (tags_out[i] == 0) {
            /* a run of O (most of the text): where steps in a row took no lane but O (their
             * marks are 1), O is each one's predecessor (the shortcut below), so the positions
             * of the run before i become O at once, eight marks read at a time (the run's
             * length in a word: its leading bytes equal to 1); i stays > 0 and its tag O */
            while (i > 8) {
                uint64_t w;
                memcpy(&w, tags_out + i - 8, sizeof w);
                const uint64_t x = w ^ 0x0101010101010101ULL; /* the byte of i - 1: the top */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
                const int k = x ? __builtin_ctzll(x) >> 3 : 8;
#else
                const int k = x ? __builtin_clzll(x) >> 3 : 8;
#endif
                memset(tags_out + i - k, 0, (size_t)k);
                i -= k;
                if (k < 8)
                    break;
            }
        }
#endif
        const int c = tags_out[i];
        const int32_t *ap = alpha + (size_t)(i - 1) * FL;
        const int8_t *pl = L->plane[c];
        const int32_t *pt = L->ptr[c];
        int32_t bv = INT32_MIN;
        int barg = 0;
#ifdef GX_LANES_VEC
        if (L->lane[c] < 16 && tags_out[i - 1]) {
            tags_out[i - 1] = 0; /* O: see the forward step */
            continue;
        }
        if (L->lane[c] < 16) {
            /* an opening tag: its predecessors are the 16 closed lanes. The best value by
             * vectors, then the first predecessor in the lattice's order that reaches it
             * (the same choice as the scan below) */
            v8 x0, x1, t0, t1;
            LD8(x0, ap + 7);
            LD8(x1, ap + 15);
            LD8(t0, L->ttt + L->lane[c] * 16);
            LD8(t1, L->ttt + L->lane[c] * 16 + 8);
            x0 += t0;
            x1 += t1;
            const v8 m8 = GX_MAX8(x0, x1);
            const int32_t mx = HMAX8(m8);
            for (int k = 0; k < lat->npred[c]; k++) {
                const int32_t a = ap[pl[k]];
                if (a > LOW && a + pt[k] == mx) {
                    barg = k;
                    break;
                }
            }
            tags_out[i - 1] = lat->pred[c * GX_TAGGER_AW + barg];
            continue;
        }
#endif
        for (int k = 0; k < lat->npred[c]; k++) {
            const int32_t a = ap[pl[k]];
            if (a <= LOW)
                continue;
            const int32_t v = a + pt[k];
            if (v > bv)
                bv = v, barg = k;
        }
        tags_out[i - 1] = lat->pred[c * GX_TAGGER_AW + barg];
    }
    return best;
}

/* backward() in the 32-lane layout, rows n-1 down to stop. */
static void GX_LN(backward_l)(const lanes *L, const int32_t *emit, int n, int stop, int32_t *beta)
{
    memcpy(beta + (size_t)(n - 1) * FL, L->end, sizeof L->end);
    for (int i = n - 2; i >= stop; i--) {
        const int32_t *bn = beta + (size_t)(i + 1) * FL;
        const int32_t *em = emit + (size_t)(i + 1) * FL;
        int32_t x[16], acc[16], out[FL];
#ifdef GX_LANES_VEC
        {
            v8 e0, e1, e2, e3, n0, n1, n2, n3, tbe, tie, tbi, tii, t0, t1;
            LD32(e0, e1, e2, e3, em);
            LD32(n0, n1, n2, n3, bn);
            LD8(tbe, L->tbe);
            LD8(tie, L->tie);
            LD8(tbi, L->tbi);
            LD8(tii, L->tii);
            const v8 xi = e3 + n3, xe = e2 + n2, x0 = e0 + n0, x1 = e1 + n1;
            const v8 vb = tbi + xi, wb = tbe + xe, vi = tii + xi, wi = tie + xe;
            const v8 ob = GX_MAX8(vb, wb), oi = GX_MAX8(vi, wi);
            ST8(out, ob);
            ST8(out + 24, oi);
            ST8(x, x0);
            ST8(x + 8, x1);
            /* the O lane's terms, then the opening lanes whose terms may exceed them
             * (L->bskip, as in viterbi_l); opening lane 15 is padding and never taken (the O
             * lane's term exceeds its terms by far) */
            const v8 ov = SPLAT8(x[7]);
            v8 s0, s1;
            LD8(s0, L->bskip);
            LD8(s1, L->bskip + 8);
            uint32_t take = GX_MASK8((x0 - ov) > s0) | GX_MASK8((x1 - ov) > s1) << 8;
            v8 c0, c1;
            LD8(t0, L->ttt + 7 * 16);
            LD8(t1, L->ttt + 7 * 16 + 8);
            c0 = t0 + ov;
            c1 = t1 + ov;
            while (take) {
                const int c = CTZ32(take);
                take &= take - 1;
                const v8 v = SPLAT8(x[c]);
                LD8(t0, L->ttt + c * 16);
                LD8(t1, L->ttt + c * 16 + 8);
                c0 = GX_MAX8(c0, t0 + v);
                c1 = GX_MAX8(c1, t1 + v);
            }
            ST8(acc, c0);
            ST8(acc + 8, c1);
        }
#else
        for (int k = 0; k < 8; k++) {
            const int32_t xi = em[24 + k] + bn[24 + k], xe = em[16 + k] + bn[16 + k];
            out[k] = max32(L->tbi[k] + xi, L->tbe[k] + xe);
            out[24 + k] = max32(L->tii[k] + xi, L->tie[k] + xe);
        }
        for (int c = 0; c < 16; c++) {
            x[c] = em[c] + bn[c];
            acc[c] = NEG;
        }
        for (int c = 0; c < 16; c++) {
            const int32_t v = x[c];
            const int32_t *row = L->ttt + c * 16;
            for (int p = 0; p < 16; p++)
                acc[p] = max32(acc[p], v + row[p]);
        }
#endif
        memcpy(out + 7, acc, sizeof acc); /* lanes 7-22: O, S, E (lane 7 replaces a B pad) */
        out[23] = NEG;
        GX_LN(lanes_norm)(out, beta + (size_t)i * FL, i % GX_NORM_EVERY == 0 || i == stop);
    }
}


#ifdef GX_LANES_VEC
/* The smallest margin over the span positions i..e of the decoded path (gx_tagger_decode):
 * at each position, the path's alpha + beta minus the best other lane's (both terms above LOW:
 * reachable sums are far inside int32), INT32_MAX when no other lane is reachable. The lane
 * of the path is left out by a lane mask, the maximum taken by vectors (max is exact: the
 * same value as a scan). */
static int64_t GX_LN(span_margin)(const lanes *L, const int32_t *alpha, const int32_t *beta,
                                  const uint8_t *tags, int i, int e)
{
    int64_t minm = INT64_MAX;
    const v8 lo = SPLAT8(LOW), none = SPLAT8(INT32_MIN);
    const v8 ix0 = {0, 1, 2, 3, 4, 5, 6, 7}, ix1 = ix0 + 8, ix2 = ix0 + 16, ix3 = ix0 + 24;
    for (int k = i; k <= e; k++) {
        const int32_t *a = alpha + (size_t)k * FL, *b = beta + (size_t)k * FL;
        const int y = L->lane[tags[k]];
        const int64_t my = (int64_t)a[y] + b[y];
        const v8 yv = SPLAT8(y);
        v8 a0, a1, a2, a3, b0, b1, b2, b3;
        LD32(a0, a1, a2, a3, a);
        LD32(b0, b1, b2, b3, b);
        const v8 k0 = (a0 > lo) & (b0 > lo) & (ix0 != yv), k1 = (a1 > lo) & (b1 > lo) & (ix1 != yv);
        const v8 k2 = (a2 > lo) & (b2 > lo) & (ix2 != yv), k3 = (a3 > lo) & (b3 > lo) & (ix3 != yv);
        const v8 s0 = ((a0 + b0) & k0) | (none & ~k0), s1 = ((a1 + b1) & k1) | (none & ~k1);
        const v8 s2 = ((a2 + b2) & k2) | (none & ~k2), s3 = ((a3 + b3) & k3) | (none & ~k3);
        const v8 m8 = GX_MAX8(GX_MAX8(s0, s1), GX_MAX8(s2, s3));
        const int32_t best = HMAX8(m8);
        const int64_t alt = best == INT32_MIN ? INT64_MIN : best;
        const int64_t d = alt == INT64_MIN ? INT32_MAX : my - alt;
        if (d < minm)
            minm = d;
    }
    return minm;
}
#endif
