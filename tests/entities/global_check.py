#!/usr/bin/env python3
"""global_check.py — the check of scripts/build-gazetteers --check-global (helper "hkcomp16",
fifteenth session): the repository's data/lexicon/global_companies.tsv passes it, and rows written
for the test with a four-digit HKEX code, an exchange without a code, a bad listing day, a bad
former ticker or a name given to two rows with different tickers are each refused (exit 1).

    global_check.py REPO_ROOT"""
import os
import subprocess
import sys
import tempfile

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
script = os.path.join(root, "scripts", "build-gazetteers")


def check(path):
    return subprocess.run([sys.executable, script, "--check-global", path], capture_output=True, text=True)


r = check(os.path.join(root, "data", "lexicon", "global_companies.tsv"))
assert r.returncode == 0, r.stderr
GOOD = "甲公司\t甲集团|Jia\tHKEX\t01234\tJia Ltd.\t\t2019-01-02\n乙公司\t\t\t\tYi Ltd.\t\t\tNYSE:YI<2020-07-01\n"
BAD = ["丙公司\t\tHKEX\t1234\tBing\n",
       "丙公司\t\tHKEX\t\tBing\n",
       "丙公司\t\tNYSE\tBING\tBing\t\t2019-1-2\n",
       "丙公司\t\t\t\tBing\t\t\tNYSE BING 2020\n",
       "丙公司\t甲集团\tNYSE\tBING\tBing\n"]
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "global.tsv")
    open(p, "w", encoding="utf-8").write("# test\n" + GOOD)
    r = check(p)
    assert r.returncode == 0, r.stderr
    for row in BAD:
        open(p, "w", encoding="utf-8").write(GOOD + row)
        r = check(p)
        assert r.returncode == 1 and "丙公司" in r.stderr, (row, r.returncode, r.stderr)
print("ok")
