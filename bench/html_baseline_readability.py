#!/usr/bin/python3
"""html_baseline_readability.py — the readability-lxml baseline for the HTML path.

Runs readability-lxml (Debian package python3-readability) over the same pages as
bench/html_f1.c and scores its body text the same way (word 4-gram shingles of \\w+ tokens
after NFKC lower-casing, TP/FP/FN summed over pages), so the two figures come from one run:

    /usr/bin/python3 bench/html_baseline_readability.py ../shared/data/html-bench [--dump out.json]
"""
import collections
import gzip
import json
import os
import re
import sys
import time
import unicodedata


def shingles(text, n=4):
    toks = re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").lower())
    return collections.Counter(tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1)))


def readability_text(raw):
    from readability import Document
    import lxml.html
    summary = Document(raw.decode("utf-8", "replace")).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    # block elements on their own lines, as a reader would see them
    for el in tree.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"):
        el.tail = ("\n" + el.tail) if el.tail else "\n"
    return tree.text_content()


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    d = sys.argv[1]
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    gt = json.load(open(os.path.join(d, "ground-truth.json"), encoding="utf-8"))
    tp = fp = fn = 0
    out = {}
    t0 = time.perf_counter()
    for i in sorted(gt):
        raw = gzip.open(os.path.join(d, "html", i + ".html.gz")).read()
        try:
            body = readability_text(raw)
        except Exception as e:  # readability raises on some pages; count as empty
            print("%s: %s" % (i, e), file=sys.stderr)
            body = ""
        out[i] = body
        p, g = shingles(body), shingles(gt[i]["articleBody"])
        t = sum((p & g).values())
        tp, fp, fn = tp + t, fp + sum(p.values()) - t, fn + sum(g.values()) - t
    dt = time.perf_counter() - t0
    pr = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0
    print("readability-lxml: %d pages, body P=%.4f R=%.4f F1=%.4f, %.1f ms/page"
          % (len(gt), pr, rc, f1, dt * 1000 / max(1, len(gt))))
    if dump:
        json.dump(out, open(dump, "w"), ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
