#!/usr/bin/env python3
"""Builds the tagger's name lists from the A-share data in ../shared/data (stdlib only).

    python3 data/tagger/make_lexicons.py ../shared/data data/tagger \
        /usr/lib/python3/dist-packages/jieba/dict.txt

Writes (sorted, unique, NFKC, one per line):
  names.txt      person names of A-share directors and executives (a-share-executives/executive.csv, MIT)
  companies.txt  A-share short names and Shenzhen full legal names (a-share/a_share_merged.csv,
                 adata_code.csv; public disclosure data, MIT / Apache-2.0 sources)
  lexicon.tsv    word<TAB>classes for the tagger's lexicon features: the words of jieba's
                 dictionary (Debian package python3-jieba 0.42.1, dict.txt, MIT/Expat) with their
                 part of speech mapped to classes (p person: nr nrt nrfg; l place: ns;
                 o organization: nt; z other proper noun: nz; w any other word), plus names.txt
                 (p) and companies.txt (c); and single characters with properties counted over
                 names.txt (2-3 character names): S / s surname used by >= 30 / >= 3 names,
                 G / g given-name character in >= 30 / >= 3 names. Only written when the jieba
                 dictionary is given. --min-freq N keeps only the jieba words of frequency >= N.
gleaner-train reads lexicon.tsv (--lexicon) and the name lists (--names/--companies); see SOURCE.md.
"""
import csv
import os
import re
import sys
import unicodedata

args = sys.argv[1:]
min_freq = 0  # --min-freq N: keep only jieba words with frequency >= N
if "--min-freq" in args:
    k = args.index("--min-freq")
    min_freq = int(args[k + 1])
    del args[k : k + 2]
src, out = args[0], args[1]
han = re.compile(r"^[\u4e00-\u9fff]+$")

names = set()
with open(os.path.join(src, "a-share-executives", "executive.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        n = unicodedata.normalize("NFKC", r["name"]).strip()
        if han.match(n) and 2 <= len(n) <= 4:
            names.add(n)

companies = set()


def add_company(n):
    n = unicodedata.normalize("NFKC", n).replace(" ", "").strip()
    n = re.sub(r"^\*?ST", "", n)
    n = re.sub(r"[AB]$", "", n)
    n = re.sub(r"^[CN](?=[\u4e00-\u9fff])", "", n)  # IPO-day prefixes
    if len(n) >= 2 and re.match(r"^[\u4e00-\u9fffA-Za-z0-9()]+$", n) and not n.isdigit():
        companies.add(n)


with open(os.path.join(src, "a-share", "a_share_merged.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        add_company(r["short_name"])
        if r["full_name"]:
            add_company(r["full_name"])
with open(os.path.join(src, "a-share", "adata_code.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        add_company(r["short_name"])

for fn, items in (("names.txt", names), ("companies.txt", companies)):
    with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
        for n in sorted(items):
            f.write(n + "\n")
    print(fn, len(items))

if len(args) > 2:
    classes = {}

    def add(word, cls):
        word = unicodedata.normalize("NFKC", word).strip()
        if 2 <= len(word) <= 16 and "\t" not in word:  # single characters: properties below
            classes.setdefault(word, set()).add(cls)

    posmap = {"nr": "p", "nrt": "p", "nrfg": "p", "ns": "l", "nt": "o", "nz": "z"}
    with open(args[2], encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and int(parts[1]) >= min_freq:
                add(parts[0], posmap.get(parts[2], "w"))
    for n in names:
        add(n, "p")
    for n in companies:
        add(n, "c")
    sur, giv = {}, {}
    for n in names:
        if len(n) in (2, 3):
            sur[n[0]] = sur.get(n[0], 0) + 1
            for c in n[1:]:
                giv[c] = giv.get(c, 0) + 1
    for c in set(sur) | set(giv):
        s, g = sur.get(c, 0), giv.get(c, 0)
        props = ("S" if s >= 30 else "s" if s >= 3 else "") + ("G" if g >= 30 else "g" if g >= 3 else "")
        for p in props:
            classes.setdefault(c, set()).add(p)
    with open(os.path.join(out, "lexicon.tsv"), "w", encoding="utf-8") as f:
        for w in sorted(classes):
            f.write("%s\t%s\n" % (w, "".join(sorted(classes[w]))))
    print("lexicon.tsv", len(classes))
