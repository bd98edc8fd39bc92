/* gx_cand_shape.h — shape checks and edge repairs of candidates, for the resolution
 * (gx_resolve.c; see gx_cand_shape.c). Private to extract/. */
#ifndef GX_CAND_SHAPE_H
#define GX_CAND_SHAPE_H

#include <stdbool.h>
#include <stdint.h>

#include "gx.h"
#include "gx_article.h"
#include "gx_lexicon.h"

struct gx_tagger;

/* A surname and a form of address (邓生, 刘博士, 潘总|星, 龙爷, 王姐), whichever source read it. */
bool gx_shape_address_form(const gx_engine *eng, const gx_article *art, gx_span s);
/* May the tagger's proposal c stand alone: does it look like what it claims to be (a person,
 * company, government body, organization or position)? */
bool gx_shape_tagger_ok(const gx_engine *eng, const gx_article *art, const gx_candidate *c);
/* The tagger's left edge inside a word (股|东重庆安见汉时科技有限公司, 丨X): moves c's start past
 * that word or separator when what remains is still a name. */
void gx_shape_trim_left(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* gx_cand_markup.c: does s hold weibo markup, a hash sign or an at sign (钱旺#集团,
 * 平安朝阳@北京朝阳@北京卫视): no name spans it. */
bool gx_shape_social_markup(const gx_article *art, gx_span s);
/* A span that opens right after a hash sign ends at the next one: the topic (#钱旺#集团 -> 钱旺);
 * true when c moved. */
bool gx_shape_cut_hashtag(const gx_article *art, gx_candidate *c);
/* The copula 系 opening a clause before a name (，系|佳联易购电子商务(集团)有限公司) is no part
 * of it (not 系统, 系列); true when c moved. */
bool gx_shape_trim_copula(const gx_article *art, gx_candidate *c);
/* A list's item number glued after a name (投资方为寒武创投和熠美投资|1、智慧喵获…: the digits and 、
 * open the next item) is no part of it: one or two digits after a Chinese character, before 、 or
 * a dot, are cut (twenty-second session, comp43); true when c moved. */
bool gx_shape_trim_list_number(const gx_article *art, gx_candidate *c);
/* A size written in numerals and a measure (获|千万级|Pre-A轮融资, 百亿元, 十倍): numerals (万, 亿 too)
 * and 级, 元 or 倍; no firm's name (twenty-second session, comp43). */
bool gx_shape_numeral_size(const gx_article *art, gx_span s);
/* Drops the form of address 总 a tagger's person ends in (徐达总 -> 徐达: a surname, one or two
 * given characters, 总 "boss"); true when the span moved. */
/* A surname and 氏 is a family (吴氏家族), one and 媒 a country's press (印媒, 日媒): none of the
 * 19,097 names of data/tagger/names.txt ends in either. Whoever proposed the person. */
bool gx_shape_family_or_press(const gx_engine *eng, const gx_article *art, gx_span s);
bool gx_shape_trim_address(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* Cut a one-character verb (携 带 谈 …) read as a three-character person's last
 * character (沈腾|携新作); true when c moved. */
bool gx_shape_trim_verb(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* A Han reading of two to four characters that ends in a sentence particle or a second-person
 * pronoun (组长牛逼啊, 郭总您以前): no name (none of the 19,097 of data/tagger/names.txt ends in
 * 啊 吧 呢 吗 呀 嘛 啦 哦 您 你). */
bool gx_shape_particle_end(const gx_article *art, gx_span s);
/* A Han reading of two to four characters followed by 币 or 链 (蒂克币, 巴特币, 贝尔链: a token or a
 * blockchain named after a made-up word): the coin's name, no person (链接, a link, excepted). */
bool gx_shape_coin_name(const gx_article *art, gx_span s);
/* 亿 万 千 百 closing a number written right before s opens s (3,700亿|人币工商银行) */
bool gx_shape_opens_on_number_unit(const gx_article *art, gx_span s);

/* A title and 团, a body of its holders (律师顾问团, 代表团): no person, whichever source read it. */
bool gx_shape_group_noun(const gx_engine *eng, const gx_article *art, gx_span s);

/* Whether the reading at s follows a word naming a company by its tie to another (参股公司麦克韦尔,
 * 全资子公司金诺信, 联营公司…): what comes next is the firm's name, not a person's. */
bool gx_shape_after_affiliate(const gx_article *art, gx_span s);
/* A body that is a verb's object: a government reading ending in 办 before 公 (韩国釜山办|公: 办公,
 * to have one's office), an organization ending in 上/读/入/考 + 大学 (山东上大学, 刚刚步入大学: going
 * to college; no university's name ends so), a company of up to eight characters ending in 存 进 到
 * 入 往 + 银行 or 公司 (钱存银行, 电汇到公司: money put in) or a count + 家 + 银行/公司 (上百家银行). */
bool gx_shape_verb_object_body(const gx_article *art, gx_ent_type type, gx_span s);

/* 政治局|势, 当局|面: a government name ending in the 局 of 局势/局面 (any source). */
bool gx_shape_situation_word(const gx_article *art, gx_ent_type type, gx_span s);

/* 华远公司|建设部: a government name ending in 部 right after 公司 or 集团 is a firm's department (any source). */
bool gx_shape_company_department(const gx_article *art, gx_ent_type type, gx_span s);
/* A legal name (…有限公司) right after a region the text names (台湾|宇珍国际艺术有限公司) takes
 * the region in when nothing is glued before it. Returns whether c's span moved. */
bool gx_shape_take_region(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* 继宇宙|工行: a tagger's company of three to five characters ending in a known bank's two-character
 * short form (工行, 招行) is cut to the short form (true when the span moved) */
bool gx_shape_bank_short_tail(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* 美国|InsightVentureParners: a country or region glued before a name wholly in Latin letters is
 * cut off (true when the span moved) */
bool gx_shape_region_before_latin(const gx_engine *eng, const gx_article *art, gx_candidate *c);
/* 遵|义市…有限责任公司: a name that opens with one character and 省/市 takes the character before it
 * (true when the span moved); ix: the resolution's index over art's candidates (gx_cand_ix.h) */
struct gx_cand_ix;
bool gx_shape_whole_region(const gx_engine *eng, const gx_article *art, const struct gx_cand_ix *ix,
                           gx_candidate *c);

/* Whether the two or three Chinese characters w[0..n) name a city or county of the tagger's word
 * lexicon t: it holds them as a place with 市 or 县 added (攀枝花市, 宜宾市, 安吉县). With alone, the
 * characters must be a place there by themselves too and a city (惠州 and 惠州市; not 常熟, held as a
 * word, nor 安康, held as a person, nor a county: 东海, 太平): the check for a place read without its
 * administrative word. One test for
 * the city's bank below and the city opening a legal name (gx_entity_rules_suffix.c; twenty-fourth
 * session, comp56). False when t is NULL or has no lexicon. */
bool gx_shape_tagger_city(const struct gx_tagger *t, const uint32_t *w, int n, bool alone);
/* A Chinese city's or county's bank ending at `end` (攀枝花银行, 绵阳银行, X农商银行, X村镇银行): two or
 * three Chinese characters, at or after `from`, that the tagger's place lexicon t knows with 市 or 县
 * after them, then 银行 or a rural bank's ending (农商银行, 农村商业银行, 村镇银行). Returns where the
 * place starts, or -1. A city names one bank there: such a name needs no second cue (twenty-fourth
 * session, comp54). */
int32_t gx_shape_place_bank(const struct gx_tagger *t, const gx_article *art, int32_t from, int32_t end);
/* Is the text glued to a word at pos from the left / from the right (a CJK character that is
 * no stop word, function character or name end)? 1 or 0. */
int gx_shape_glued_left(const gx_engine *eng, const gx_article *art, int32_t pos);
int gx_shape_glued_right(const gx_engine *eng, const gx_article *art, int32_t pos);
/* Does the one function character at pos start no longer edge word and lead on into more text
 * (交易日立|即生效)? Then a two-character name glued before pos may read across a word boundary. */
bool gx_shape_word_across(const gx_engine *eng, const gx_article *art, int32_t pos);
/* Does a job title begin at pos (a rule's position, or a title word of two to four
 * characters: 市川准|导演)? */
bool gx_shape_title_starts_at(const gx_engine *eng, const gx_article *art, int32_t pos);
/* Does a job title begin at pos, or a department or desk word and then a title (万达|人力总监)? */
bool gx_shape_desk_title_at(const gx_engine *eng, const gx_article *art, int32_t pos);
/* Is s a body's name ending in 部 continued by 门 (财政部|门: the generic departments)? */
bool gx_shape_department_word(const gx_article *art, gx_span s);
/* 两国政府: a count of countries inside a government name (gx_cand_shape.c). */
bool gx_shape_countries_word(const gx_article *art, gx_span s);

/* A long Han reading after a surname that is no transliteration (姚劲波祝贺贝壳). */
bool gx_shape_glued_name(const gx_engine *eng, const gx_article *art, gx_span s);

/* The length of a firm's word ending at s.end (科技, 基金, 镍业 …: gx_cand_shape.c), else 0. */
int32_t gx_shape_firm_ending(const gx_lexicon *lex, const gx_article *art, gx_span s);

#endif
