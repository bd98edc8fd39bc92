#!/usr/bin/env python3
"""Builds the replacement lists for the tagger's mention-replacement augmentation (stdlib only).

    python3 data/tagger/make_augment_lists.py data/tagger data/lexicon/global_companies.tsv \
        /usr/lib/python3/dist-packages/jieba/dict.txt data/tagger

gleaner-train --augment K --aug-list name=aug-names.txt --aug-list company=aug-companies.txt
--aug-list government=aug-government.txt adds K copies of every training sentence in which each
span of those types is, with probability 1/2, replaced by an entity drawn uniformly from the
type's list (see tools/gleaner_train.c, "augmentation"). The lists are real entities, so the
model sees name, company and government characters it never saw labelled in CLUENER:

  aug-names.txt       person names: names.txt (A-share directors and executives); jieba's
                      person words (nr) of 2-3 Han characters whose first character is a common
                      surname and whose other characters are given-name characters (both counted
                      over names.txt: surname of >= 30 names, character in >= 3 given names);
                      jieba's nrfg words; jieba's transliterated names (nrt) of 2-5 characters
                      made only of characters frequent in nrt words (in >= 15 of them); and
                      foreign full names "given·family" paired from those nrt words (fixed seed).
  aug-companies.txt   companies.txt (A-share short and full names) plus the Chinese and Latin
                      names and aliases of data/lexicon/global_companies.tsv.
  aug-government.txt  government bodies composed from real place names and the kinds of body
                      CLUENER labels as government: Chinese provinces, cities, counties and
                      districts (jieba's ns words ending in 省/市/县/区, 3-5 characters, not ending in a
                      two-character common word such as 超市 or 军区) + a local
                      body (人民政府, 公安局, 人民法院, 住建委 ...; provinces take 公安厅, 教育厅 ...; 2-3 per place);
                      countries (a list written here) + 政府, 国防部, 海军 ...; and central bodies
                      of the PRC (国务院, 财政部, 证监会 ...), written here.

--han-only writes aug-names-han.txt (no transliterated names, no "·" names) and
aug-companies-han.txt (names of Han characters only) instead.

Every line is NFKC; lines are sorted and unique except in aug-government.txt, where central and
national bodies are repeated (weights for the uniform draw; counts in the code below), and each
place gets 2-3 bodies picked with a fixed seed, not all of them. jieba: dict.txt of Debian's python3-jieba 0.42.1
(c) 2012-2017 Sun Junyi, MIT/Expat. No CLUENER text is read.
"""
import collections
import os
import random
import re
import sys
import unicodedata

args = sys.argv[1:]
han_only = "--han-only" in args  # no foreign (nrt) names, no Latin company names
if han_only:
    args.remove("--han-only")
tagger_dir, global_tsv, jieba_dict, out = args[:4]
suffix = "-han" if han_only else ""
han = re.compile(r"^[\u4e00-\u9fff]+$")


def nfkc(s):
    return unicodedata.normalize("NFKC", s).strip()


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [nfkc(l) for l in f if l.strip()]


def write(name, words):
    words = sorted(w for w in (set(words) if isinstance(words, set) else words) if w)
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for w in words:
            f.write(w + "\n")
    print(f"{name}: {len(words)} lines", file=sys.stderr)


jieba = []  # (word, freq, pos)
with open(jieba_dict, encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) == 3:
            jieba.append((nfkc(parts[0]), int(parts[1]), parts[2]))

# ---------------------------------------------------------------- names
exec_names = read_list(os.path.join(tagger_dir, "names.txt"))
surnames = collections.Counter(n[0] for n in exec_names if 2 <= len(n) <= 3)
given = collections.Counter(c for n in exec_names if 2 <= len(n) <= 3 for c in n[1:])
S = {c for c, k in surnames.items() if k >= 30}
G = {c for c, k in given.items() if k >= 3}
names = set(exec_names)
nrt = []
for w, _, pos in jieba:
    if not han.match(w):
        continue
    if pos == "nr" and 2 <= len(w) <= 3 and w[0] in S and all(c in G for c in w[1:]):
        names.add(w)
    elif pos == "nrfg" and 2 <= len(w) <= 4:
        names.add(w)
    elif pos == "nrt":
        nrt.append(w)
translit = collections.Counter(c for w in nrt for c in set(w))
T = {c for c, k in translit.items() if k >= 15}
foreign = sorted({w for w in nrt if 2 <= len(w) <= 5 and all(c in T for c in w)})
if not han_only:
    names.update(foreign)
    rng = random.Random(1)
    for _ in range(len(foreign) // 2):
        a, b = rng.choice(foreign), rng.choice(foreign)
        if a != b and len(a) + len(b) <= 9:
            names.add(a + "·" + b)
write("aug-names" + suffix + ".txt", names)

# ---------------------------------------------------------------- companies
companies = set(read_list(os.path.join(tagger_dir, "companies.txt")))
with open(global_tsv, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        for n in [cols[0]] + (cols[1].split("|") if len(cols) > 1 else []):
            n = nfkc(n)
            if 2 <= len(n) <= 20:
                companies.add(n)
if han_only:
    companies = {c for c in companies if han.match(c)}
write("aug-companies" + suffix + ".txt", companies)

# ---------------------------------------------------------------- government
LOCAL = ("人民政府 政府 公安局 公安分局 人民法院 中级人民法院 人民检察院 检察院 法院 教育局 财政局 税务局 "
         "地税局 国税局 国土资源局 国土局 住建委 住建局 建设局 房管局 规划局 环保局 卫生局 工商局 质监局 "
         "发改委 统计局 交通局 民政局 物价局 商务局 体育局 文化局 消防局 委 人大常委会 政协 纪委 "
         "交警支队 公安局经侦支队 住房保障管理中心 国土房产局 市场监管局 城管局 旅游局 安监局 看守所").split()
PROVINCE = ("人民政府 政府 公安厅 教育厅 财政厅 卫生厅 住建厅 国土资源厅 高级人民法院 人民检察院 "
            "银监局 证监局 体育局 发改委 人大常委会 委 纪委 社科院").split()
COUNTRIES = ("美国 日本 俄罗斯 英国 法国 德国 印度 韩国 朝鲜 伊朗 以色列 巴基斯坦 澳大利亚 加拿大 意大利 "
             "西班牙 土耳其 埃及 沙特 叙利亚 伊拉克 阿富汗 乌克兰 越南 菲律宾 泰国 印尼 马来西亚 新加坡 "
             "巴西 阿根廷 墨西哥 南非 尼日利亚 希腊 荷兰 瑞典 挪威 芬兰 波兰 比利时 瑞士 新西兰 "
             "黎巴嫩 约旦 古巴 委内瑞拉 智利 蒙古").split()
NATIONAL = ("政府 国防部 外交部 财政部 海军 空军 陆军 军方 军队 警方 议会 央行 中央银行 驻华大使馆 "
            "大使馆 国会 内政部 司法部 边防部队 特种部队").split()
CENTRAL = ("国务院 财政部 商务部 外交部 国防部 公安部 教育部 科技部 工信部 民政部 司法部 人社部 "
           "国土资源部 环境保护部 住房和城乡建设部 住建部 交通运输部 水利部 农业部 文化部 卫生部 "
           "审计署 海关总署 国家税务总局 国家工商总局 国家统计局 国家体育总局 国家广电总局 "
           "新闻出版总署 国家发改委 发改委 证监会 中国证监会 银监会 中国银监会 保监会 中国保监会 "
           "央行 中国人民银行 人民银行 国家外汇管理局 外汇局 最高人民法院 最高人民检察院 全国人大 "
           "全国人大常委会 全国政协 中央军委 国家版权局 国家旅游局 国资委 国家能源局 国家食药监总局 "
           "中纪委 国家民委 国家邮政局 民航局 国家海洋局 气象局 中央政府 地方政府").split()
places = {"省": set(), "市": set(), "县": set(), "区": set()}
# a place ending in a two-character common word is not an administrative unit (苏果超市, 军区, 地区)
common2 = {w for w, _, pos in jieba if len(w) == 2 and not pos.startswith("ns")}
for w, _, pos in jieba:
    if pos == "ns" and han.match(w) and 3 <= len(w) <= 5 and w[-1] in places and w[-2:] not in common2:
        places[w[-1]].add(w)
local = set()
rng = random.Random(2)
for p in sorted(places["省"]):
    for b in rng.sample(PROVINCE, 3):
        local.add(p + b)
for suffix in "市县区":
    for p in sorted(places[suffix]):
        for b in rng.sample(LOCAL, 2):
            local.add(p + b)
national = {c + b for c in COUNTRIES for b in NATIONAL}
# uniform draws from the file: central bodies repeated to about 20% of the lines and national
# ones to about 30% (CLUENER's government spans are mostly central, national and military
# bodies, less often a county's bureau); the local bodies are the other half
gov = sorted(local)
gov += sorted(national) * max(1, round(0.6 * len(local) / len(national)))
gov += sorted(set(CENTRAL)) * max(1, round(0.4 * len(local) / len(set(CENTRAL))))
if not han_only:
    write("aug-government.txt", gov)
