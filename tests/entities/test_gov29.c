/* test_gov29.c — government bodies, twenty-fourth session (helper "gov29"): foreign financial regulators of the
 * forex texts (新西兰FMA, 塞浦路斯cysec, 德国bafin, 香港SFC with a cue), a place's financial-work office (北京金融办),
 * a known city before an unlisted district's bureau (深圳|南山区公安局, followed by 仅), and the tagger's readings
 * that end in a word of their own (券商|谋局) or are cut inside one (中国军|垦); a state task's department
 * (市场监管部门, 工商部门), not after a market's word (资本|市场监管部门). With the tagger. */
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

/* The regulators by acronym after their country, in either case, and by their Chinese names. */
static void test_foreign_regulators(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该平台受新西兰FMA监管，另一家受塞浦路斯cysec监管，还有德国bafin牌照。瑞士金融市场监管局(FINMA)发出警告。",
                                  NULL, NULL);
    const gx_entity *e = fixture_find(art, "新西兰FMA", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "FMA", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "塞浦路斯证券交易委员会", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "德国联邦金融监管局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "瑞士金融市场监管局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* SFC needs a cue (a place before it, a regulator's act after it); a fund's SFC alone is none. */
static void test_sfc_cued(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该券商持有香港SFC颁发的第1类牌照。", NULL, NULL);
    assert_non_null(fixture_find(art, "香港证监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("SFC基金今年回报率居前，SFC产品销量大增。", NULL, NULL);
    assert_null(fixture_find(art, "SFC", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "香港证监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place's financial-work office, and a bureau of an unlisted district after its known city. */
static void test_local_bodies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("多次拨打上海金融办电话无人接听。资金池距离广州天河区公安局仅1公里远。", NULL, NULL);
    assert_non_null(fixture_find(art, "上海金融办", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "广州天河区公安局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "资金池距离广州天河区公安局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* The tagger's readings ending in a word of their own (…谋局, …骗局) or cut inside one (中国军|垦) are no bodies. */
static void test_glued_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("钱程策略股票配资平台：火拼技术岗券商谋局机构服务。总部位于中国军垦第一城。", NULL, NULL);
    assert_null(fixture_find(art, "岗券商谋局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "中国军", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A state task's department is that task's authority (投诉市场监管部门, 向工商部门举报); a department named by no
 * task (监管部门) and the capital market's regulators (资本|市场监管部门) are kinds. */
static void test_task_departments(void **state)
{
    (void)state;
    gx_article *art = fixture_run("很多人开始投诉市场监管部门，也向工商部门举报了。", NULL, NULL);
    assert_non_null(fixture_find(art, "市场监管部门", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "工商部门", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("根本原因是美国资本市场监管部门放宽了非上市公司证券流通。", NULL, NULL);
    assert_null(fixture_find(art, "市场监管部门", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_foreign_regulators),
        cmocka_unit_test(test_sfc_cued),
        cmocka_unit_test(test_local_bodies),
        cmocka_unit_test(test_glued_words),
        cmocka_unit_test(test_task_departments),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
