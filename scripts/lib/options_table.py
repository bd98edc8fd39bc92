#!/usr/bin/env python3
"""options_table.py — print the option table of server/srv_config.c as the markdown table of
README.md "Configuration" (run from the repository root; paste the output over the old table)."""
import re, subprocess
src = open("server/srv_config.c").read()
tab = src[src.index("static const opt opts[] = {"):src.index("\n};", src.index("static const opt opts[] = {"))]
rows = []
for m in re.finditer(r'\{"([a-z0-9-]+)",\s*"([A-Z0-9_]+)",\s*(OPT_\w+),\s*("(?:[^"\\]|\\.)*"|\w+),\s*([-\w<() ]+),\s*([-\w<() ]+),\s*((?:"(?:[^"\\]|\\.)*"\s*)+),', tab, re.S):
    flag, env, kind, dflt, lo, hi, helps = m.groups()
    help_ = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', helps)).replace('\\"', '"')
    d = dflt.strip('"')
    if dflt == "GLEANER_SCHEMA_DIR": d = "built-in `schema/`"
    elif d == "": d = "(none)"
    else: d = "`%s`" % d
    b = ""
    if kind in ("OPT_INT", "OPT_SIZE"):
        conv = lambda x: str(eval(x.replace("L", ""))) if re.match(r"^[\d L<()]+$", x) else x
        b = "%s..%s" % (conv(lo.strip()), conv(hi.strip()))
    elif kind == "OPT_FLAG":
        b = "0/1"
    rows.append("| `--%s` | `%s` | %s | %s | %s |" % (flag, env, d, b, help_.replace("|", "\\|")))
print("| flag | environment | default | bounds | meaning |\n|---|---|---|---|---|")
print("\n".join(rows))
