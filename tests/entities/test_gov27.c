/* test_gov27.c — government bodies, twenty-third session (helper "gov27"): the economic-crime police named
 * alone (经侦) and a criminal-police unit (刑警部门) are the case's police; a union of states named as its
 * members' descriptor (欧盟国家, 欧盟27国) is no body acting, and a state's government after it is read alone;
 * the collective 公检法 and the internet-finance leading group are bodies; a trade-union federation is an
 * organization. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

/* 经侦 alone is the case's economic-crime police; 经 of 已经/曾经 before 侦破/侦办 is none. */
static void test_bare_economic_police(void **state)
{
    (void)state;
    gx_article *art = fixture_run("投资人已向经侦报案，目前经侦已介入调查。", NULL, NULL);
    assert_non_null(fixture_find(art, "经侦", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("该案已经侦破，警方曾经侦办过类似案件。", NULL, NULL);
    assert_null(fixture_find(art, "经侦", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 刑警部门 is a body; a detective or a brigade alone is none, nor a unit cut from its body. */
static void test_criminal_police_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("受害人希望刑警部门尽快立案。", NULL, NULL);
    assert_non_null(fixture_find(art, "刑警部门", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("一名刑警表示，此类骗局很常见。他从刑警大队科员做起。", NULL, NULL);
    assert_null(fixture_find(art, "刑警", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "刑警大队", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (a unit of the body written before it is no bare unit) */
    art = fixture_run("省公安厅经侦总队表示，黄山市公安局刑警支队已立案。", NULL, NULL);
    assert_null(fixture_find(art, "经侦总队", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "刑警支队", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 欧盟 before 国家 / 27国 describes states; the state's government after it is read alone; 欧盟 acting stays. */
static void test_union_as_descriptor(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"欧盟国家葡萄牙政府", GX_ENT_GOVERNMENT, 0.8f}};
    gx_article *art = fixture_run_tagged("该项目与欧盟国家葡萄牙政府合作落地，获欧盟27国承认。", tags, 1);
    assert_non_null(fixture_find(art, "葡萄牙政府", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "欧盟国家葡萄牙政府", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "欧盟", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("欧盟决定对进口钢铁征收关税。", NULL, NULL);
    assert_non_null(fixture_find(art, "欧盟", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* Data: the collective 公检法, the internet-finance clean-up leading group; a trade-union federation. */
static void test_collectives_and_unions(void **state)
{
    (void)state;
    gx_article *art = fixture_run("骗子常冒充公检法要求转账。人民银行与互联网金融风险专项整治工作领导小组召开会议。", NULL, NULL);
    assert_non_null(fixture_find(art, "公检法", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "互联网金融风险专项整治工作领导小组", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    static const fixture_tag tags[] = {{"上海市总工会", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("该贷款由银行联合上海市总工会推出。", tags, 1);
    assert_null(fixture_find(art, "上海市总工会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bare_economic_police),
        cmocka_unit_test(test_criminal_police_unit),
        cmocka_unit_test(test_union_as_descriptor),
        cmocka_unit_test(test_collectives_and_unions),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
