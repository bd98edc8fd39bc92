/* test_comp18.c — companies, second round on the freshest sets (fourteenth session, helper
 * "comp18"): the name a portal's inline stock quote follows is one of the entity's names
 * (中国光大银行|(3.830,0.02,0.52%)|股份有限公司绍兴支行), and a county or city the regions list lacks
 * opens a legal name when the text writes it with 市 elsewhere (兴化|粤海水务有限公司 beside
 * 兴化市公共资源交易网), and a subsidiary named with 公司 right after 子公司 (全资子公司|华锦资管公司).
 * A legal name in 有限责任公司 has the sure edges of one in 有限公司; a verb of building opens no
 * name (兴建|集团); what an acquisition is about and a firm of its shape joined to it (收购对象是|天游软件和|
 * 七酷网络); a known portal's name inside the byline's outlet (凤凰网|港股); a national programme (东北振兴); a law named after its finder (摩尔|定律). The
 * sentences are written for the tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

static bool has_alias(const gx_entity *e, const char *alias)
{
    for (int i = 0; e && i < e->aliases.n; i++)
        if (!strcmp(e->aliases.v[i], alias))
            return true;
    return false;
}

/* the short name written before a portal's quote names the entity too */
static void test_name_before_quote(void **state)
{
    (void)state;
    gx_article *art = fixture_run("控股股东将原质押给中国光大银行(3.830,0.02,0.52%)股份有限公司绍兴支行的400万股办理了解除质押手续。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "中国光大银行股份有限公司绍兴支行");
    assert_non_null(e);
    assert_true(has_alias(e, "中国光大银行"));
    gx_article_free(art);
}

/* a place the text writes with 市 elsewhere, read there as a name's opening, stays in the legal
 * name the tagger reads without it; a phrase before 市 does not (按照|市值) */
static void test_place_written_with_city(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"粤海水务有限公司", GX_ENT_COMPANY, 0.7f}, {"兴化市公共资源交易网", GX_ENT_COMPANY, 0.6f},
                          {"恒生指数有限公司", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("项目业主方：兴化粤海水务有限公司。公示在兴化市公共资源交易网发布。", tags, 3);
    assert_non_null(fixture_company(art, "兴化粤海水务有限公司"));
    assert_null(fixture_company(art, "粤海水务有限公司"));
    gx_article_free(art);
    art = fixture_run_tagged("按照市值计算。按照恒生指数有限公司的规定调整。", tags, 3);
    assert_non_null(fixture_company(art, "恒生指数有限公司"));
    assert_null(fixture_company(art, "按照恒生指数有限公司"));
    gx_article_free(art);
}

/* X公司 right after 子公司 (为) is a firm, and so are the items of the list it opens; a kind of
 * company or a verb there is none (子公司及关联公司, 子公司增持公司股份) */
static void test_subsidiary_named(void **state)
{
    (void)state;
    gx_article *art = fixture_run("宁夏华锦由华锦控股集团全资子公司华锦资管公司100%持有。公司存续的子公司为光学应用公司、智能装备公司。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "华锦资管公司"));
    assert_non_null(fixture_company(art, "光学应用公司"));
    assert_non_null(fixture_company(art, "智能装备公司"));
    gx_article_free(art);
    art = fixture_run("控股股东全资子公司增持公司股份。远大医药子公司及关联公司签约。", NULL, NULL);
    assert_null(fixture_company(art, "增持公司"));
    assert_null(fixture_company(art, "及关联公司"));
    gx_article_free(art);
}

/* a legal name in 有限责任公司 after a stop word ends at its legal form like one in 有限公司, whatever
 * follows, so a known parent opening it stays in it (中标|中国石油大庆油田有限责任公司|空调维修项目) */
static void test_liability_company_edges(void **state)
{
    (void)state;
    gx_article *art = fixture_run("子公司近日成功中标中国石油大庆油田有限责任公司空调维修项目。", NULL, NULL);
    assert_non_null(fixture_company(art, "中国石油大庆油田有限责任公司"));
    assert_null(fixture_company(art, "大庆油田有限责任公司"));
    gx_article_free(art);
}

/* a verb of building before 集团 opens no name (用于兴建|集团旗下…学院新校区) */
static void test_building_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该土地将用于兴建集团旗下广州华商职业学院新校区。", NULL, NULL);
    assert_null(fixture_company(art, "兴建集团"));
    gx_article_free(art);
}

/* what an acquisition is about, named (收购对象是|X), and a firm of the same shape joined to it
 * (天游软件和|七酷网络): two characters and an industry each */
static void test_acquired_pair(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司开始大规模收购网络游戏公司，最早的收购对象是天游软件和七酷网络，后期又斥资134亿元。", NULL, NULL);
    assert_non_null(fixture_company(art, "天游软件"));
    assert_non_null(fixture_company(art, "七酷网络"));
    gx_article_free(art);
    art = fixture_run("行业涉及通信、网络和电子、医药等领域。", NULL, NULL);
    assert_null(fixture_company(art, "网络"));
    assert_null(fixture_company(art, "电子"));
    gx_article_free(art);
}

/* a known portal's name read inside the byline's outlet is the outlet (凤凰网|港股), not the company
 * behind it; a known name inside an outlet that is itself read as a company stays (汇丰|晋信) */
static void test_portal_inside_outlet(void **state)
{
    (void)state;
    gx_article *art = fixture_run("来源：凤凰网港股\n凤凰网港股|希慎兴业公布上半年业绩，集团录得亏损。", "凤凰网港股", NULL);
    assert_null(fixture_find(art, "凤凰网", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "凤凰网港股", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    art = fixture_run("汇丰晋信认为，市场将维持震荡。汇丰晋信大盘基金表现稳健。", "汇丰晋信", NULL);
    assert_null(fixture_find(art, "汇丰晋信", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* a national programme is no entity (东北振兴 as a company); a person so named stays one */
static void test_programme_words(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"东北振兴", GX_ENT_COMPANY, 0.6f}, {"王振兴", GX_ENT_PERSON, 0.9f}};
    gx_article *art = fixture_run_tagged("专家表示，东北振兴需要破产处置的经验。王振兴说。", tags, 2);
    assert_null(fixture_find(art, "东北振兴", -1));
    assert_non_null(fixture_person(art, "王振兴"));
    gx_article_free(art);
}

/* a law named after its finder is no firm (摩尔|定律) */
static void test_named_law(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"摩尔", GX_ENT_COMPANY, 0.7f}};
    gx_article *art = fixture_run_tagged("近来随着摩尔定律的放缓，中国半导体迎来机会。", tags, 1);
    assert_null(fixture_company(art, "摩尔"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_before_quote),
        cmocka_unit_test(test_place_written_with_city),
        cmocka_unit_test(test_subsidiary_named),
        cmocka_unit_test(test_liability_company_edges),
        cmocka_unit_test(test_building_verb),
        cmocka_unit_test(test_acquired_pair),
        cmocka_unit_test(test_portal_inside_outlet),
        cmocka_unit_test(test_programme_words),
        cmocka_unit_test(test_named_law),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
