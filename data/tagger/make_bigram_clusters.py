#!/usr/bin/python3
"""Derives distributional clusters of Han character BIGRAMS for the tagger's bigram-cluster
feature (the same method as make_clusters.py, one level up: most Chinese words are two
characters long, so a bigram's cluster is close to a word class).

    /usr/bin/python3 data/tagger/make_bigram_clusters.py ../shared/data data/tagger \
        /usr/lib/python3/dist-packages/jieba/dict.txt > data/tagger/bigram_clusters.tsv

Needs numpy. Reads the same UNLABELED text as make_clusters.py (texts() there; no label of any
corpus is read; --no-cluener leaves CLUENER out). The MAX_TARGETS most frequent bigrams of two
Han characters seen at least MIN_COUNT times are described by the counts of the characters at
-2, -1 (before the bigram) and +1, +2 (after it) -> positive PMI (smoothed context
distribution) -> rank-DIM randomized SVD -> unit rows -> spherical k-means with K clusters
(fixed seeds).

Output (sorted by bigram): bigram<TAB>cluster id (1..K). Deterministic for a given numpy/BLAS.
"""
import os
import sys
from collections import Counter

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_clusters import fold, is_han, kmeans, texts  # noqa: E402

MIN_COUNT = 10
MAX_TARGETS = 40000
DIM = 100
K = 256
NCTX = {-2: 400, -1: 1500, 1: 1500, 2: 400}
SEED = 20261129


def main():
    args = sys.argv[1:]
    cluener = "--no-cluener" not in args
    args = [a for a in args if a != "--no-cluener"]
    src, tagger_dir, jieba_dict = args[0], args[1], args[2]
    seqs = []
    unig = Counter()
    big = Counter()
    for t in texts(src, tagger_dir, jieba_dict, cluener):
        s = [fold(c) for c in t if not c.isspace()]
        if s:
            seqs.append(s)
            unig.update(s)
            big.update(s[i] + s[i + 1] for i in range(len(s) - 1) if is_han(s[i]) and is_han(s[i + 1]))
    ranked_b = sorted((b for b, n in big.items() if n >= MIN_COUNT), key=lambda b: (-big[b], b))[:MAX_TARGETS]
    targets = sorted(ranked_b)
    tindex = {b: i for i, b in enumerate(targets)}
    ranked = [c for c, _ in sorted(unig.items(), key=lambda kv: (-kv[1], kv[0]))]
    cols = {}
    for off, nctx in NCTX.items():
        for c in ranked[:nctx] + ["<s>", "</s>"]:
            cols[(off, c)] = len(cols)
    counts = np.zeros((len(targets), len(cols)), dtype=np.float32)
    for s in seqs:
        n = len(s)
        for i in range(n - 1):
            ti = tindex.get(s[i] + s[i + 1])
            if ti is None:
                continue
            for off in NCTX:
                j = i + off if off < 0 else i + 1 + off
                ctx = s[j] if 0 <= j < n else ("<s>" if j < 0 else "</s>")
                ci = cols.get((off, ctx))
                if ci is not None:
                    counts[ti, ci] += 1.0
    total = counts.sum(dtype=np.float64)
    row = counts.sum(axis=1, dtype=np.float64)
    colsum = counts.sum(axis=0, dtype=np.float64) ** 0.75
    pc = colsum / colsum.sum()
    pw = row / total
    with np.errstate(divide="ignore"):
        pmi = (np.log(counts / np.float32(total)) - np.log(pw).astype(np.float32)[:, None]
               - np.log(np.maximum(pc, 1e-300)).astype(np.float32)[None, :])
    ppmi = np.where(counts > 0, np.maximum(pmi, 0.0), 0.0).astype(np.float64)
    del pmi, counts
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
    freq = np.array([big[b] for b in targets], dtype=np.float64)
    lab, _ = kmeans(u, K, np.log1p(freq), rng)
    out = sys.stdout
    for i, b in enumerate(targets):
        out.write("%s\t%d\n" % (b, int(lab[i]) + 1))
    print("targets %d, contexts %d, tokens %d" % (len(targets), len(cols), int(total)), file=sys.stderr)


if __name__ == "__main__":
    main()
