/* gx_structure_outlets.h — outlets credited in unusual ways (twelfth session): the name as
 * reported (a desk, a compiler's 综合, an app or a paper's site dropped), a credit line cleared
 * of a portal's stock quotes and a WeChat ID, the outlet whose reporter did the interview
 * (接受《国际金融报》记者采访), a credit in brackets closing the text ("…部署。(中证网)"), and
 * where the text ends before a page's template lines. See gx_structure_outlets.c. */
#ifndef GX_STRUCTURE_OUTLETS_H
#define GX_STRUCTURE_OUTLETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gx_arena.h"
#include "gx_normalize.h"

/* Whether t[i..) (t[0..n)) starts with the UTF-8 word w: its length in code points, or 0 (also
 * for i < 0). The structure stage's one word test (defined in gx_structure.c). */
int32_t gx_structure_word_at(const uint32_t *t, int32_t n, int32_t i, const char *w);

/* The first of the nw words ws that t[i..) starts with: its length in code points, or 0
 * (gx_structure_word_at over a list; defined in gx_structure.c). */
int32_t gx_structure_word_in(const uint32_t *t, int32_t n, int32_t i, const char *const *ws,
                             size_t nw);

/* Whether t[0..n) (three code points or more) ends like an outlet's name: 社 报 网 刊, 财经, 新闻, or
 * 报道 after four others (21世纪经济报道). */
bool gx_outlet_ending(const uint32_t *t, int32_t n);

/* The outlet's name as an article reports it: "证券时报·e公司" -> 证券时报 (the paper, not its
 * desk), "腾讯自选股综合" -> 腾讯自选股 (综合: compiled by), "中新经纬客户端" -> 中新经纬; a
 * paper's site stays as written ("北京商报网", "证券时报网": fourteenth session). Returns s or a
 * shorter copy in a; NULL for NULL. */
const char *gx_outlet_canonical(gx_arena *a, const char *s);

/* A credit line without the brackets a portal inserts: a stock quote after a name
 * ("同花顺(98.830,1.62,1.67%)金融研究中心") and a WeChat ID ("牛交所全球财经(ID:Niujiaosuo02)").
 * The name around a quote is read as one ("同花顺(…)金融研究中心" -> 同花顺金融研究中心: the desk
 * that publishes, as credited; fifteenth session). Returns t, or a copy in a without them; *n is updated. Only lines of at most 160 code points
 * are read. */
const uint32_t *gx_outlet_strip_brackets(gx_arena *a, const uint32_t *t, int32_t *n);

/* Where the text of ps ends before a page's template lines ("@@title@@",
 * "进入【新浪财经股吧】讨论") and empty paragraphs: the index after the last paragraph that is
 * neither. */
int gx_outlet_content_end(const gx_para_vec *ps);

/* The outlet whose reporter did the interviews, when the text names one and no other:
 * "接受《国际金融报》记者采访时表示", "告诉《X》记者", "《X》记者了解到", "《X》记者注意到" (not
 * "据《X》记者…": a report cited), without title marks ("券商中国记者看到", "据券商中国记者统计": his
 * own count), or told something itself ("对第一财经称", "向澎湃新闻表示"). Returns the name (in a)
 * or NULL. */
const char *gx_outlet_interviewer(gx_arena *a, const gx_para_vec *ps);
/* The outlet asking an interview's questions, its name opening them as the speaker's
 * ("东方财富网:非常谢谢郭总…", "新浪财经:您怎么看…"): the first name of 3 to 10 characters ending
 * like an outlet's before a colon at a paragraph's start, when it opens two paragraphs or more.
 * Returns the name (in a) or NULL. */
const char *gx_outlet_interview_speaker(gx_arena *a, const gx_para_vec *ps);
/* A site naming itself as the subject of its lead's first words, doing what a compiler or a
 * reporter does ("东方财富网汇总了各大市场机构和名家投资观点", "挖贝网了解到", also after a portal
 * summary's "【headline】"; not "据X获悉"), or what it learnt from a source it names, after the day
 * (sect23: "据西安晚报从陕西省发改委获悉", "11月7日,澎湃新闻中国太保内部人士处获悉"): a name of 3 to 10 characters
 * ending like an outlet's, among the first eight paragraphs. Read before the interviewer (a digest quotes other papers'
 * reporters). Returns the name (in a) or NULL. */
const char *gx_outlet_self_lead(gx_arena *a, const gx_para_vec *ps);
/* An outlet's name opening the title before a colon ("证券时报:股市不是用来炒的…", "价格网:5月8日…"):
 * 3 to 8 characters ending like an outlet's, read when nothing names an outlet (portal NULL); or a
 * channel of the portal carrying the page ("新浪期货:塑料短期利好中期利空" on a page whose forum link
 * or app names 新浪财经, portal, or that closes with "新浪声明:"): its first two characters are the
 * portal's. Not a broker's ("银河证券:…") nor a person's ("刘元春:…"). Returns the name (in a) or NULL. */
/* A web page's title kept at the text's start, its parts joined by underscores, the site last ("中南信达领航互联网金融迎来
 * 新的爆发期_商讯_产经频道首页_财经网一万钱…", "…再创金融领域新辉煌_消费日报2018年…", crawled pages): a headline of 6 to
 * 80 characters, perhaps channels of at most 12 characters, then a name of 3 to 10 characters ending like an outlet's
 * (the longest that ends the title, else the shortest, when the text runs on glued, unless its ending goes on into a word:
 * 天涯社区; a dash separates parts too: "_经纪商新闻-FX168财经网"), among the first three paragraphs.
 * Returns the name (in a) or NULL. */
const char *gx_outlet_page_title(gx_arena *a, const gx_para_vec *ps);

/* The site of a page's breadcrumb kept in the text, one of the first three paragraphs
 * (people30, thirtieth session): "…-抚州新闻网首页>信息服务>正文…" -> 抚州新闻网 (a name of 3 to 10
 * code points ending like an outlet's, set off before 首页, then a second '>' within 24 code points).
 * Returns the name in a, or NULL. */
const char *gx_outlet_breadcrumb(gx_arena *a, const gx_para_vec *ps);
const char *gx_outlet_title_prefix(gx_arena *a, const gx_cps *title, const gx_para_vec *ps, const char *portal);

/* A credit in brackets closing the last paragraph of text, after its last sentence:
 * "…进行安排部署。(中证网)", "…乐视这样的股票。(家电网 HEA.CN)": the name when it is shaped like
 * an outlet's (ending in 社 报 网 刊, 财经 or 新闻). Returns it (in a) or NULL. */
const char *gx_outlet_closing_bracket(gx_arena *a, const gx_para_vec *ps);

/* A bracket of two or three Chinese characters not shaped like an outlet's name closing the
 * text the same way ("…美元指数下跌0.3%。(张俊)"): perhaps the writer's name, which only the
 * lexicon can tell (resolution checks its surname). Returns it (in a) or NULL. */
const char *gx_closing_bracket_name(gx_arena *a, const gx_para_vec *ps);

/* A portal's promotion of its app among the paragraphs ("海量资讯、精准解读,尽在新浪财经APP",
 * "尽在X客户端"): the portal that carries the page, when nothing else names an outlet; else its
 * call to follow its account ("扫码关注X公众号", "点击X关注公众号": people28). Returns the name (in
 * a) or NULL. */
const char *gx_outlet_app_promo(gx_arena *a, const gx_para_vec *ps);

/* A portal's forum link among the last paragraphs ("进入【新浪财经股吧】讨论"): the portal that carries
 * the page (its name before 股吧, shaped like an outlet's), when nothing else names an outlet.
 * Returns the name (in a) or NULL. */
const char *gx_outlet_forum(gx_arena *a, const gx_para_vec *ps);

/* Whether t is a portal's banner: it holds a call to action in lenticular brackets
 * ("…上新浪头条。【点击看详情】", "【立刻投票】", "→【下载地址】"); no lead of an article. */
bool gx_outlet_banner(const gx_cps *t);

/* A WeChat account's name on a line of its own right under the byline ("作者 卖油翁" then
 * "市值风云"): 3 to 8 Han, Latin or digits and a body after it. Returns it (in a) or NULL; read
 * only when the byline named writers (作者) and no outlet, not "北京报道". */
const char *gx_outlet_under_byline(gx_arena *a, const gx_para_vec *ps);

/* The outlet of a byline run into the lead's first words ("经济观察网 记者 郑淯心阿里重金投资的…":
 * where the name ends is not known, the outlet is): a name ending like an outlet's, then
 * " 记者 ". Returns it (in a) or NULL. */
const char *gx_outlet_glued_byline(gx_arena *a, const uint32_t *t, int32_t n);

#endif
