/* gx_people_impl.h — what the files of the people rules share (private to them). The rules
 * find people with titles and every mention of a title; gx_people_rules() (declared in
 * gx_entity_util.h) is the one entry point, called by the entity rules.
 *
 *   gx_people.c          the driver: title spans, the name after each title, its organization,
 *                        、-chains; the candidate helpers every part uses
 *   gx_people_names.c    name readers: Chinese, transliterated, Japanese, English, glossed,
 *                        capitalised names (where a name starting or ending at a position ends)
 *   gx_people_titles.c   which title words are titles, their modifiers, the organization right
 *                        before a title, kinds of titles (writer, address, committee post)
 *   gx_people_appoint.c  holders named by appointment and departure phrasing (聘任X为, X任, X辞任)
 *   gx_people_holders.c  holders of titles no name follows (before, apposition, chains, the
 *                        writer of an author's note, repeated names)
 *   gx_people_predicates.c holders read from a predicate (copula subjects, headings, relative
 *                        clauses, clauses and openers taking the post)
 *   gx_people_speakers.c people named without a title (lists, speakers, 先生/女士, English)
 *   gx_people_intro.c    what stands between a title and its holders (例如, a dash) or inside the
 *                        title (策略和研究主管), 除…外 after a name
 *   gx_people_lists.c    、-list members next to a person that the name reader refuses
 *   gx_people_shared.c   a title shared by a list of names further on (合伙人为A和B, 分别是A、B)
 *   gx_people_citations.c authors cited by surname before a bracketed year
 *   gx_people_tags.c     the analyst closing a research note's bracketed tag (【国君环保徐强】)
 *   gx_people_latin_orgs.c the Latin-named firm of a title with a desk between (deVere Group国际|
 *                        投资策略师)
 *   gx_people_founders.c founders named by the verb 创始 (由何小鹏、夏珩等人联合创始)
 *   gx_people_resumes.c  the posts of a résumé whose subject is named further back (X生于…,历任A、B)
 *   gx_people_epithets.c a person introduced by a quoted epithet (“定增大王”牛晓涛)
 *   gx_people_inside.c   a person's name again where a company's short name sits inside it (何|小鹏)
 *   gx_people_places.c   a tagger's person opening with a place is a firm (控股股东徐州丰利)
 * Internal symbols carry the gx_pp_ prefix. Every function works on the article's candidates and
 * positions; memory, when any, is the article's arena. */
#ifndef GX_PEOPLE_IMPL_H
#define GX_PEOPLE_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <uchar.h>

#include "gx_entity_util.h"
#include "gx_cand_pos.h"
#include "gx_utf8.h"

/* ---------------------------------------------------------------- gx_people.c: candidates */

/* The best person / organization candidate (of the types in type_mask, never a position) whose
 * span ends at `end` (starts at `start`), or -1: the best scored (the tagger's scores counted for
 * less), then the longest. Not the entity rules' gx_er_cand_ending_at(), which takes the longest
 * first: a name reader wants the likeliest reading, a rule the whole name. */
/* (read off art->cand_pos: gx_cand_pos.h) */
int gx_pp_cand_ending_at(const gx_article *art, int32_t end, int type_mask);
int gx_pp_cand_starting_at(const gx_article *art, int32_t start, int type_mask);
/* A rule person at span (the existing one, its score raised to `score`, or a new one): its
 * candidate index. */
int gx_pp_rule_person(gx_article *art, gx_span span, float score);
/* Adds a position (title span, person and organization candidates or -1) to art->positions. */
void gx_pp_add_position(gx_article *art, gx_span title, int person, int org);
/* The person candidate (rule or tagger) that ends at pos, or -1. */
int gx_pp_person_ending_at(const gx_article *art, int32_t pos);
/* Whether the tagger (sure of it: score 0.5 or more) or the list of well-known people reads a
 * person at exactly s. */
bool gx_pp_named_alone(const gx_article *art, gx_span s);

/* ---------------------------------------------------------------- gx_people_names.c */

/* Each reader returns the end (for *_before: the start) of the name it reads, or pos itself
 * when there is none. */
bool gx_pp_name_edge_ok(const gx_hit_index *ix, const gx_article *art, int32_t pos);
int32_t gx_pp_chinese_name(const gx_hit_index *ix, const gx_article *art, int32_t pos);
int32_t gx_pp_translit_name(const gx_hit_index *ix, const gx_article *art, int32_t pos);
bool gx_pp_japanese_title(const gx_article *art, gx_span t);
int32_t gx_pp_name_before_verb(const gx_hit_index *ix, const gx_article *art, int32_t pos);
int32_t gx_pp_english_name(const gx_article *art, int32_t pos);
int32_t gx_pp_glossed_name(const gx_hit_index *ix, const gx_article *art, int32_t pos);
int32_t gx_pp_capital_name(const gx_article *art, int32_t pos);
int32_t gx_pp_glued_names(const gx_hit_index *ix, const gx_article *art, int32_t pos, bool pairs, int32_t *second_end);
int32_t gx_pp_english_name_before(const gx_article *art, int32_t end);
/* The Chinese name right after a label word (法人, 联系人), starting at s0: its end (the tagger's
 * shorter reading fixes it), or -1 when none, an organization or an ordinary word is there. */
int32_t gx_pp_label_name(const gx_hit_index *ix, const gx_article *art, int32_t s0);
/* A name particle written in lower case inside a name (de, van, von der …) starting at i and
 * followed by a space: its length, else 0. */
int32_t gx_pp_name_particle(const uint32_t *cp, int32_t n, int32_t i);
/* The rule: names glossed in Latin are people (adds person candidates). */
void gx_pp_glossed_names(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_titles.c */

bool gx_pp_is_title_breaker(uint32_t c);
int gx_pp_org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title);
int gx_pp_latin_org_before_title(const gx_hit_index *ix, gx_article *art, gx_span title);
int gx_pp_org_across_comma(gx_article *art, gx_span ts);

/* ---------------------------------------------------------------- gx_people_latin_orgs.c */

/* The firm named in Latin letters before a title with a holder, a desk, a scope or a space
 * between (deVere Group国际|投资策略师, OANDA亚太|交易主管, LPL financial |首席投资策略师), or before
 * a Latin title after a space in Chinese text (Verdence Capital Advisors CEO): the candidate
 * (an existing organization-like one, else a new company), or -1. org is the organization found
 * so far (-1 when none): one that reaches before the gap stays. */
int gx_pp_latin_org_past_desk(const gx_hit_index *ix, gx_article *art, gx_span title, bool latin_title, int org);
int32_t gx_pp_title_prefixes(const gx_article *art, int32_t start);
int32_t gx_pp_covered_scope(const gx_hit_index *ix, const gx_article *art, int32_t start);
bool gx_pp_is_author(gx_article *art, gx_span s);
bool gx_pp_modifier_title(const gx_article *art, int32_t pos);
bool gx_pp_title_inside_word(const gx_article *art, int32_t pos);
bool gx_pp_committee_post(const gx_article *art, gx_span t);
int32_t gx_pp_committee_split(const gx_hit_index *ix, const gx_article *art, gx_span o);
bool gx_pp_writer_title(const gx_article *art, gx_span t);
bool gx_pp_address_title(const gx_article *art, gx_span t);

/* ---------------------------------------------------------------- gx_people_appoint.c */

/* Verbs of appointment (聘任 … 为) and of taking or leaving a post (任, 辞任), NULL-terminated. */
extern const char32_t *const gx_pp_appoint_before[];
extern const char32_t *const gx_pp_take_post[];
int32_t gx_pp_owner_left(const gx_article *art, int32_t left);
bool gx_pp_list_member_name(const gx_hit_index *ix, const gx_article *art, int32_t s, int32_t e);
void gx_pp_announcement_holders(const gx_hit_index *ix, gx_article *art, int first_position);
/* gx_people_moves.c: 郑志刚博士由公司执行副主席兼总经理改任为公司执行副主席兼行政总裁 (both posts his). */
void gx_pp_moved_posts(const gx_hit_index *ix, gx_article *art, int first_position);
void gx_pp_appointments(const gx_hit_index *ix, gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_holders.c */

/* The holder named right before a title: the person candidate or -1. */
int gx_pp_holder_before(const gx_hit_index *ix, gx_article *art, gx_span ts);
/* The rules below fill holders of art->positions[first_position..]. */
void gx_pp_chained_titles(gx_article *art, int first_position);
void gx_pp_appositives(const gx_hit_index *ix, gx_article *art, int first_position);
void gx_pp_author_notes(gx_article *art, int first_position);
/* 总经理任上离职的刘青山: a post left, before its holder (gx_people_former.c) */
void gx_pp_former_posts(const gx_hit_index *ix, gx_article *art, int first_position);
void gx_pp_repeated_holders(const gx_hit_index *ix, gx_article *art, int first_position);
void gx_pp_etc_holders(gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_predicates.c */

void gx_pp_predicate_holders(const gx_hit_index *ix, gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_honorifics.c */

/* Past the honorifics (cues.tsv honorific: 丹斯里, 拿督) at ps when a name follows them, else ps. */
int32_t gx_pp_past_honorifics(const gx_hit_index *ix, const gx_article *art, int32_t ps);
/* A name after honorifics is a person (丹斯里林梧桐表示: 林梧桐). */
void gx_pp_honored_names(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_speakers.c */

void gx_pp_listed_names(const gx_hit_index *ix, gx_article *art);
void gx_pp_latin_speakers(const gx_hit_index *ix, gx_article *art);
void gx_pp_headline_speakers(const gx_hit_index *ix, gx_article *art);
void gx_pp_addressed_names(const gx_hit_index *ix, gx_article *art);
void gx_pp_english_speakers(const gx_hit_index *ix, gx_article *art);
void gx_pp_penalized_names(const gx_hit_index *ix, gx_article *art);
void gx_pp_kin_names(const gx_hit_index *ix, gx_article *art);
void gx_pp_team_leaders(const gx_hit_index *ix, gx_article *art);
void gx_pp_headline_byline(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_contacts.c */

/* A contact's name before a colon and a phone number (何琳：107…), a handle that is a Chinese
 * name (@何兵。): persons. */
void gx_pp_contact_names(const gx_hit_index *ix, gx_article *art);
/* gx_people_legal.c: 法人 (the legal representative) and the Chinese name right after it. */
void gx_pp_legal_persons(const gx_hit_index *ix, gx_article *art);
/* gx_people_contact_label.c: the label 联系人 and the Chinese name after it (联系人：张丽洁): the person holds 联系人. */
void gx_pp_contact_labels(const gx_hit_index *ix, gx_article *art);
/* gx_people_parties.c: a party word, a Chinese name and a verb of saying (玩家曾明告诉记者): a person, no title. */
void gx_pp_party_speakers(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_intro.c */

/* Where the holders named after a title start when an example word or a dash stands between
 * (基金经理例如林鹏、王延飞, 实际控制人——谢松锋、谢海滔): after it, else ps itself. */
int32_t gx_pp_holders_intro(const gx_hit_index *ix, const gx_article *art, int32_t ps);
/* The length of a desk and 和/与/及 before a desk title t (策略和 before 研究主管), or 0. */
int gx_pp_desk_joined(const gx_hit_index *ix, const gx_article *art, gx_span t);
/* Whether pos is the 外 closing a phrase that 除 opens in the clause (除…李格平外，): a name may end
 * before it. */
bool gx_pp_except_end(const gx_article *art, int32_t pos);
/* The end of a held title (art->positions) starting at s, or s. */
int32_t gx_pp_position_end(const gx_article *art, int32_t s);

/* ---------------------------------------------------------------- gx_people_lists.c */

/* The end of a 、-list member starting at s (a surname and one or two characters closed by 、 or
 * 等, no lexicon name inside), or s. */
int32_t gx_pp_list_member_at(const gx_hit_index *ix, const gx_article *art, int32_t s);
/* A clean left edge of a name starting at s: the text's or a line's start, punctuation, a stop
 * word (公司, 包括), 由 与 和 及 的 (由鲍无可、, 由何|小鹏). */
bool gx_pp_name_left_edge(const gx_hit_index *ix, const gx_article *art, int32_t s);
/* The rule: members of a 、-list next to a person are people (由鲍无可、黎海威). */
void gx_pp_list_members(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_shared.c */

/* The rule: a holder-less title of art->positions[first_position..] shared by a list of names after
 * a copula (合伙人为余晓微和谭堃) or, for a counted title, after 分别是/包括 later in its sentence
 * (五位…基金经理领衔，他们分别是邓时锋、程洲、…). */
void gx_pp_shared_titles(const gx_hit_index *ix, gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_citations.c */

/* The rule: authors cited by surname before a bracketed year (Tufano 和 Sevick (1997)). */
void gx_pp_cited_authors(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_tags.c */

/* The rule: the analyst closing a research note's bracketed tag (【国君环保徐强】). */
void gx_pp_tagged_analysts(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_ranks.c */

/* Ranks of nobility after a foreign name (阿尔瓦利德-宾-塔拉尔王子): a title of its own and a
 * rule person without it. */
void gx_pp_ranks_after_names(gx_article *art);

/* ---------------------------------------------------------------- gx_people_founders.c */

/* The rule: the names before 创始 (由A、B等人联合创始) hold it as a title (联合创始). */
void gx_pp_founders(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_inside.c */

/* The rule: a sure person's name of three characters, again at a name's edges with a company's
 * two-character name inside (何小鹏为最大股东: 小鹏), is that person there too. */
void gx_pp_names_over_firms(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_places.c */

/* A tagger's person of a place of two or more characters and two or more characters after it
 * (徐州丰利) becomes a company: a firm named by its city and trade name. */
void gx_pp_place_led_names(const gx_hit_index *ix, gx_article *art);

/* ---------------------------------------------------------------- gx_people_resumes.c */

/* The rule: holder-less titles of art->positions[first_position..] after 曾任/历任/现任/先后任/曾担任
 * belong to the one person the sentence (or the sentence before, opened by them) names. */
void gx_pp_resume_holders(const gx_hit_index *ix, gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_respective.c */

/* The rule: names joined before 分别担任/分别出任/… hold the titles after it one each, in order
 * (张伟、刘洋分别担任公司董事长和总经理); runs last, over what the other rules gave. */
void gx_pp_respective_posts(const gx_hit_index *ix, gx_article *art, int first_position);

/* ---------------------------------------------------------------- gx_people_epithets.c */

/* The rule: a surname name right after a quoted epithet for a kind of person (“定增大王”牛晓涛). */
void gx_pp_epithet_names(const gx_hit_index *ix, gx_article *art);

#endif
