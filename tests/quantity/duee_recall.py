#!/usr/bin/env python3
"""duee_recall.py - how many quantity-like DuEE-Fin event arguments the quantity stage finds.

DuEE-Fin has no quantity annotations, but its event arguments include money amounts
(交易金额 "6亿元"), percentages and dates written as they appear in the text. For every gold
argument that looks like one of these (regexes below), this counts it as found when some
quantity span of the same document matches it the way ../shared/eval/gleaner_eval.py matches
argument texts (equal, or one contains the other and is at least 0.6 of its length), and also
reports how many contain a quantity's span at all ("inside": the argument is a longer phrase
such as 最高成交价为13.26元 around the amount).

    tests/quantity/duee_recall.py BUILD/tests/quantity/qty_probe ../shared/data/duee-fin/dev-public.jsonl [-v]

The documents are given as title + blank line + text, as the evaluation posts them.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

CATS = {
    "money": re.compile(r"\d.*(元|美元|港元|港币|欧元|英镑|日元)$"),
    "percent": re.compile(r"\d(\.\d+)?%$"),
    "date": re.compile(r"^(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?$"),
}


def close(a, b):
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return s in l and len(s) >= 0.6 * len(l)


def norm(s):
    return unicodedata.normalize("NFKC", s).replace("\r", "")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    probe, data = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    docs = [json.loads(l) for l in open(data, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"title": "", "text": (d.get("title") or "") + "\n\n" + d["text"]},
                               ensure_ascii=False) + "\n")
        tmp = f.name
    try:
        out = subprocess.run([probe, "--jsonl", tmp], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(tmp)
    spans = collections.defaultdict(list)
    di = -1
    for line in out.split("\n"):
        if line.startswith("# doc "):
            di = int(line.split()[2])
            continue
        m = re.match(r"\s+(\w+)\s+\[(\d+),(\d+)\)", line)
        if m:
            spans[di].append((int(m.group(2)), int(m.group(3))))
    stats = collections.Counter()
    missed = collections.defaultdict(list)
    for i, d in enumerate(docs):
        text = norm((d.get("title") or "") + "\n\n" + d["text"])
        found_texts = [text[a:b] for a, b in spans[i]]
        for ev in d.get("event_list") or []:
            for arg in ev["arguments"]:
                s = norm(arg["argument"])
                for cat, rx in CATS.items():
                    if not rx.search(s) or not re.search(r"\d", s):
                        continue
                    stats[cat] += 1
                    if any(close(s, t) for t in found_texts):
                        stats[cat + " matched"] += 1
                    elif any(t in s for t in found_texts):
                        stats[cat + " inside"] += 1
                    else:
                        missed[cat].append((i, s))
    for cat in CATS:
        n = stats[cat]
        print("%-8s gold %4d  matched %4d (%.3f)  inside a longer argument %3d  not found %3d" % (
            cat, n, stats[cat + " matched"], stats[cat + " matched"] / n if n else 0,
            stats[cat + " inside"], len(missed[cat])))
        if verbose:
            for x in missed[cat]:
                print("    doc %d: %s" % x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
