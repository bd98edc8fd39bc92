/* test_speed15.c — the edges of the boiler's first-character tests (fourteenth session, speed15):
 * a disclaimer opening with 免责声明, "X声明:" with X of four characters but not five, an app
 * named 客户端 after 尽在, and a promotion run of exactly 100 code points (101 is too long). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"
#include "gx_structure.h"
#include "gx_structure_boiler.h"
#include "structure_fixture.h"

#define BODY "大连某某教育科技股份有限公司收购万达集团持有的股份,作价3亿元,交易已经完成交割。"
#define SAYS "本网站登载此文出于传递更多信息之目的,文章内容仅供参考,不构成投资建议。"

static const char *boiler_text(gx_article *art, int k)
{
    return gx_article_span_text(art, art->boiler.v[k]);
}

static void test_disclaimer_openings(void **state)
{
    (void)state;
    gx_article *art = fixture_build(BODY "\n\n免责声明:" SAYS, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    assert_true(strncmp(boiler_text(art, 0), "免责声明", strlen("免责声明")) == 0);
    gx_article_free(art);

    art = fixture_build(BODY "\n\n财经网站声明:" SAYS, "标题", false); /* 声 at the fifth place */
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    gx_article_free(art);

    art = fixture_build(BODY "\n\n某某财经网站声明:" SAYS, "标题", false); /* at the seventh: no */
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 0);
    gx_article_free(art);
}

static void test_app_named_client(void **state)
{
    (void)state;
    gx_article *art = fixture_build(BODY "\n\n海量资讯、精准解读,尽在新浪财经客户端", "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    assert_string_equal(boiler_text(art, 0), "海量资讯、精准解读,尽在新浪财经客户端");
    gx_article_free(art);
}

/* the paragraph's last run: 100 code points holding 二维码 is a promotion, 101 is too long */
static void test_run_bound(void **state)
{
    (void)state;
    char run[512];
    for (int len = 100; len <= 101; len++) {
        strcpy(run, "扫描二维码");
        for (int k = 5; k < len; k++)
            strcat(run, "关");
        char doc[1024];
        snprintf(doc, sizeof doc, "%s\n\n%s", BODY, run);
        gx_article *art = fixture_build(doc, "标题", false);
        assert_non_null(art);
        assert_int_equal(art->boiler.n, len == 100 ? 1 : 0);
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_disclaimer_openings),
        cmocka_unit_test(test_app_named_client),
        cmocka_unit_test(test_run_bound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
