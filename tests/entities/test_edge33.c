/* test_edge33.c — the left edge of a full legal name (nineteenth session, helper "edge33"):
 * a greeting verb before the name is no part of it (cues.tsv left_stop 祝贺, 恭喜, 庆祝, 感谢);
 * a stop word that is a name word (国际, generic_body) does not cut a bracketed legal name whose
 * run from punctuation holds no other stop; a trade name after a stop word before an inner region
 * followed by a generic word alone is kept against the tagger's later edge at the region
 * (gx_entity_rules_suffix.c). */
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

/* a greeting verb opens the name after it */
static void test_greeting_verb_edge(void **state)
{
    (void)state;
    gx_article *art = fixture_run("关注公众号:佳佳信息热烈祝贺福建搜索互动网络科技有限公司在新三板挂牌成功。", NULL, NULL);
    assert_non_null(fixture_find(art, "福建搜索互动网络科技有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "信息热烈祝贺福建搜索互动网络科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("恭喜河南智汇魔方科技股份有限公司成功挂牌。", NULL, NULL);
    assert_non_null(fixture_find(art, "河南智汇魔方科技股份有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 国际 inside a bracketed legal name opened by a colon is a word of the name */
static void test_name_word_in_bracketed_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("副会长：华运国际货运代理(杭州)有限公司总经理出席。", NULL, NULL);
    assert_non_null(fixture_find(art, "华运国际货运代理(杭州)有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "货运代理(杭州)有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 为|华商|香港国际有限公司: the tagger's edge at the region would leave a name that names nothing */
static void test_trade_name_before_inner_region(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"香港国际有限公司", GX_ENT_COMPANY, 0.9f}};
    gx_article *art = fixture_run_tagged("清果普惠香港公司的主体为华商香港国际有限公司。", tags, 1);
    assert_non_null(fixture_find(art, "华商香港国际有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "香港国际有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    /* (a region with a trade name of its own after it: the tagger's edge stands) */
    const fixture_tag tags2[] = {{"湖北焱合生物科技有限公司", GX_ENT_COMPANY, 0.9f}};
    art = fixture_run_tagged("公告说明湖北焱合生物科技有限公司已经注销。", tags2, 1);
    assert_non_null(fixture_find(art, "湖北焱合生物科技有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_greeting_verb_edge),
        cmocka_unit_test(test_name_word_in_bracketed_legal_name),
        cmocka_unit_test(test_trade_name_before_inner_region),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
