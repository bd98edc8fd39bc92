/* test_comp13.c — companies, third round of the eleventh session (helper "comp13"): the company
 * a stake is held in after another stake or before 之 (gx_entity_rules_frames.c); a kind of
 * investor describing a firm before its name, in a list and before the tagger's reading
 * (gx_entity_rules_comp13.c, gx_entity_rules_context.c, gx_cand_shape.c, data/lexicon/cues.tsv);
 * a subject and a copula before 公司 (X为公司董事); a full legal name after a describer noun, ended
 * at its legal form whatever follows (gx_entity_rules_suffix.c, gx_entity_rules_comp13.c). The
 * tagger's proposals are given by hand where a rule needs them (fixture_run_tagged). */
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

/* 收购南京诚瑞之51%股权: 之 is "of"; …100%股权和新光建材城100%股权: a second stake */
static void test_stakes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("弘阳服务宣布收购南京诚瑞之51%股权,代价3,672万元人民币。", NULL, NULL);
    assert_non_null(fixture_find(art, "南京诚瑞", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "南京诚瑞之", -1));
    gx_article_free(art);
    art = fixture_run("作价111.87亿元购买其合计持有的万厦房产100%股权和新光建材城100%股权。", NULL, NULL);
    assert_non_null(fixture_find(art, "万厦房产", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "新光建材城", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 对冲基金科图管理公司: the kind of investor is no part of the name, in a list or where the
 * tagger starts inside the kind (对冲基|金科图管理公司) */
static void test_investor_kind(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"金科图管理公司", GX_ENT_COMPANY, 0.54f}};
    gx_article *art = fixture_run_tagged("其投资者包括高盛、对冲基金科图管理公司和纪源资本。", tags, 1);
    assert_non_null(fixture_find(art, "科图管理公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "对冲基金科图管理公司", -1));
    assert_null(fixture_find(art, "金科图管理公司", -1));
    gx_article_free(art);
    art = fixture_run_tagged("此前，对冲基金科图管理公司宣布增持。", tags, 1);
    assert_non_null(fixture_find(art, "科图管理公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "对冲基金科图管理公司", -1));
    gx_article_free(art);
}

/* 虞江明为公司董事: "is the company's director", as the tagger read it */
static void test_copula_before_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"虞江明为公司", GX_ENT_COMPANY, 0.37f}};
    gx_article *art = fixture_run_tagged("虞江波、虞江明为公司董事周晓光的直系亲属。", tags, 1);
    assert_null(fixture_find(art, "虞江明为公司", -1));
    gx_article_free(art);
}

/* a full legal name after 子公司 keeps its place name against the tagger's later start, and ends
 * at its legal form before a verb; not one glued after another legal form, nor one whose body
 * holds a function word before a known company */
static void test_legal_name_edges(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"世茂中心发展有限公司", GX_ENT_COMPANY, 0.48f}};
    gx_article *art = fixture_run_tagged("公司向二级全资子公司义乌世茂中心发展有限公司开发的项目购房。", tags, 1);
    assert_non_null(fixture_find(art, "义乌世茂中心发展有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "世茂中心发展有限公司", -1));
    gx_article_free(art);
    static const fixture_tag tags2[] = {{"黑龙江交通发展股份有限公司", GX_ENT_COMPANY, 0.6f}};
    art = fixture_run_tagged("要约收购黑龙江交通发展股份有限公司义务申请文件。", tags2, 1);
    assert_non_null(fixture_find(art, "黑龙江交通发展股份有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("拟收购联杰国际有限公司、创富国际集团有限公司达田有限公司各80%股权。", NULL, NULL);
    assert_null(fixture_find(art, "创富国际集团有限公司达田有限公司", -1));
    gx_article_free(art);
    art = fixture_run("公告称；西藏金宝藏因平安证券股份有限公司产品到期，被动减持。", NULL, NULL);
    assert_null(fixture_find(art, "西藏金宝藏因平安证券股份有限公司", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stakes),
        cmocka_unit_test(test_investor_kind),
        cmocka_unit_test(test_copula_before_company),
        cmocka_unit_test(test_legal_name_edges),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
