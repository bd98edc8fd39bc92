#!/usr/bin/env python3
"""duee_proxy.py - recall proxies for people, their titles and money on DuEE-Fin, through a
running server (POST /v1/extract, exactly as API.md describes).

DuEE-Fin has no entity annotations, but its event arguments name executives and amounts as
written in the text. For each document of ../shared/data/duee-fin/dev-public.jsonl:

  people        every 高管姓名 argument: found when a person entity of the answer has it as its
                name, an alias or a mention text
  people+title  every (高管姓名, 高管职位 or 变动后职位) pair of one event: found when that person
                has a role whose title matches the position text (equal, or one contains the
                other and is at least 0.6 of its length, as gleaner_eval.py matches titles)
  money         every argument of a money role (交易金额, 融资金额, 中标金额, 募资金额, 净亏损,
                债务规模, 每股交易价格, 发行价格, 市值) that names a currency: found when a money
                quantity's text matches it (same rule) or lies inside it (最高成交价为13.26元) and
                the currency agrees with the one the argument writes (元 CNY, 美元 USD, 港元 HKD ...;
                a bare 元 that the engine reads as HKD/USD from its market, currency_inferred,
                counts as agreeing)

These are recall proxies: the arguments cover only what an event needed, so precision cannot be
measured here. A development tool (docs/quantities.md); not run by the tests (the corpus lives
outside the repository).

    python3 tests/quantity/duee_proxy.py --server http://127.0.0.1:8080 \\
        [--data ../shared/data/duee-fin/dev-public.jsonl] [--misses people|title|money]
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import sys
import unicodedata
import urllib.request

MONEY_ROLES = {"交易金额", "融资金额", "中标金额", "募资金额", "净亏损", "债务规模", "每股交易价格", "发行价格", "市值"}
CURRENCY = [("新加坡元", "SGD"), ("新元", "SGD"), ("澳门元", "MOP"), ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("欧元", "EUR"), ("日元", "JPY"),
            ("英镑", "GBP"), ("澳元", "AUD"), ("新台币", "TWD"), ("台币", "TWD"), ("韩元", "KRW"), ("瑞郎", "CHF"),
            ("人民币", "CNY"), ("元", "CNY")]


def norm(s):
    return re.sub(r"[\s\u3000]+", "", unicodedata.normalize("NFKC", str(s or ""))).lower()


def text_close(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return s in l and len(s) >= 0.6 * len(l)


def currency_of(arg):
    for word, code in CURRENCY:
        if word in arg:
            return code
    return None


def extract(server, text):
    body = json.dumps({"title": "", "text": text}).encode("utf-8")
    req = urllib.request.Request(server.rstrip("/") + "/v1/extract?split=false", data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        resp = json.load(r)
    arts = resp.get("articles") or [resp]
    return arts[0] if arts else {}


def names_of(e):
    out = {norm(e.get("name"))} | {norm(a) for a in e.get("aliases") or []}
    out |= {norm(m.get("text")) for m in e.get("mentions") or [] if isinstance(m, dict)}
    out.discard("")
    return out


def score(doc, art, stats, misses):
    text = doc["text"]
    people = [e for e in art.get("entities") or [] if e.get("type") == "person"]
    money = [q for q in art.get("quantities") or [] if q.get("type") == "money"]
    seen_people = set()
    for ev in doc.get("event_list") or []:
        args = collections.defaultdict(list)
        for a in ev.get("arguments") or []:
            args[a["role"]].append(a["argument"])
        for name in args.get("高管姓名", []):
            holders = [e for e in people if norm(name) in names_of(e)]
            if name not in seen_people:
                seen_people.add(name)
                ok = bool(holders)
                stats["people"][ok] += 1
                if not ok:
                    misses["people"].append((name, context(text, name)))
            for title in args.get("高管职位", []) + args.get("变动后职位", []):
                ok = any(text_close(r.get("title"), title) for e in holders for r in e.get("roles") or [])
                stats["people+title"][ok] += 1
                if not ok:
                    got = [r.get("title") for e in holders for r in e.get("roles") or []]
                    misses["title"].append(("%s/%s got %s" % (name, title, got), context(text, name)))
        for role, vals in args.items():
            if role not in MONEY_ROLES:
                continue
            for v in vals:
                cur = currency_of(v)
                if not cur or not re.search(r"\d", v):
                    continue
                # the amount may sit inside a longer argument (最高成交价为13.26元): the quantity
                # is what this stage answers for, choosing the phrase is the events stage's job
                # a bare 元 read as the market's currency (涉资2.08万元 after a price in 港元:
                # currency_inferred, gx_quantity_market.c) is the amount written, read better
                ok = any((text_close(q.get("text"), v) or norm(q.get("text")) in norm(v)) and
                         (q.get("currency") == cur or (cur == "CNY" and q.get("currency_inferred")))
                         for q in money)
                stats["money"][ok] += 1
                if not ok:
                    got = [(q.get("text"), q.get("currency")) for q in money if text_close(q.get("text"), v)]
                    misses["money"].append(("%s %s got %s" % (role, v, got), context(text, v)))


def context(text, s, width=25):
    i = text.find(s)
    if i < 0:
        return ""
    return text[max(0, i - width): i + len(s) + width].replace("\n", "/")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "data", "duee-fin",
                                                    "dev-public.jsonl"))
    ap.add_argument("--misses", choices=["people", "title", "money"])
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    if not os.path.exists(a.data):
        print("no corpus at %s (it lives outside the repository); nothing to do" % a.data)
        return 0
    docs = [json.loads(l) for l in open(a.data, encoding="utf-8") if l.strip()]
    with concurrent.futures.ThreadPoolExecutor(a.workers) as ex:
        arts = list(ex.map(lambda d: extract(a.server, d["text"]), docs))
    stats = collections.defaultdict(collections.Counter)
    misses = collections.defaultdict(list)
    for d, art in zip(docs, arts):
        score(d, art, stats, misses)
    print("duee proxies: %d documents" % len(docs))
    for k in ("people", "people+title", "money"):
        c = stats[k]
        n = c[True] + c[False]
        print("  %-13s gold %4d  found %4d  recall %.3f" % (k, n, c[True], c[True] / n if n else 0))
    if a.misses:
        for what, ctx in misses[a.misses]:
            print("  MISS %s | %s" % (what, ctx))
    return 0


if __name__ == "__main__":
    sys.exit(main())
