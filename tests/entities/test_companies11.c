/* test_companies11.c — company names the engine missed in the tenth session (helper "comp11"):
 * Latin firm names in Chinese text ended by a job title (Redwood Capital Partners CEO …), the
 * firm of a title's holder (XKQ的创始人…), a Latin data source before 公布的
 * (gx_entity_rules_latin.c, data/lexicon/cues.tsv source_after), and the unknown item of a list of
 * known companies run on into its sentence (…、晨曦评级均给予…: gx_entity_rules_frames.c), and an
 * unknown name of a firm's shape acquired with no stake after it (收购星河通信后: the same file).
 * The tagger's proposals are given by hand where a rule needs them (fixture_run_tagged), so the
 * tests pin the rules, not the model. */
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

/* a job title in Latin letters after a firm's name ends it: the firm is a company, the title
 * and the holder no part of its name */
static void test_latin_name_ends_at_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "投资咨询公司Redwood Harbor Partners CEO Tom Baker表示，市场仍有波动。", NULL, NULL);
    assert_non_null(fixture_find(art, "Redwood Harbor Partners", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "Redwood Harbor Partners CEO Tom Baker", -1));
    gx_article_free(art);
}

/* a Latin name followed by (的) a title only a firm gives and the title's holder is the firm */
static void test_latin_firm_of_title_holder(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"约翰·史密斯", GX_ENT_PERSON, 0.8f}};
    gx_article *art = fixture_run_tagged(
        "去年年初，XKQ的创始人和首席投资策略师约翰·史密斯表示，股市估值过高。", tags, 1);
    assert_non_null(fixture_find(art, "XKQ", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("去年年初，XKQ首席执行官约翰·史密斯表示，股市估值过高。", tags, 1);
    assert_non_null(fixture_find(art, "XKQ", GX_ENT_COMPANY));
    gx_article_free(art);
    /* no holder named in the sentence: nothing is said of XKQ */
    art = fixture_run("去年年初，XKQ的创始人表示股市估值过高。", NULL, NULL);
    assert_null(fixture_find(art, "XKQ", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a Latin name before 公布的 is a data source; a shorter company the tagger reads inside it
 * (Financial) does not stop it */
static void test_latin_source_before_published(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"Financial", GX_ENT_COMPANY, 0.5f}};
    gx_article *art =
        fixture_run_tagged("根据QRT Financial公布的数据，美股在政府停摆期间表现疲软。", tags, 1);
    assert_non_null(fixture_find(art, "QRT Financial", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a list of companies two of which are known (a listed company, a suffix name): the unknown
 * item run on into its sentence ends before 均 / 都, and a known first item after a phrase of
 * time starts the list */
static void test_list_item_before_adverb(void **state)
{
    (void)state;
    gx_article *art =
        fixture_run("2015年以来招商证券、东海证券、晨曦评级均给予该基金五星评级。", NULL, NULL);
    assert_non_null(fixture_find(art, "晨曦评级", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "晨曦评级均给予该基金五星评级", -1));
    gx_article_free(art);
    art = fixture_run("数据显示，万科、招商蛇口、星岚置业都位列销售榜前十。", NULL, NULL);
    assert_non_null(fixture_find(art, "星岚置业", GX_ENT_COMPANY));
    gx_article_free(art);
    /* items that are no names stay out: a list of things is no list of firms */
    art = fixture_run("去年弃风、弃光率均同比下降。", NULL, NULL);
    assert_null(fixture_find(art, "弃光率", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an unknown name acquired with no stake after it counts only with a firm's shape: a place and
 * two characters, or two characters and an industry; a plain word after 收购 does not */
static void test_acquired_name_of_firm_shape(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司去年收购星河通信后，业务进一步扩展到行业软件。", NULL, NULL);
    assert_non_null(fixture_find(art, "星河通信", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("随着并购江苏恒泰，公司在该领域占据有利位置。", NULL, NULL);
    assert_non_null(fixture_find(art, "江苏恒泰", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("收购完成后，公司将收购上海地区的物业，收购价格另行商定。", NULL, NULL);
    assert_null(fixture_find(art, "完成", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "上海地区", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "价格", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* an alias declared without quotes ((下称:X), (以下简称X)) after a name already read, as with
 * quotes; a word for a party ((以下简称:本公司), (简称委托方)) is no alias */
static void test_unquoted_alias(void **state)
{
    (void)state;
    gx_article *art = fixture_run("顾问北京星岚投资管理有限公司(下称:星岚投资)成立于2015年。据悉，星岚投资已发行多只产品。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "北京星岚投资管理有限公司", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "星岚投资", GX_ENT_COMPANY));
    assert_int_equal(e->mentions.n, 3);
    gx_article_free(art);
    art = fixture_run("浙江星岚制药股份有限公司(以下简称:本公司)接控股股东通知。", NULL, NULL);
    assert_null(fixture_find(art, "本公司", -1));
    gx_article_free(art);
}

/* the alias inside the legal name it abbreviates (安徽|恒岳化工|股份有限公司(下称恒岳化工)) is no
 * mention of its own: the legal name stays, and the alias and its later mentions join it */
static void test_alias_inside_its_legal_name(void **state)
{
    (void)state;
    /* (the tagger reading the legal name with the words before it, as it does) */
    static const fixture_tag tags[] = {{"二级子公司安徽恒岳化工股份有限公司", GX_ENT_COMPANY, 0.5f}};
    gx_article *art =
        fixture_run_tagged("二级子公司安徽恒岳化工股份有限公司(下称“恒岳化工”)破产清算。恒岳化工主营化肥。", tags, 1);
    const gx_entity *e = fixture_find(art, "安徽恒岳化工股份有限公司", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "恒岳化工", GX_ENT_COMPANY));
    assert_int_equal(e->mentions.n, 3);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_latin_name_ends_at_title),
        cmocka_unit_test(test_latin_firm_of_title_holder),
        cmocka_unit_test(test_latin_source_before_published),
        cmocka_unit_test(test_list_item_before_adverb),
        cmocka_unit_test(test_acquired_name_of_firm_shape),
        cmocka_unit_test(test_unquoted_alias),
        cmocka_unit_test(test_alias_inside_its_legal_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
