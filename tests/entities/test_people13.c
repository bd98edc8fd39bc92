/* test_people13.c — people and their titles, eleventh session, second round (helper "people13",
 * issue 3): relatives named after a kinship word (其妻甘薇), analysts named by their team
 * (广发策略戴康团队), the title 官员 with a Latin holder, a holder before an address title after
 * a stop word that the tagger read as a place (教授和厉以宁教授), 新任/现任/时任 outside the
 * title, 向 and an audience (向媒体) that is no name, and readings of the tagger that are no one:
 * drugs and chemicals (伊马替尼, 丁二烯), a name glued to a verb and its object (姚劲波祝贺贝壳),
 * what is taken private (私有化普洛斯). Without the tagger (its proposals given by hand where a
 * rule judges them). The byline square (□金灿) is pinned in test_byline_square. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* 其妻甘薇在微博发文称: a relative, no title; 女儿国 is no relative's name. */
static void test_kin_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("随后，其妻甘薇在微博发文称，公司将继续经营。", NULL, NULL);
    const gx_entity *e = fixture_person(art, "甘薇");
    assert_non_null(e);
    assert_int_equal(e->roles.n, 0);
    gx_article_free(art);
}

/* 广发策略戴康团队认为 (a desk word before the name), 来源：宏观谢亚轩团队; 万科管理团队 names no one. */
static void test_team_leaders(void **state)
{
    (void)state;
    gx_article *art = fixture_run("广发策略戴康团队认为，A股更易受到冲击。万科管理团队表示满意。", NULL, NULL);
    assert_non_null(fixture_person(art, "戴康"));
    assert_null(fixture_person(art, "管理"));
    gx_article_free(art);
}

/* 欧洲央行官员Praet在布鲁塞尔发表讲话: 官员 is a title its Latin holder holds; 官员向媒体坦言 and
 * 总统向媒体坦言 name no one (向 speaks to the audience). */
static void test_officials(void **state)
{
    (void)state;
    gx_article *art = fixture_run("19:15：欧洲央行官员Praet在布鲁塞尔发表讲话。", NULL, NULL);
    assert_true(fixture_holds(art, "Praet", "官员"));
    gx_article_free(art);
    art = fixture_run("一位白宫资深官员向媒体坦言，美国总统向媒体表示股市下跌令人担忧。", NULL, NULL);
    assert_null(fixture_person(art, "向媒体"));
    gx_article_free(art);
}

/* 陈岱孙教授和厉以宁教授: the tagger's place 厉以宁 after the stop word 和 is the second professor. */
static void test_holder_misread_as_place(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"厉以宁", GX_ENT_LOCATION, 0.6f}};
    gx_article *art = fixture_run_tagged("他在北京大学读书期间师从陈岱孙教授和厉以宁教授。", tags, 1);
    assert_true(fixture_holds(art, "厉以宁", "教授"));
    gx_article_free(art);
}

/* 新任主席鲍威尔: the title is 主席 (新任 says when); 增聘徐一为新任基金经理 still names the holder;
 * 公司时任董事长 keeps its owner; 控股股东暨实际控制人 is one title, as with 兼. */
static void test_tense_outside_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("联储仍可能在新任主席鲍威尔上任后升息。", NULL, NULL);
    assert_true(fixture_holds(art, "鲍威尔", "主席"));
    assert_false(fixture_holds(art, "鲍威尔", "新任主席"));
    gx_article_free(art);
    art = fixture_run("招商基金发布公告称，增聘徐一为新任基金经理。", NULL, NULL);
    assert_true(fixture_holds(art, "徐一", "基金经理"));
    gx_article_free(art);
    art = fixture_run("公司时任董事长王明表示，业绩将改善。", NULL, NULL);
    assert_true(fixture_holds(art, "王明", "董事长"));
    gx_article_free(art);
    /* 暨 joins two titles as 兼 does */
    art = fixture_run("公司控股股东暨实际控制人张庆华在广发证券办理了质押。", NULL, NULL);
    assert_true(fixture_holds(art, "张庆华", "控股股东暨实际控制人"));
    gx_article_free(art);
}

/* Tagger readings that are no one: drugs (伊马替尼) and chemicals (丁二烯), a name glued to a
 * verb and its object read twice (姚劲波祝贺贝壳: the name alone stays), what is taken private
 * (私有化普洛斯, and 普洛斯 elsewhere in the article); a transliteration after a surname stays
 * (马尔科维奇). */
static void test_no_ones(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"伊马替尼", GX_ENT_PERSON, 0.7f}, {"丁二烯", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("推测为伊马替尼。丁二烯(韩国)价格上涨。", tags, 2);
    assert_null(fixture_person(art, "伊马替尼"));
    assert_null(fixture_person(art, "丁二烯"));
    gx_article_free(art);
    const fixture_tag tags2[] = {{"姚劲波祝贺贝壳", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("58同城姚劲波祝贺贝壳找房上市。\n58同城姚劲波祝贺贝壳找房上市。", tags2, 1);
    assert_null(fixture_person(art, "姚劲波祝贺贝壳"));
    gx_article_free(art);
    const fixture_tag tags3[] = {{"普洛斯", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("万科：私有化普洛斯交易完成 现为普洛斯权益单一最大持有人", tags3, 1);
    assert_null(fixture_person(art, "普洛斯"));
    gx_article_free(art);
    const fixture_tag tags4[] = {{"马尔科维奇", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("分析师马尔科维奇表示，市场将反弹。", tags4, 1);
    assert_non_null(fixture_person(art, "马尔科维奇"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kin_names),
        cmocka_unit_test(test_team_leaders),
        cmocka_unit_test(test_officials),
        cmocka_unit_test(test_holder_misread_as_place),
        cmocka_unit_test(test_tense_outside_title),
        cmocka_unit_test(test_no_ones),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
