#!/usr/bin/env python3
"""renames15_build.py — the check of scripts/build-gazetteers on the hand-curated
data/companies/former_names.tsv: a row whose code is not listed, whose exchange or current short
name is not the code's, whose short name is two characters or another company's name stops the
build (exit 1, one line per row, nothing written); good rows land in a_share.tsv's former names;
and the same for data/companies/legal_names.tsv (current legal names of SSE companies).
Needs ../shared/data (the public lists); skipped (77) without it.

    renames15_build.py REPO_ROOT"""
import os
import shutil
import subprocess
import sys
import tempfile

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
shared = os.path.join(root, "..", "shared", "data")
if not os.path.exists(os.path.join(shared, "a-share", "a_share_merged.csv")):
    print("no ../shared/data: skipped")
    sys.exit(77)
script = os.path.join(root, "scripts", "build-gazetteers")
HEAD = "# code\texchange\tcurrent_short_name\tformer_name\tkind\tnote\n"


def build(rows, legal=()):
    out = tempfile.mkdtemp()
    try:
        with open(os.path.join(out, "former_names.tsv"), "w", encoding="utf-8") as f:
            f.write(HEAD + "".join("\t".join(r) + "\n" for r in rows))
        if legal:
            with open(os.path.join(out, "legal_names.tsv"), "w", encoding="utf-8") as f:
                f.write("".join("\t".join(r) + "\n" for r in legal))
        p = subprocess.run([sys.executable, script, "--shared", shared, "--out", out],
                           capture_output=True, text=True)
        tsv = os.path.join(out, "a_share.tsv")
        body = open(tsv, encoding="utf-8").read() if os.path.exists(tsv) else None
        return p.returncode, p.stderr, body
    finally:
        shutil.rmtree(out)


fails = 0


def check(what, ok):
    global fails
    print(("ok   " if ok else "FAIL ") + what)
    fails += not ok


good = ("603180", "SSE", "金牌家居", "金牌橱柜", "short", "former short name")
rc, err, body = build([good, ("002671", "SZSE", "龙泉股份", "山东龙泉管道工程股份有限公司", "legal", "x")])
check("good rows build", rc == 0 and body is not None)
row = next((l for l in (body or "").splitlines() if l.startswith("603180\t")), "")
check("the former short name is in 603180's former names", "金牌橱柜" in row.split("\t")[5].split("|"))
row = next((l for l in (body or "").splitlines() if l.startswith("002671\t")), "")
check("the former legal name is in 002671's former names", "山东龙泉管道工程股份有限公司" in row.split("\t")[5].split("|"))

bad = [
    (("999999", "SSE", "某某科技", "某某股份", "short", "x"), "not a listed A share"),
    (("603180", "SZSE", "金牌家居", "金牌橱柜", "short", "x"), "exchange"),
    (("603180", "SSE", "金牌橱柜", "金牌厨具", "short", "x"), "current short name"),
    (("603180", "SSE", "金牌家居", "金牌", "short", "x"), "three characters"),
    (("603180", "SSE", "金牌家居", "万科企业股份有限公司", "legal", "x"), "another company"),
    (("603180", "SSE", "金牌家居", "豫园股份", "short", "x"), "another company"),
    (("603180", "SSE", "金牌家居", "金牌橱柜", "alias", "x"), "neither short nor legal"),
]
for r, why in bad:
    rc, err, body = build([good, r])
    check("rejected (%s): %s" % (why, r[3]), rc == 1 and why in err and body is None)

# legal_names.tsv: current legal names of SSE companies fill the empty full-name column
moutai = ("600519", "SSE", "贵州茅台", "贵州茅台酒股份有限公司", "x")
rc, err, body = build([good], [moutai])
row = next((l for l in (body or "").splitlines() if l.startswith("600519\t")), "")
check("a curated legal name fills 600519's full name", rc == 0 and row.split("\t")[3] == "贵州茅台酒股份有限公司")
for r, why in [
    (("000002", "SZSE", "万科", "万科股份有限公司", "x"), "the list already gives"),
    (("600519", "SSE", "茅台", "贵州茅台酒股份有限公司", "x"), "short name"),
    (("600519", "SSE", "贵州茅台", "贵州茅台酒厂", "x"), "ends in 公司"),
]:
    rc, err, body = build([good], [r])
    check("legal name rejected (%s): %s" % (why, r[3]), rc == 1 and why in err and body is None)
sys.exit(1 if fails else 0)
