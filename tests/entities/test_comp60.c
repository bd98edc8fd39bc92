/* test_comp60.c — companies, twenty-fifth session (helper "comp60"): the left edges of legal names and
 * long names. A one-character stop that ends a generic word of the name (大数|据, gx_name_left), a
 * word for firms before a business word (企业|管理, gx_name_left_over_business), a run of business
 * words after a bracketed place (（北京）投资管理有限公司), a generic company suffix before a region
 * (网友咨询|北京…: no parent) and the region then a sure edge (…电话|武汉…有限公司|沙小僧), a title's
 * firm cut inside an ordinary word (和|谐…), capitals joined by dots (T.E数字科技), a known short name
 * glued after a Latin word (UXEL|优信: another firm than the listed one), a tagger's name cut inside
 * its trade name (聆听正|宇…). (A tagger's name one or two characters before its region, 管理人|江苏…,
 * needs the tagger's reading of the rest at another place only, which hand-given spans, tagged at
 * every occurrence, cannot pin: shown on ccf-4221.)
 * Texts written for the test; the real tagger is loaded for its word lexicon; tagger spans, where
 * a test needs them, are given by hand. */
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

/* 据 is a stop alone, but here it ends 数据, a word of the name */
static void test_stop_inside_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("一家名为云南星河大数据科技有限公司的企业，投资做农业。", NULL, 0);
    assert_non_null(fixture_company(art, "云南星河大数据科技有限公司"));
    gx_article_free(art);
}

/* 企业 before 管理 is the business scope: the name opens before it */
static void test_firm_word_before_business(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("记者举报杭州蓝天白云企业管理有限公司拖欠工资。", NULL, 0);
    assert_non_null(fixture_company(art, "杭州蓝天白云企业管理有限公司"));
    assert_null(fixture_company(art, "企业管理有限公司"));
    gx_article_free(art);
}

/* a bracketed place before a run of business words and the legal form */
static void test_business_run_after_bracket(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("此信息由用户发布。星河远航(上海)投资管理有限公司一直致力于服务投资者。", NULL, 0);
    assert_non_null(fixture_company(art, "星河远航(上海)投资管理有限公司"));
    gx_article_free(art);
}

/* 咨询 before a region is the verb's object (a generic suffix names no parent); the region is then
 * a sure left edge and the legal form ends the name whatever follows */
static void test_region_after_phrase(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("昨天接到读者咨询上海星河远航资产管理有限公司的情况。", NULL, 0);
    assert_null(fixture_company(art, "接到读者咨询上海星河远航资产管理有限公司"));
    assert_non_null(fixture_company(art, "上海星河远航资产管理有限公司"));
    gx_article_free(art);
    art = fixture_run_tagged("敬请放心工作时间接听电话南京星河远航金融信息服务有限公司王小明说已经报警。", NULL, 0);
    assert_non_null(fixture_company(art, "南京星河远航金融信息服务有限公司"));
    gx_article_free(art);
    /* (a group before the region is still its parent: the name stays whole) */
    art = fixture_run_tagged("公司由中国能源建设集团山西电力建设有限公司承建。", NULL, 0);
    assert_non_null(fixture_company(art, "中国能源建设集团山西电力建设有限公司"));
    gx_article_free(art);
}

/* a firm before a title whose edge cuts 和谐 is no name */
static void test_title_firm_cut_inside_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("借助风控体系和安全模式和谐运作星河全球董事长于金源承诺为投资者打造。", NULL, 0);
    assert_null(fixture_company(art, "谐运作星河"));
    gx_article_free(art);
}

/* capitals joined by dots open the name */
static void test_dotted_initials(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("高级副总裁兼A.B智能科技首席执行官张三分别代表双方签约。", NULL, 0);
    assert_null(fixture_company(art, "B智能科技"));
    assert_non_null(fixture_company(art, "A.B智能科技"));
    gx_article_free(art);
}

/* a known short name glued after a word of capitals names another firm than the listed one */
static void test_short_name_after_latin_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run_tagged("XYZW优信是正规的平台吗？投资者XYZW优信亏损的资金能追回吗？", NULL, 0);
    const gx_entity *e = fixture_company(art, "优信");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
    /* (written alone it is the listed firm) */
    art = fixture_run_tagged("优信发布财报，优信二手车交易量增长。", NULL, 0);
    assert_ticker(fixture_company(art, "优信"), "UXIN", "NASDAQ");
    gx_article_free(art);
}

/* the tagger's name cut inside its trade name, which a sure reading elsewhere opens */
static void test_trade_name_cut(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"宇辰控股集团公司", GX_ENT_COMPANY, 0.39f}, {"星宇辰集团公司", GX_ENT_COMPANY, 0.96f}};
    gx_article *art = fixture_run_tagged("请认真聆听星宇辰控股集团公司的顶层设计。众多中小企业与星宇辰集团公司对接。", tags, 2);
    assert_null(fixture_company(art, "宇辰控股集团公司"));
    assert_non_null(fixture_company(art, "星宇辰控股集团公司"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stop_inside_word),
        cmocka_unit_test(test_firm_word_before_business),
        cmocka_unit_test(test_business_run_after_bracket),
        cmocka_unit_test(test_region_after_phrase),
        cmocka_unit_test(test_title_firm_cut_inside_word),
        cmocka_unit_test(test_dotted_initials),
        cmocka_unit_test(test_short_name_after_latin_word),
        cmocka_unit_test(test_trade_name_cut),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
