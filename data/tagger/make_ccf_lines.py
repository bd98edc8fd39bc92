#!/usr/bin/env python3
"""make_ccf_lines.py — CLUENER-style training lines from our hand-annotated CCF held-out texts
(tagger domain adaptation, twenty-sixth session; docs/tagger.md "Twenty-sixth session (tagadapt)").

    python3 data/tagger/make_ccf_lines.py --model BASE.bin --sets h47 h48 ... > ccf-lines.json
        [--data ../shared/data] [--gleaner-train build/tools/gleaner-train]
        [--exclude-sets h75 h76 h77] [--min-margin 3]
    python3 data/tagger/make_ccf_lines.py --partial [--weight W] --sets h47 h48 ... > ccf-lines.json

For every eval/heldout/SET/**/ccf-N.json (English sets have no ccf-N file), the text is row N of
ccf-bdci2019-fin-new-entity/Train_Data.csv. It is cut into pieces (at 。！？!?；; and line ends;
a piece over 150 characters again at ，,), and each piece becomes one JSON line
{"text": ..., "label": {type: {surface: [[start, end], ...]}}} (end inclusive, CLUENER's form).

Labels:
  * the gold's company forms (every written form of every entity), government forms and people's
    names (and authors) are projected onto EVERY occurrence in the piece (longest form first,
    never overlapping), as company / government / name: the gold lists all of them, so what the
    base model proposes as company, name or government elsewhere in the piece is taught as O;
  * the types the gold does not annotate (organization, address, position, and CLUENER's misc
    types) are taken from the BASE model's own proposals (`gleaner-train --tag --model BASE`)
    when its margin is >= --min-margin nats and they overlap no gold span; a piece where the
    base model proposes such a type below that margin is DROPPED (we would not know whether to
    teach O or the type there);
  * companies_optional: a piece with an occurrence of an optional form is kept only when the
    base model proposes exactly that span as company (then labelled company), else dropped.
With --partial (twenty-seventh session, "tagpartial") no base model is used and no piece is
dropped: each line carries only the gold's company / government / name spans, plus
  "open": the types the gold does not annotate (organization, address, position, CLUENER's misc
      labels): outside the gold spans the trainer allows O or any of their tags (partial labels,
      the CRF marginalizes instead of teaching O);
  "maybe": {"company": [[s, e], ...]} the companies_optional occurrences (company or not);
  "weight": W when --weight is given (the CRF step of the line is scaled by W).
Pieces whose text also occurs in a text of --exclude-sets are dropped (the CCF corpus repeats
itself; this keeps measurement sets unseen). Deterministic for the same model and inputs.
Python 3 standard library only."""
import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "eval", "heldout")
OTHER = {"organization": "organization", "address": "address", "position": "position", "misc": "book"}


def fold(s):
    """Per-character NFKC where it keeps one character (the tagger's view; offsets unchanged)."""
    out = []
    for c in s:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def pieces(text):
    out = []
    for p in re.split(r"(?<=[。！？!?；;])|\n", text):
        p = p.strip()
        while len(p) > 150:
            cut = max(p.rfind("，", 0, 150), p.rfind(",", 0, 150))
            cut = cut + 1 if cut >= 20 else 150
            out.append(p[:cut].strip())
            p = p[cut:].strip()
        out.append(p)
    return [p for p in out if len(p) >= 6 and re.search(r"[\u4e00-\u9fff]", p)]


def find_all(hay, needle):
    i = hay.find(needle)
    while i >= 0:
        yield i
        i = hay.find(needle, i + 1)


OPEN = ["address", "book", "game", "movie", "organization", "position", "scene"]


def emit_partial(items, weight, stats):
    """One line per piece: the gold spans fixed, the other types open, optional companies maybe."""
    result = []
    for pc, spans, optsp in items:
        lab = {}
        for s, e, t in sorted(spans):
            lab.setdefault(t, {}).setdefault(pc[s:e], []).append([s, e - 1])
        line = {"text": pc, "label": lab, "open": [t for t in OPEN if t not in lab]}
        if optsp:
            line["maybe"] = {"company": [[s, e - 1] for s, e in sorted(optsp)]}
        if weight is not None:
            line["weight"] = weight
        result.append(json.dumps(line, ensure_ascii=False, sort_keys=True))
        for t in lab:
            stats["spans " + t] = stats.get("spans " + t, 0) + sum(len(v) for v in lab[t].values())
        stats["maybe"] = stats.get("maybe", 0) + len(optsp)
    stats["lines"] = len(result)
    sys.stdout.write("".join(r + "\n" for r in result))
    print("make_ccf_lines: " + ", ".join("%s %d" % kv for kv in stats.items()), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="base model (needed without --partial)")
    ap.add_argument("--partial", action="store_true", help="partial labels: gold spans only, other types open")
    ap.add_argument("--weight", type=float, help="with --partial: the lines' CRF step weight")
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--exclude-sets", nargs="*", default=[])
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--gleaner-train", default="build/tools/gleaner-train")
    ap.add_argument("--min-margin", type=float, default=3.0)
    ap.add_argument("--titles", action="store_true", help="also project people[].title near the name as position")
    a = ap.parse_args()
    if not a.partial and not a.model:
        ap.error("--model is needed without --partial")
    with open(os.path.join(a.data, "ccf-bdci2019-fin-new-entity", "Train_Data.csv"), encoding="utf-8") as f:
        rows = [r["text"] for r in csv.DictReader(f)]

    def golds(sets):
        for s in sets:
            for j in sorted(glob.glob(os.path.join(GOLD, s, "**", "ccf-*.json"), recursive=True)):
                n = int(os.path.basename(j)[4:-5])
                yield j, json.load(open(j, encoding="utf-8"))["articles"][0], fold(rows[n])

    excluded = set()
    for _, _, text in golds(a.exclude_sets):
        excluded.update(pieces(text))
    items = []  # (piece, gold spans, optional spans)
    seen = set()
    stats = {"texts": 0, "pieces": 0, "excluded": 0, "duplicate": 0}
    for _, g, text in golds(a.sets):
        stats["texts"] += 1
        forms = []
        for ent in g.get("companies", []):
            forms += [(fold(f), "company") for f in ent]
        for ent in g.get("government", []):
            forms += [(fold(f), "government") for f in ent]
        for p in g.get("people", []) + [{"name": x} if isinstance(x, str) else x for x in g.get("authors", [])]:
            if p.get("name"):
                forms.append((fold(p["name"]), "name"))
        titles = sorted({(fold(p["name"]), fold(p["title"])) for p in g.get("people", [])
                         if a.titles and p.get("name") and p.get("title")})
        opt = [fold(f) for ent in g.get("companies_optional", []) for f in ent]
        forms = sorted({f for f in forms if f[0].strip()}, key=lambda x: (-len(x[0]), x))
        for pc in pieces(text):
            stats["pieces"] += 1
            if pc in excluded:
                stats["excluded"] += 1
                continue
            if pc in seen:
                stats["duplicate"] += 1
                continue
            seen.add(pc)
            taken = [False] * len(pc)
            spans = []
            for f, t in forms:
                for i in find_all(pc, f):
                    if not any(taken[i:i + len(f)]):
                        spans.append((i, i + len(f), t))
                        for k in range(i, i + len(f)):
                            taken[k] = True
            for nm, ti in titles:  # a person's title near the name (within 8 characters) as position
                for i in find_all(pc, ti):
                    if any(taken[i:i + len(ti)]):
                        continue
                    near = any(abs(j - i) <= 8 + len(nm) for j in find_all(pc, nm))
                    if near:
                        spans.append((i, i + len(ti), "position"))
                        for k in range(i, i + len(ti)):
                            taken[k] = True
            optsp = []
            for f in sorted(set(opt), key=lambda x: (-len(x), x)):
                for i in find_all(pc, f):
                    if not any(taken[i:i + len(f)]):
                        optsp.append((i, i + len(f)))
            items.append((pc, spans, optsp))
    if a.partial:
        emit_partial(items, a.weight, stats)
        return
    # the base model's proposals, one line per piece
    inp = "".join(pc + "\n" for pc, _, _ in items)
    out = subprocess.run([a.gleaner_train, "--tag", "--model", a.model], input=inp, capture_output=True,
                         text=True, check=True).stdout.split("\n")
    # --tag prints each line, then one "  start end type margin text" line per proposed span
    props = []
    for line in out:
        if line.startswith("  "):
            m = re.match(r"  (\d+) (\d+) (\w+) (-?[\d.]+) ", line)
            props[-1].append((int(m.group(1)), int(m.group(2)), m.group(3), float(m.group(4))))
        elif len(props) < len(items):
            props.append([])
    assert len(props) == len(items)
    result = []
    for (pc, spans, optsp), prop in zip(items, props):
        labels = list(spans)
        drop = False
        for s, e, t, mg in prop:
            if any(s < ge and gs < e for gs, ge, _ in spans):
                continue
            if t in OTHER:
                if mg >= a.min_margin:
                    labels.append((s, e, OTHER[t]))
                else:
                    drop = True
        for s, e in optsp:
            if any(ps == s and pe == e and t == "company" for ps, pe, t, _ in prop):
                labels.append((s, e, "company"))
            else:
                drop = True
        if drop:
            stats.setdefault("dropped", 0)
            stats["dropped"] += 1
            continue
        lab = {}
        for s, e, t in sorted(labels):
            lab.setdefault(t, {}).setdefault(pc[s:e], []).append([s, e - 1])
        result.append(json.dumps({"text": pc, "label": lab}, ensure_ascii=False, sort_keys=True))
        for t in lab:
            stats["spans " + t] = stats.get("spans " + t, 0) + sum(len(v) for v in lab[t].values())
    stats["lines"] = len(result)
    sys.stdout.write("".join(r + "\n" for r in result))
    print("make_ccf_lines: " + ", ".join("%s %d" % kv for kv in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
