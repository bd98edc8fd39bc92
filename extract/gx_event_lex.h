/* gx_event_lex.h — the event stage's word lists: cue words per event type and context words
 * (negation, hedging, status, disclosure, role contexts ...), loaded from data/events/ (TSV files) and
 * compiled into one trie over code points, so that one scan of a sentence finds every cue and
 * every context word at once (gx_evlex_scan).
 *
 * Files (UTF-8, '#' starts a comment line, fields separated by TAB):
 *   data/events/cues.tsv   type  cue  weight  [not=a|b|c]  [req=a|b]  [pre=a|b]  [unless=a|b]
 *       type: an API.md event type; weight: base confidence in [0,1];
 *       not=: the cue does not count when one of these strings covers it (上市 in 上市公司);
 *       req=: the cue counts only when one of these strings occurs in the same sentence;
 *       pre=: the cue counts only when one of these strings ends right before it (within 6 chars);
 *       unless=: the cue does not count when one of these strings occurs in the sentence.
 *   data/events/words.tsv  category  word  [value]
 *       category: a name the stage knows (neg, planned, ctx_price, stage, metric ...);
 *       value: an optional normalized value (stage enum, metric name, exchange code).
 * Loaded once; read-only afterwards (shared by threads). */
#ifndef GX_EVENT_LEX_H
#define GX_EVENT_LEX_H

#include <stdbool.h>
#include <stdint.h>

#include "gl_error.h"

/* Event types (API.md table), in a fixed order. */
typedef enum gx_evtype {
    GX_EV_ACQUISITION = 0,
    GX_EV_LISTING,
    GX_EV_FINANCING,
    GX_EV_INVESTMENT,
    GX_EV_BUYBACK,
    GX_EV_EXECUTIVE_CHANGE,
    GX_EV_FINANCIAL_RESULT,
    GX_EV_LOSS,
    GX_EV_CONTRACT_WIN,
    GX_EV_REGULATORY_SUMMONS,
    GX_EV_INVESTIGATION,
    GX_EV_REGULATORY_WARNING,
    GX_EV_SANCTION,
    GX_EV_LAYOFF,
    GX_EV_LAWSUIT,
    GX_EV_BANKRUPTCY,
    GX_EV_SHARE_PLEDGE,
    GX_EV_PLEDGE_RELEASE,
    GX_EV_SHAREHOLDER_INCREASE,
    GX_EV_SHAREHOLDER_DECREASE,
    GX_EV__COUNT
} gx_evtype;

const char *gx_evtype_name(gx_evtype t);       /* "acquisition", ...                    */
int gx_evtype_from_name(const char *name);     /* -1 when unknown                        */

/* Context-word categories of words.tsv. CAT_CUE is every entry of cues.tsv. */
typedef enum gx_evcat {
    GX_CAT_CUE = 0,
    GX_CAT_NEG,          /* negation right before a cue in its clause: 未, 不存在, 并未       */
    GX_CAT_NEG_SENT,     /* negation/hedge anywhere in the sentence: 否认, 传闻, 辟谣         */
    GX_CAT_PLANNED,      /* 拟, 计划, 将 -> status planned                                    */
    GX_CAT_COMPLETED,    /* 已完成, 交割已经完成 -> status completed                          */
    GX_CAT_DISCLOSE,     /* 公告, 披露, 宣布: a date right before is a disclosure date        */
    GX_CAT_TIMEWORD,     /* 近日, 日前: relative times that are not dates                     */
    GX_CAT_PRICE,        /* 每股, 价格, 回购价: a money amount after is a price per share       */
    GX_CAT_TOTAL,        /* 总股本, 已发行: a percent near is of all shares                   */
    GX_CAT_HOLDING,      /* 所持, 持股: a percent near is of the holder's shares              */
    GX_CAT_RAISE,        /* 募资, 募集资金: amount raised                                      */
    GX_CAT_MARKETCAP,    /* 市值                                                            */
    GX_CAT_STAGE,        /* listing stage words; value = preparing|listed|suspended|terminated */
    GX_CAT_EXCHANGE,     /* 上交所, 科创板; value = SSE, SZSE, HKEX ...                      */
    GX_CAT_SPONSOR,      /* 保荐机构, 辅导券商: the organization after is the sponsor         */
    GX_CAT_INVESTORS,    /* 投资方包括, 参投, 跟投: the entities after are investors          */
    GX_CAT_LEAD,         /* 领投: the entity before is the lead investor                     */
    GX_CAT_PLEDGEE,      /* 质押给, 质权人: the entity after is the pledgee                   */
    GX_CAT_COLLATERAL,   /* 股份, 股权, 股票: what is pledged                                 */
    GX_CAT_METRIC,       /* 营业收入, 净利润; value = revenue|net_profit|gross_margin ...      */
    GX_CAT_PERIOD,       /* 上半年, 前三季度, 同期: financial periods not found as dates        */
    GX_CAT_PASSIVE,      /* 被: the roles before and after the cue swap                      */
    GX_CAT_POSITION,     /* job titles (fallback when entities carry no positions)          */
    GX_CAT_TENDERER,     /* 招标方, 招标人: the entity after is the tenderer                   */
    GX_CAT_REASON,       /* 因涉嫌, 因: the reason follows                                     */
    GX_CAT_LISTNAME,     /* 实体清单: the list of a sanction                                   */
    GX_CAT_NEWPOS,       /* 改任, 出任, 接任: the position after is the new position            */
    GX_CAT_STOP,         /* words that end a name/phrase scan (的, 与, 公告 ...)               */
    GX_CAT_SUBJ_SKIP,    /* subject fillers that are not names (公司, 该公司, 本公司)            */
    GX_CAT_CHANGE_UP,    /* 增长, 上升, 扩大                                                   */
    GX_CAT_CHANGE_DOWN,  /* 下降, 减少, 收窄                                                   */
    GX_CAT_HOLDER,       /* 股东, 控股股东, 实际控制人: the actor right after holds the shares  */
    GX_CAT_PREP,         /* 向, 在, 与, 给: an actor right after is a counterparty, not a subject */
    GX_CAT_SKIP,         /* 完成, 获得, 天使: passed over when reading a name back from a cue    */
    GX_CAT_ORG_SUFFIX,   /* 公司, 集团, 科技: a name read from plain text must end like this    */
    GX_CAT_CUMULATIVE,   /* 累计质押: a holding's running total as of a date, an event of its own */
    GX_CAT_ASOF,         /* 截至本公告日: the date of a running total                            */
    GX_CAT__COUNT
} gx_evcat;

typedef struct gx_evlex_entry {
    uint8_t cat;          /* gx_evcat                                               */
    int8_t type;          /* gx_evtype for cues, else -1                            */
    int32_t ncp;          /* length in code points                                  */
    float weight;         /* cues: base confidence                                  */
    const char *word;     /* UTF-8                                                  */
    const char *value;    /* normalized value or NULL                               */
    uint32_t **not_cps;   /* cues: NULL-terminated list of code point strings (0-terminated) */
    uint32_t **req_cps;
    uint32_t **pre_cps;
    uint32_t **unless_cps;
} gx_evlex_entry;

typedef struct gx_evlex gx_evlex;

/* Load cues.tsv and words.tsv from dir (data_dir/events). Returns NULL and fills err when a
 * file is missing or a line is malformed (err names the file and line). Caller frees with
 * gx_evlex_free (NULL ok). */
gx_evlex *gx_evlex_load(const char *dir, gl_error *err);
void gx_evlex_free(gx_evlex *lx);

int gx_evlex_count(const gx_evlex *lx);
const gx_evlex_entry *gx_evlex_get(const gx_evlex *lx, int id);

/* One hit of a scan: entry id, code point span. */
typedef struct gx_evhit {
    int32_t start, end;
    int32_t entry;
} gx_evhit;

/* Scan cp[lo..hi) and call emit(start, end, entry, user) for every entry occurring there, in
 * increasing start order (and for one start, increasing length). cues_only: report cue entries
 * only (a cheaper first pass that tells which sentences need the full scan). */
void gx_evlex_scan(const gx_evlex *lx, const uint32_t *cp, int32_t lo, int32_t hi, bool cues_only,
                   void (*emit)(int32_t start, int32_t end, int32_t entry, void *user), void *user);

/* Does some cue occur wholly inside cp[lo..hi)? The same answer as a cues_only scan that
 * reports anything, but it stops at the first cue and passes over most characters with two
 * bit tests (first character of a cue; hashed first two characters). */
bool gx_evlex_has_cue(const gx_evlex *lx, const uint32_t *cp, int32_t lo, int32_t hi);

/* Is cp[s..e) exactly a word of category cat? */
bool gx_evlex_is(const gx_evlex *lx, const uint32_t *cp, int32_t s, int32_t e, int cat);

/* Does one of the 0-terminated strings in list occur in cp[lo..hi)? Returns its start or -1. */
int32_t gx_evlex_list_find(uint32_t *const *list, const uint32_t *cp, int32_t lo, int32_t hi);
/* Does one of the strings in list cover [s, e) inside cp[lo..hi)? */
int gx_evlex_list_covers(uint32_t *const *list, const uint32_t *cp, int32_t lo, int32_t hi,
                         int32_t s, int32_t e);

#endif
