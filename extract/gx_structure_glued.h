/* gx_structure_glued.h — credits glued into a crawled page's run-on text (twentieth session, sect26).
 *
 * A crawled page often reaches the engine as one paragraph: its title, its header fields and its lead
 * run together without spaces ("…特训营时间:信息来源:新财网作者:佚名【字体:大中小】…",
 * "…解决方案汇通网讯——零售经纪商…"). The byline and dateline readers of gx_structure.c want a credit
 * at a paragraph's start or between spaces; these two read the credit inside the run, where the
 * words around it show where the name starts and ends. Both look only at the first 160 code points
 * of the first three text paragraphs, before any sentence's end (the headline and the page's
 * fields, not the article's prose), and are read only when nothing else named an outlet. */
#ifndef GX_STRUCTURE_GLUED_H
#define GX_STRUCTURE_GLUED_H

#include <stdbool.h>

#include "gx_arena.h"
#include "gx_normalize.h"
#include "gx_structure.h"

/* A source field glued into the run: "来源:", "信息来源:" or "文章来源:" (not a chart's 数据来源, a
 * picture's 图片来源 nor a company's 资金来源), then the source's name, which ends
 *   - at the page's next field ("新财网作者:", "FX168作者:", "新浪|评论数", "北青网原标题:"): the name
 *     as written when it ends like an outlet's or has six characters or fewer, else its longest
 *     part that ends like one ("猎云网游戏区块链原标题:" -> 猎云网; "科技碎谈操作系统三星原标题:", a
 *     name run into the page's tags, gives none);
 *   - or anywhere else: its longest opening part that ends like an outlet's ("扬州晚报工作嘛" -> 扬州晚报;
 *     none when the ending goes on into a word: 金融界网站).
 * Reporters glued after it are its authors: "来源:华夏时报网见习记者徐晓梅华夏时报(chinatimes.net.cn)
 * 记者冉学东北京报道," -> 徐晓梅 (见习记者), 冉学东 (记者); a name ends where the house's name starts
 * again or before a place of two characters and 报道. A reporter's paper whose site the source names
 * is the outlet (华夏时报 under 来源:华夏时报网). Fills out (strings in a; outlet NULL when the source
 * names none: the caller judges a named one, 网络, 官网…) and returns true when such a field is found. */
bool gx_glued_source(gx_arena *a, const gx_para_vec *ps, gx_byline *out);

/* A dispatch glued after the headline: an outlet's name then 讯 and a dash, colon or comma
 * ("…解决方案汇通网讯——零售经纪商"), then its place in brackets and 讯 or 电 ("…方案FX168财经报社(香港)讯"),
 * then a place of two to four characters and 电 ("…崩盘中新网金边电柬埔寨…"), or a wire's 社 then a
 * dash ("…活力不减上海美通社--随着…"). Where the name starts is not written: it is the shortest that
 * ends like an outlet's (汇通网, 美通社), two characters longer when its head is a trade's word
 * (中亿|财经网, 楚天|都市报), the whole name when a bracket or a comma opens it (…评级】云财经讯,), and a brand
 * of Latin letters and digits before a short Han part is part of it (FX168财经报社). Not the paper's own (本网讯)
 * nor a report cited (据中新网…电). Reporters credited in brackets after 讯 are its authors ("中证网讯(记者刘丽靓)").
 * Fills out (strings in a) and returns true when found. */
bool gx_glued_dispatch(gx_arena *a, const gx_para_vec *ps, gx_byline *out);

/* A site's name standing alone between the page's fields: after a middle dot closing the page's title
 * ("…区块链系统开发·零壹财经阅读:18"), as the value of 时间: whose day was lost ("…业务时间:中财网原标题:…")
 * or as the author field's value, the site crediting itself ("…字号+作者:锐财经网来源:()", gov25),
 * a name of 3 to 10 characters ending like an outlet's right before the next field (阅读, 作者, 原标题 …).
 * Returns it (in a) or NULL. */
const char *gx_glued_site(gx_arena *a, const gx_para_vec *ps);

/* A dispatch in brackets glued after the headline: "…违规【深圳商报读创讯】(记者钟国斌)", "【PConline资讯】" ->
 * the outlet as written (a Latin brand without its 资讯), with the reporters in brackets after it;
 * not a kind of news (【行业快讯】, 【飞鸿·喜讯】). Fills out (outlet arena-owned); false when none. */
bool gx_glued_bracket_dispatch(gx_arena *a, const gx_para_vec *ps, gx_byline *out);

/* A forum's poster field among the page's fields, "|发布者:网贷港湾|查看:37|": the poster's Han name
 * (arena-owned), or NULL. */
const char *gx_glued_poster(gx_arena *a, const gx_para_vec *ps);

/* A reporter's or writer's credit run into the page's text (people30), in the first REACH code points of
 * the first three text paragraphs: a paper's name or 本报, a reporter's word, then the name
 * ("…被指圈钱长江商报记者魏度二次闯关…", "…提高本报见习记者王笑2019年…"), or 文 after no Han character, then
 * spaces or a separator and a Han name ("Original文&nbsp;&nbsp;段筠从党的…"), or a Latin name glued
 * before the next field ("…)文Lisa来源:FX168财经网"). Where a Han name ends is not written: the author
 * gets the Han run (up to four code points) and is marked glued, and resolution cuts it to the person
 * the people rules read there (a surname name at a word edge) or drops it. The paper before the
 * reporter's word is out->outlet (长江商报; none for 本报); not after a verb or 据 (接受长江商报记者…).
 * Fills out (strings in a) and returns true when an author is found; else, when an unnamed reporter
 * of a paper opens a clause at work ("近日,北京商报记者在猎聘上发现", 在 从 获 了 after 记者), the paper
 * as out->outlet with no author (sect28), and true. */
bool gx_glued_reporter(gx_arena *a, const gx_para_vec *ps, gx_byline *out);

/* A newsroom that learned the news, in the page's run before its first sentence ends: after a comma, a name of
 * 3 to 6 Han characters, 从, whom it learned from and 获悉 or 了解到 ("…交易盈利机会,四川在线从招商银行成都分行获悉,",
 * "…为此,铅笔道从接近某公司的知情人士处获悉", sect27); not a reporter or the writer himself (记者, 笔者, 小编, 本…),
 * a company (公司) or a clause (据, 并, 还 …). Returns the name (in a) or NULL. */
const char *gx_glued_learned(gx_arena *a, const gx_para_vec *ps);

/* An article's origin named in the page's fields: "文章出自Investopedia.com作者:THERESAW.CAREY更新于…" (struct27):
 * after 文章出自 or 本文出自, a Latin brand (its site's domain dropped) is the outlet, and a Latin name in the
 * author field right after it, up to the next Han character, its writer (作者). A Han name is none (no shape
 * says where it ends). Fills out (strings in a) and returns true when found. */
bool gx_glued_origin(gx_arena *a, const gx_para_vec *ps, gx_byline *out);

#endif
