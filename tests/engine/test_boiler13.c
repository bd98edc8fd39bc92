/* test_boiler13.c — a portal's own lines inside an article (thirteenth session, boiler13): a
 * an app or QR promotion, the portal's disclaimer and a list of other stories' headlines are marked (art->boiler) and nothing is reported from them,
 * while `text` keeps them and every offset points into it; a promotion closed by a call to
 * action, a story's own link ("【点击查看全文】") and an editor's line are no such lines. */
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
#include "gx_test_engine.h"
#include "structure_fixture.h"

#define BODY "大连某某教育科技股份有限公司收购万达集团持有的股份,作价3亿元,交易已经完成交割。"
#define BANNER                                                                                     \
    "2019“银华基金杯”新浪银行理财师大赛重磅来袭,报名即可领取666元超值好礼,还有机会获得经济学家、"  \
    "高校教授等明星评委专业指导,拿万元奖金,上新浪头条。【点击看详情】"

/* The text of art's k-th portal line. */
static const char *boiler_text(gx_article *art, int k)
{
    return gx_article_span_text(art, art->boiler.v[k]);
}

/* a promotion closed by a call to action stays content: every annotated set counts its people and
 * most of its amounts (docs/engine.md, "a portal's own lines") */
static void test_promotions_stay(void **state)
{
    (void)state;
    gx_article *art = fixture_build("美吉姆:收购报告书摘要修订稿的更正 " BANNER "\n\n" BODY, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 0);
    gx_article_free(art);
}

/* a digest's link to the story it sums up, and a bracket that is no call to action, stay */
static void test_story_links_stay(void **state)
{
    (void)state;
    gx_article *art = fixture_build(BODY "\n\n明日会继续上涨吗……【点击查看全文】\n\n" BODY "【宏观】", "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 0);
    gx_article_free(art);
}

/* an app promotion and a QR code; a wire's own "智通财经APP讯" lead is text */
static void test_app_promo(void **state)
{
    (void)state;
    gx_article *art = fixture_build("智通财经APP讯,某某公司公布回购股份。\n\n" BODY "\n\n海量资讯、精准解读,尽在新浪财经APP\n\n"
                                    "24小时滚动播报最新的财经资讯和视频,更多粉丝福利扫描二维码关注(sinafinance)",
                                    "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 2);
    assert_string_equal(boiler_text(art, 0), "海量资讯、精准解读,尽在新浪财经APP");
    assert_string_equal(art->outlet, "智通财经"); /* the wire's dateline still names the outlet */
    gx_article_free(art);

    art = fixture_build("据格隆汇APP数据显示,港股通资金近期不断明显加仓腾讯。\n\n" BODY
                        "\n\n炒股就看金麒麟分析师APP,权威,专业,及时,全面,助您挖掘潜力主题机会!",
                        "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    assert_true(strncmp(boiler_text(art, 0), "炒股就看", strlen("炒股就看")) == 0);
    gx_article_free(art);
}

/* the portal's disclaimer; a statement that only credits ("声明:本文为X摘选文章") and a
 * headline about one stay; the editor stays */
static void test_disclaimer(void **state)
{
    (void)state;
    gx_article *art = fixture_build(BODY "\n\n肖华再发声明:依然支持莫雷\n\n"
                                    "新浪声明:新浪网登载此文出于传递更多信息之目的,并不意味着赞同其观点或证实其描述。"
                                    "文章内容仅供参考,不构成投资建议。投资者据此操作,风险自担。\n\n责任编辑:白仲平",
                                    "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    assert_true(strncmp(boiler_text(art, 0), "新浪声明:", strlen("新浪声明:")) == 0);
    gx_article_free(art);
}

/* a headline list runs to the article's own credit line */
static void test_headline_list(void **state)
{
    (void)state;
    gx_article *art = fixture_build("【推荐阅读】\n\n专题:\n\n美股闪崩创六年半最大跌幅!道指狂泻1175点\n\n"
                                    "白宫回应:\n\n白宫发言人回应暴跌:美国经济基本面“极为强劲”\n\n来源:天风证券\n\n" BODY,
                                    "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    const char *s = boiler_text(art, 0);
    assert_true(strncmp(s, "【推荐阅读】", strlen("【推荐阅读】")) == 0);
    assert_null(strstr(s, "来源"));
    gx_article_free(art);
}

/* masking blanks the lines for the stages and restores the text after them */
static void test_mask_restore(void **state)
{
    (void)state;
    gx_article *art = fixture_build(BODY "\n\n海量资讯、精准解读,尽在新浪财经APP", "标题", false);
    assert_non_null(art);
    assert_int_equal(art->boiler.n, 1);
    gx_span b = art->boiler.v[0];
    uint32_t first = art->cp[b.start];
    uint32_t *saved = gx_structure_boiler_mask(art);
    assert_non_null(saved);
    for (int32_t i = b.start; i < b.end; i++)
        assert_int_equal(art->cp[i], ' ');
    gx_structure_boiler_restore(art, saved);
    assert_int_equal(art->cp[b.start], first);
    gx_article_free(art);
}

/* through the engine: nothing of a headline list is reported (its 1175点 and 3%), the article's
 * amount is; the text keeps the list */
static void test_engine_reports_none(void **state)
{
    (void)state;
    gl_error err;
    assert_int_equal(gx_test_engine_setup(NULL), 0);
    const char *doc = BODY "\n\n热门推荐\n\n美股闪崩创六年半最大跌幅!道指狂泻1175点\n\n美油重挫3%失守64关口\n\n来源:天风证券";
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_TEXT, "标题", &err);
    assert_non_null(r);
    json_t *art = json_array_get(json_object_get(r, "articles"), 0);
    const char *text = json_string_value(json_object_get(art, "text"));
    assert_non_null(strstr(text, "1175点")); /* the text keeps the list */
    json_t *qs = json_object_get(art, "quantities");
    int money = 0;
    for (size_t k = 0; k < json_array_size(qs); k++) {
        const char *t = json_string_value(json_object_get(json_array_get(qs, k), "text"));
        assert_null(strstr(t, "1175"));
        assert_null(strstr(t, "3%"));
        money += !strcmp(t, "3亿元");
    }
    assert_int_equal(money, 1);
    json_decref(r);
    gx_test_engine_teardown(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_promotions_stay), cmocka_unit_test(test_story_links_stay),
        cmocka_unit_test(test_app_promo),      cmocka_unit_test(test_disclaimer),
        cmocka_unit_test(test_headline_list),  cmocka_unit_test(test_mask_restore),
        cmocka_unit_test(test_engine_reports_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
