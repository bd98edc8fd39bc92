/* test_people28s.c — structure (twenty-first session, people28): a dispatch in lenticular brackets
 * with its reporter credited right after it, glued into a crawled page's run-on text
 * ("…违规【某某商报读创讯】(记者李大东)…", gx_structure_glued.c gx_glued_bracket_dispatch, gov23). The texts are
 * made up in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

#define BODY "零售经纪商本周宣布推出一项新的自动交易工具,用户可以通过简单的命令创建交易策略并与主流平台集成。"

static void test_lenticular_dispatch(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某某控股遭举报涉嫌信披违规【东城商报读创讯】(记者李大东)" BODY, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "东城商报读创");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "李大东");
    assert_string_equal(art->authors.v[0].role, "记者");
    gx_article_free(art);
    /* (no reporter credited: the outlet alone; a flash column and the paper's own name none) */
    expect_outlet("某某控股遭举报涉嫌信披违规【东城商报读创讯】(图片来自网络)" BODY, "东城商报读创");
    expect_outlet("某某控股遭举报涉嫌信披违规【东城商报快讯】(记者李大东)" BODY, NULL);
    expect_outlet("某某控股遭举报涉嫌信披违规【本报讯】(记者李大东)" BODY, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lenticular_dispatch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
