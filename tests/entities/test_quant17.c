/* test_quant17.c — entities of round quant17 (sixteenth session, issue 3; docs/government.md and
 * docs/quantities.md): armed forces named as a kind or in history and a market theme are no
 * government body (人民军队, 红军, 民参军: not_entity in cues.tsv), and the global list's rows for
 * 赛门铁克 (NASDAQ SYMC) and Fitbit (NYSE FIT until Google's purchase). The tagger's readings are
 * given by hand (entities_fixture.h). */
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

/* The tagger's government reading of an army or a theme is dropped; a state body stays. */
static void test_armed_forces_no_body(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"人民军队", GX_ENT_GOVERNMENT, 0.6f},
                                       {"红军", GX_ENT_GOVERNMENT, 0.6f},
                                       {"民参军", GX_ENT_GOVERNMENT, 0.6f}};
    gx_article *art = fixture_run_tagged("到本世纪中叶把人民军队全面建成世界一流军队。长征中的红军人数变化大。"
                                         "关注民参军、半导体。中央军委和国务院印发意见。",
                                         tags, 3);
    assert_false(fixture_has_mention(art, "人民军队", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "红军", GX_ENT_GOVERNMENT));
    assert_false(fixture_has_mention(art, "民参军", GX_ENT_GOVERNMENT));
    assert_true(fixture_has_mention(art, "国务院", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* Symantec is named 赛门铁克 only while it traded as SYMC; Fitbit had FIT until 2021-01-14. */
static void test_global_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("博通接近达成收购安全公司赛门铁克服务大企业客户的部门的协议。", NULL, NULL);
    assert_ticker(fixture_company(art, "赛门铁克"), "SYMC", "NASDAQ");
    gx_article_free(art);
    art = fixture_run_undated("2019年11月,谷歌宣布收购Fitbit。");
    assert_ticker(fixture_company(art, "Fitbit"), "FIT", "NYSE");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_armed_forces_no_body),
        cmocka_unit_test(test_global_rows),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
