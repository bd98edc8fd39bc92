#!/usr/bin/env python3
"""What changed for people, government bodies and organizations between two dumps of
scripts/dump-extractions (a measurement, not a test: CI does not run it).

    python3 tests/entities/people_dump_diff.py BEFORE.jsonl AFTER.jsonl

For every document (by line) whose set of (type, name) of person/government/organization
entities or whose set of (person, title, organization) roles differs, prints the document's
line number and what was removed (-) and added (+). Python 3 standard library only.
"""
import json
import sys


def load(path):
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        ents, roles = set(), set()
        for a in d.get("articles") or [d]:
            for e in a.get("entities") or []:
                if e.get("type") in ("person", "government", "organization"):
                    ents.add((e["type"], e.get("name")))
                for r in e.get("roles") or []:
                    roles.add((e.get("name"), r.get("title"), r.get("organization")))
        out.append((ents, roles))
    return out


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    for i, (x, y) in enumerate(zip(before, after)):
        if x[0] != y[0]:
            print(i, "ENT -", sorted(x[0] - y[0], key=str), "+", sorted(y[0] - x[0], key=str))
        if x[1] != y[1]:
            print(i, "ROLE -", sorted(x[1] - y[1], key=str), "+", sorted(y[1] - x[1], key=str))


if __name__ == "__main__":
    main()
