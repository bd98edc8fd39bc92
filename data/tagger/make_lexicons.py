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
--person-filter MODE  keeps a jieba person word (nr nrt nrfg) in class p only when it looks like a name
                 (names.txt; a surname used by >= 3 names.txt names, or a compound surname, then
                 1-2 characters each a given-name character of >= 3 names; a transliteration nrt
                 of 2-5 characters each found in >= 15 of jieba's nrt words); any other person word
                 (豪杰, 封锁, 籍贯, 拉萨, 二人) is written as a common word (w) with MODE common, or
                 left out with MODE drop (unless names.txt or companies.txt list it), or marked
                 both person and common word with MODE both.
--person-loose   with --person-filter, a looser shape: a surname then any 1-2 Han characters, a
                 transliteration of characters found in >= 3 nrt words.
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
person_filter = None  # --person-filter common|drop: see the docstring
if "--person-filter" in args:
    k = args.index("--person-filter")
    person_filter = args[k + 1]
    del args[k : k + 2]
    if person_filter not in ("common", "drop", "both"):
        sys.exit("--person-filter: common, drop or both")
person_loose = "--person-loose" in args  # with --person-filter: a looser name shape
if person_loose:
    args.remove("--person-loose")
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
        jieba = [p for p in (line.split() for line in f) if len(p) == 3]
    if person_filter:
        nsur, ngiv = {}, {}
        for n in names:
            if len(n) in (2, 3):
                nsur[n[0]] = nsur.get(n[0], 0) + 1
                for c in n[1:]:
                    ngiv[c] = ngiv.get(c, 0) + 1
        surname = {c for c, k in nsur.items() if k >= 3}
        given = {c for c, k in ngiv.items() if k >= 3}
        compound = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "公孙", "司徒",
                    "端木", "尉迟", "夏侯", "长孙", "宇文", "独孤", "轩辕", "南宫", "西门", "呼延"}
        ntrans = {}
        for w, _, pos in jieba:
            if pos == "nrt":
                for c in set(unicodedata.normalize("NFKC", w)):
                    ntrans[c] = ntrans.get(c, 0) + 1
        trans = {c for c, k in ntrans.items() if k >= (3 if person_loose else 15)}

        def name_shaped(w, pos):
            if w in names:
                return True
            if pos == "nrt":
                return 2 <= len(w) <= 5 and all(c in trans for c in w)
            if not han.match(w):
                return False
            rest = w[2:] if w[:2] in compound else w[1:] if w[0] in surname else None
            return rest is not None and 1 <= len(rest) <= 2 and (person_loose or all(c in given for c in rest))

    for w, freq, pos in jieba:
        if int(freq) >= min_freq:
            cls = posmap.get(pos, "w")
            if cls == "p" and person_filter and not name_shaped(unicodedata.normalize("NFKC", w).strip(), pos):
                if person_filter == "drop":
                    continue
                if person_filter == "both":
                    add(w, "p")
                cls = "w"
            add(w, cls)
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
