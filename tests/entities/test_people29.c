/* test_people29.c — people, twenty-first session (helper "people29"): a name alone in brackets
 * after its title (顾问助理（洪志明）), a name before a verb of making off with money (老板林衡卷款);
 * readings that are no persons: a surname and a kin word (龙爷, 王姐), a column's persona with a
 * surname first (商评君), a span with a word of money no name has (唐赚科), a reading after 加入
 * that closes its clause (加入加玉子). */
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
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* 董事长的顾问助理（洪志明）：: the bracketed name holds the title; not 董事长（代） */
static void test_bracketed_holder(void **state)
{
    (void)state;
    gx_article *art = fixture_run("还有公安退休处级干部当它中民集团董事长的顾问助理（洪志明）：还有宜宾的律师。", NULL, NULL);
    assert_true(fixture_holds(art, "洪志明", "顾问助理"));
    gx_article_free(art);
    art = fixture_run("公司董事长(代)于近日签署了协议。", NULL, NULL);
    assert_null(fixture_find(art, "代", GX_ENT_PERSON));
    gx_article_free(art);
}

/* 幕后老板林衡卷款5亿跑路: 卷款 closes the name */
static void test_absconding_verb(void **state)
{
    (void)state;
    gx_article *art = fixture_run("国远集团幕后老板林衡卷款5亿跑路，今年4月已被定性诈骗。", NULL, NULL);
    assert_true(fixture_holds(art, "林衡", "老板"));
    assert_null(fixture_find(art, "林衡卷", GX_ENT_PERSON));
    gx_article_free(art);
}

/* 市场部经理龙爷为您服务, @王姐: a surname and a kin word is a form of address */
static void test_kin_address(void **state)
{
    (void)state;
    gx_article *art = fixture_run("实力超级市场部经理龙爷为您服务，欢迎加我详细了解。", NULL, NULL);
    assert_null(fixture_find(art, "龙爷", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t[] = {{"王姐", GX_ENT_PERSON, 0.8f}};
    art = fixture_run_tagged("昨天王姐说这个平台不靠谱。", t, 1);
    assert_null(fixture_find(art, "王姐", GX_ENT_PERSON));
    gx_article_free(art);
}

/* 商评君注册并试投了加油宝 (a column's persona), 我想找的唐赚科 (赚: no name has it); 赵福君 stays */
static void test_no_persons(void **state)
{
    (void)state;
    const fixture_tag t1[] = {{"商评君", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("带着这样的疑问，商评君注册并试投了加油宝。", t1, 1);
    assert_null(fixture_find(art, "商评君", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t2[] = {{"赵福君", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("带着这样的疑问，赵福君注册并试投了加油宝。", t2, 1);
    assert_non_null(fixture_person(art, "赵福君"));
    gx_article_free(art);
    const fixture_tag t3[] = {{"唐赚科", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("觉得这个平台正是我想找的唐赚科,粉象生活APP邀请ID:65。", t3, 1);
    assert_null(fixture_find(art, "唐赚科", GX_ENT_PERSON));
    gx_article_free(art);
    /* 期待您的加入加玉子 (one joins a team); 加入张三的团队 keeps 张三 */
    const fixture_tag t4[] = {{"加玉子", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("风之彩团队真诚期待您的加入加玉子", t4, 1);
    assert_null(fixture_find(art, "加玉子", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t5[] = {{"张三", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("欢迎加入张三的团队。", t5, 1);
    assert_non_null(fixture_person(art, "张三"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absconding_verb),
        cmocka_unit_test(test_bracketed_holder),
        cmocka_unit_test(test_kin_address),
        cmocka_unit_test(test_no_persons),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
