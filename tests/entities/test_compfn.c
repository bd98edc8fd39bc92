/* test_compfn.c — company names the engine missed in the eleventh session (helper "compfn"):
 * the firm before a fund manager and the product he runs (X基金Y管理的“…”:
 * gx_entity_rules_firms.c); a Latin name of several words before 集团 that the tagger cut to its
 * last word, an acronym before 银行 (gx_entity_rules_latin.c, gx_resolve.c); a known company's
 * 投资管理 arm before a desk and its title (gx_entity_rules_suffix.c); an acquired name of a
 * firm's shape ending at a headline's space, the subject of a trading halt or a bankruptcy
 * (gx_entity_rules_frames.c); a 新三板 code written .OC (gx_entity_rules_tickers.c); limited
 * partnerships (data/lexicon/cues.tsv). The tagger's proposals are given by hand where a rule
 * needs them (fixture_run_tagged), so the tests pin the rules, not the model. Also a firm joined
 * to a named company with the same firm word (优波投资和美港投资: gx_entity_rules_firms.c) and a
 * Latin name after a company's 分支 (谷歌(Google)的分支Waymo: gx_entity_rules_context.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* a firm, its manager, 管理的 and a quoted product: the firm is a company, the manager no part
 * of its name, even where the tagger read the two as one company */
static void test_fund_manager_frame(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"青溪基金王勇", GX_ENT_COMPANY, 0.4f}};
    gx_article *art = fixture_run_tagged(
        "收益翻番的还有青溪基金王勇管理的“山海1号”（117.07%）、博远盛泰李宝珍管理的“否极泰来”。", tags, 1);
    assert_non_null(fixture_find(art, "青溪基金", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "博远盛泰", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "青溪基金王勇", -1));
    assert_non_null(fixture_find(art, "王勇", GX_ENT_PERSON));
    gx_article_free(art);
    /* no product in quotes: nothing is said of the words before the person */
    art = fixture_run("还有博远盛泰李宝珍管理的资金在增长。", NULL, NULL);
    assert_null(fixture_find(art, "博远盛泰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* Harwell Stonebridge集团: the tagger's Stonebridge集团 cuts the name the Latin rule read whole */
static void test_latin_words_before_group(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Stonebridge集团", GX_ENT_COMPANY, 0.92f}};
    gx_article *art = fixture_run_tagged("前景并不明朗。Harwell Stonebridge集团董事表示不会退出。", tags, 1);
    assert_non_null(fixture_find(art, "Harwell Stonebridge集团", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "Stonebridge集团", -1));
    gx_article_free(art);
}

/* a known company's investment-management arm, ended by a desk and its title */
static void test_investment_management_arm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("摩根士丹利投资管理策略主管张立明称，美元走弱。", NULL, NULL);
    assert_non_null(fixture_find(art, "摩根士丹利投资管理", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "摩根士丹利投资", -1));
    gx_article_free(art);
}

/* an acquired name of a firm's shape (two characters and an industry) ending at a headline's
 * space; the same words running on into the sentence are no name */
static void test_acquired_name_in_headline(void **state)
{
    (void)state;
    gx_article *art = fixture_run("乐高48亿英镑收购星耀娱乐 主题公园或将落户房山", NULL, NULL);
    assert_non_null(fixture_find(art, "星耀娱乐", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司拟收购星耀娱乐资产包。", NULL, NULL);
    assert_null(fixture_find(art, "星耀娱乐", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a 新三板 code written .OC shows a company (no listing: no ticker unless the Beijing list holds it) */
static void test_neeq_code(void **state)
{
    (void)state;
    gx_article *art = fixture_run("酒类电商柒捌柒捌(839993.OC,以下简称“7878”)继续亏损。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "柒捌柒捌", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "839993");
    assert_string_equal(e->ticker.exchange, "NEEQ");
    gx_article_free(art);
}

/* a limited partnership (X中心(有限合伙)) is a company, its declared short name one of its names */
static void test_limited_partnership(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "公司近日收到股东新余瑞达世纪软件研发中心(有限合伙)(“瑞达世纪”)的通知，瑞达世纪将其股票质押。", NULL, NULL);
    assert_non_null(fixture_find(art, "新余瑞达世纪软件研发中心(有限合伙)", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "瑞达世纪", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the subject of a trading halt or a bankruptcy, named again, is a company; a time before 停牌, a
 * kind of thing or a name said once are not */
static void test_halted_or_bankrupt(void **state)
{
    (void)state;
    gx_article *art = fixture_run("　　中华动物药业自2015年3月停牌之后股价下调。基金已将中华动物药业估值下调至0.17元。", NULL, NULL);
    assert_non_null(fixture_find(art, "中华动物药业", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("协议达成 淘易易正式破产丨一周热点。不少商家在淘易易办公楼前讨要货款。", NULL, NULL);
    assert_non_null(fixture_find(art, "淘易易", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("公司股票自12月20日上午开市起复牌。公司股票自12月21日上午开市起停牌。", NULL, NULL);
    assert_null(fixture_find(art, "上午开市起", -1));
    assert_null(fixture_find(art, "开市起", -1));
    gx_article_free(art);
    art = fixture_run("　　闪崩个股纷纷停牌。昨日闪崩个股继续下跌。", NULL, NULL);
    assert_null(fixture_find(art, "闪崩个股", -1));
    gx_article_free(art);
    art = fixture_run("　　淘易易正式破产。", NULL, NULL);
    assert_null(fixture_find(art, "淘易易", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an acronym of three letters or more before 银行 names the bank; a known one keeps its ticker;
 * a ratio before an industry (PB银行(1.1)) is no bank */
static void test_latin_acronym_bank(void **state)
{
    (void)state;
    gx_article *art = fixture_run("现在门可罗雀。荷兰的ING银行、德国商业银行都在大幅裁员。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "ING银行", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "ING");
    gx_article_free(art);
    art = fixture_run("本周申万一级行业中PB银行(1.1)、钢铁(1.68)排名靠后。", NULL, NULL);
    assert_null(fixture_find(art, "PB银行", -1));
    gx_article_free(art);
}

/* a firm joined to a company the article names, with the same firm word, is a firm too; two
 * ordinary words with the same ending are not */
static void test_parallel_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "还有优达投资陈立管理的“优达1号”。陈立是优达投资和美辰投资的创始人，两家公司表现亮眼。", NULL, NULL);
    assert_non_null(fixture_find(art, "美辰投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("他坚持价值投资和长期投资的理念。", NULL, NULL);
    assert_null(fixture_find(art, "长期投资", -1));
    gx_article_free(art);
}

/* a Latin name after a known company's 分支 (a gloss in brackets between) is a company, even where
 * the tagger read a person; a code in brackets before 子公司及… names nothing */
static void test_latin_branch_of_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Wavemo", GX_ENT_PERSON, 0.49f}};
    gx_article *art = fixture_run_tagged("优步和谷歌(Google)的分支Wavemo这两家公司之间的诉讼案定于周一开庭。", tags, 1);
    assert_non_null(fixture_find(art, "Wavemo", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("获远大医药(00512)子公司及关联公司3000万美元投资。", NULL, NULL);
    assert_null(fixture_find(art, "及关联", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fund_manager_frame),
        cmocka_unit_test(test_latin_words_before_group),
        cmocka_unit_test(test_investment_management_arm),
        cmocka_unit_test(test_acquired_name_in_headline),
        cmocka_unit_test(test_neeq_code),
        cmocka_unit_test(test_limited_partnership),
        cmocka_unit_test(test_halted_or_bankrupt),
        cmocka_unit_test(test_latin_acronym_bank),
        cmocka_unit_test(test_parallel_firm),
        cmocka_unit_test(test_latin_branch_of_company),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
