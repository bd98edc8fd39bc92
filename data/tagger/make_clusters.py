#!/usr/bin/python3
"""Derives distributional clusters of Han characters for the tagger's cluster features.

    /usr/bin/python3 data/tagger/make_clusters.py ../shared/data data/tagger \
        /usr/lib/python3/dist-packages/jieba/dict.txt > data/tagger/clusters.tsv

Needs numpy (Debian: apt-get install python3-numpy; run with /usr/bin/python3).

Unlabeled text only (no label of any corpus is read):
  - CLUENER2020 train.json, the "text" of every line but the last 1,000 (our dev lines),
  - ccf-bdci2019-fin-new-entity Train_Data.csv, the "text" column,
  - duee-fin dev-public.jsonl, the "text" field,
  - zh-finance-news-2018 articles.jsonl, "title" and "text" (statistics only),
  - the words of jieba's dict.txt, names.txt and companies.txt, each as a short sequence.
Each Han character (U+4E00..U+9FFF) seen at least MIN_COUNT times is described by the counts of
its neighbours at offsets -2, -1, +1, +2 (the most frequent context characters; digits fold to
0, Latin letters to a, other characters kept); counts -> positive PMI (context distribution
smoothed with exponent 0.75) -> rank-DIM truncated SVD (randomized, fixed seed) -> unit rows
-> spherical k-means with K_FINE clusters (k-means++ start, fixed seed), then the K_FINE
centroids clustered again into K_MID and those into K_COARSE, so the coarser ids are a
function of the fine one (a hierarchy, like the prefixes of Brown clusters).

Output (sorted by code point): char<TAB>fine<TAB>mid<TAB>coarse, ids from 1 (0 = no cluster).

With --embeddings K (session 10) the same characters are written as dense vectors instead:
char<TAB>v1<TAB>...<TAB>vK, the first K dimensions of the unit rows above (the SVD orders the
dimensions by singular value), all multiplied by one factor so that the mean row norm is 1,
4 decimals (data/tagger/embeddings.tsv; gleaner-train --embeddings).
Deterministic for a given numpy/BLAS; the committed clusters.tsv is what training reads.
"""
import csv
import json
import os
import sys
from collections import Counter

import numpy as np

MIN_COUNT = 5
DIM = 100
K_FINE, K_MID, K_COARSE = 512, 128, 32
NCTX = {-2: 800, -1: 2500, 1: 2500, 2: 800}
SEED = 20261129


def fold(c):
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:  # full-width ASCII
        c = chr(o - 0xFEE0)
    if c.isdigit() and c.isascii():
        return "0"
    if c.isascii() and c.isalpha():
        return "a"
    return c


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def texts(src, tagger_dir, jieba_dict, cluener=True):
    with open(os.path.join(src, "cluener2020", "train.json"), encoding="utf-8") as f:
        lines = f.read().splitlines() if cluener else []
    for ln in lines[:-1000]:
        if ln.strip():
            yield json.loads(ln)["text"]
    csv.field_size_limit(1 << 24)
    with open(os.path.join(src, "ccf-bdci2019-fin-new-entity", "Train_Data.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            yield r.get("text") or ""
    with open(os.path.join(src, "duee-fin", "dev-public.jsonl"), encoding="utf-8") as f:
        for ln in f:
            if ln.strip():
                yield json.loads(ln).get("text", "")
    with open(os.path.join(src, "zh-finance-news-2018", "articles.jsonl"), encoding="utf-8") as f:
        for ln in f:
            if ln.strip():
                d = json.loads(ln)
                yield d.get("title", "") or ""
                yield d.get("text", "") or ""
    with open(jieba_dict, encoding="utf-8") as f:
        for ln in f:
            w = ln.split(" ")[0].strip()
            if w:
                yield w
    for name in ("names.txt", "companies.txt"):
        with open(os.path.join(tagger_dir, name), encoding="utf-8") as f:
            for ln in f:
                if ln.strip():
                    yield ln.strip()


def kmeans(x, k, weights, rng, iters=30):
    """Spherical k-means (rows of x are unit vectors); k-means++ start. Returns labels, centroids."""
    n = x.shape[0]
    w = weights / weights.sum()
    cent = np.empty((k, x.shape[1]))
    first = rng.choice(n, p=w)
    cent[0] = x[first]
    d2 = np.maximum(0.0, 2.0 - 2.0 * (x @ cent[0]))
    for j in range(1, k):
        p = d2 * w
        p = p / p.sum() if p.sum() > 0 else w
        cent[j] = x[rng.choice(n, p=p)]
        d2 = np.minimum(d2, np.maximum(0.0, 2.0 - 2.0 * (x @ cent[j])))
    labels = np.full(n, -1)
    for _ in range(iters):
        new = np.argmax(x @ cent.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            sel = labels == j
            if sel.any():
                c = (x[sel] * weights[sel, None]).sum(axis=0)
                cent[j] = c / (np.linalg.norm(c) or 1.0)
    return labels, cent


def main():
    args = sys.argv[1:]
    cluener = "--no-cluener" not in args  # diagnostics: clusters from the other texts only
    args = [a for a in args if a != "--no-cluener"]
    emb_k = 0
    if "--embeddings" in args:
        i = args.index("--embeddings")
        emb_k = int(args[i + 1])
        del args[i:i + 2]
    src, tagger_dir, jieba_dict = args[0], args[1], args[2]
    seqs = []
    unig = Counter()
    for t in texts(src, tagger_dir, jieba_dict, cluener):
        s = [fold(c) for c in t if not c.isspace()]
        if s:
            seqs.append(s)
            unig.update(s)
    targets = sorted(c for c, n in unig.items() if is_han(c) and n >= MIN_COUNT)
    tindex = {c: i for i, c in enumerate(targets)}
    ranked = [c for c, _ in sorted(unig.items(), key=lambda kv: (-kv[1], kv[0]))]
    cols = {}
    for off, nctx in NCTX.items():
        for c in ranked[:nctx] + ["<s>", "</s>"]:
            cols[(off, c)] = len(cols)
    counts = np.zeros((len(targets), len(cols)), dtype=np.float32)
    for s in seqs:
        n = len(s)
        for i, c in enumerate(s):
            ti = tindex.get(c)
            if ti is None:
                continue
            for off in NCTX:
                j = i + off
                ctx = s[j] if 0 <= j < n else ("<s>" if j < 0 else "</s>")
                ci = cols.get((off, ctx))
                if ci is not None:
                    counts[ti, ci] += 1.0
    # PPMI with context smoothing, per offset block
    total = counts.sum(dtype=np.float64)
    row = counts.sum(axis=1, dtype=np.float64)
    colsum = counts.sum(axis=0, dtype=np.float64) ** 0.75
    pc = colsum / colsum.sum()
    pw = row / total
    with np.errstate(divide="ignore"):
        pmi = np.log(counts / total) - np.log(pw)[:, None] - np.log(np.maximum(pc, 1e-300))[None, :]
    ppmi = np.where(counts > 0, np.maximum(pmi, 0.0), 0.0)
    # randomized truncated SVD
    rng = np.random.default_rng(SEED)
    omega = rng.standard_normal((ppmi.shape[1], DIM + 20))
    y = ppmi @ omega
    for _ in range(3):
        q, _ = np.linalg.qr(y)
        y = ppmi @ (ppmi.T @ q)
    q, _ = np.linalg.qr(y)
    ub, sv, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    u = (q @ ub)[:, :DIM] * np.sqrt(sv[:DIM])[None, :]
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
    if emb_k:
        e = u[:, :emb_k]
        e = e / np.mean(np.linalg.norm(e, axis=1))
        for i, c in enumerate(targets):
            sys.stdout.write(c + "".join("\t%.4f" % v for v in e[i]) + "\n")
        print("targets %d, contexts %d, tokens %d, k %d" % (len(targets), len(cols), int(total), emb_k), file=sys.stderr)
        return
    freq = np.array([unig[c] for c in targets], dtype=np.float64)
    wts = np.log1p(freq)
    fine, cf = kmeans(u, K_FINE, wts, rng)
    fw = np.array([wts[fine == j].sum() for j in range(K_FINE)]) + 1e-9
    mid_of, cm = kmeans(cf, K_MID, fw, rng)
    mw = np.array([fw[mid_of == j].sum() for j in range(K_MID)]) + 1e-9
    coarse_of, _ = kmeans(cm, K_COARSE, mw, rng)
    out = sys.stdout
    for i, c in enumerate(targets):
        f = int(fine[i])
        m = int(mid_of[f])
        out.write("%s\t%d\t%d\t%d\n" % (c, f + 1, m + 1, int(coarse_of[m]) + 1))
    print("targets %d, contexts %d, tokens %d" % (len(targets), len(cols), int(total)), file=sys.stderr)


if __name__ == "__main__":
    main()
