#!/usr/bin/env python3
"""People with titles and government bodies that a running gleanerd gets wrong on a seed-style
gold file (a measurement, not a test: CI does not run it).

    python3 tests/entities/seed_people.py PORT GOLD.json ARTICLES.md

For every article of GOLD it prints the gold people whose title the engine misses (with the
roles the engine gave that name, if any) and the government bodies missed or extra, matched the
way ../shared/eval/gleaner_eval.py seed matches them (its own functions are used).
Python 3 standard library only.
"""
import importlib.util, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("ge", os.path.join(ROOT, "..", "shared", "eval", "gleaner_eval.py"))
ge = importlib.util.module_from_spec(spec); spec.loader.exec_module(ge)

port, gold_path, text_path = sys.argv[1:4]
gold = json.load(open(gold_path, encoding="utf-8"))
text = open(text_path, encoding="utf-8").read()
q = "?published_at=" + gold["published_at"] if gold.get("published_at") else ""
status, resp, _ = ge.post("http://127.0.0.1:" + port, text, "text/markdown", q)
by_title = {ge.norm(a.get("title")): a for a in ge.articles_of(resp)}
for g in gold["articles"]:
    a = by_title.get(ge.norm(g["title"])) or {}
    ents = [e for e in a.get("entities") or [] if isinstance(e, dict)]
    people = [e for e in ents if e.get("type") == "person"]
    for gp in g.get("people", []):
        hit = [e for e in people if ge.norm(gp["name"]) in ge.entity_names(e)]
        ok = any(ge.text_close(r.get("title"), gp["title"]) for e in hit for r in e.get("roles") or []
                 if isinstance(r, dict))
        if not ok:
            roles = [(r.get("title"), r.get("organization")) for e in hit for r in e.get("roles") or []]
            print("[%s] title missed: %s %s  engine: %s" % (g["title"][:14], gp["name"], gp["title"],
                                                          roles if hit else "no person"))
    gov = [e for e in ents if e.get("type") == "government"]
    _, _, _, missed, extra = ge.match_alternatives([ge.entity_names(e) for e in gov], g.get("government", []))
    if missed or extra:
        print("[%s] government missed=%s extra=%s" % (g["title"][:14], missed, extra))
