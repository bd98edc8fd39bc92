/* test_comp17.c — companies, wrong and missing, on the freshest sets (fourteenth session, helper
 * "comp17"): a broker's desk named by its firm as the text writes it (国金|策略, 国泰君安证券|研究所),
 * a layout mark glued before a legal name (●清源科技…), market infrastructure incorporated as a
 * company (中国证券登记结算有限责任公司), a legal name that takes no business word after it
 * (…有限责任公司|证券质押), a fund house named only inside its products' names (嘉实|新机遇), a
 * broker's Hong Kong code written (3308 HK), a firm's name cut into a person (宁|波海顺), a
 * describer or a verb before a generic firm word (顶尖|证券公司, 清理规范|金融控股集团), a known
 * company and a region read as a place (山东黄金|香港). The sentences are written for the tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_tagger.h"

/* a desk's name holds its firm: the entity is named by the firm as the text writes it */
static void test_desk_firm(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"国泰君安证券研究所", GX_ENT_COMPANY, 0.69f}};
    gx_article *art = fixture_run_tagged("国金策略：高分红策略将贯穿全年。国泰君安证券研究所首席市场分析师林隆鹏表示，节后市场情绪回升。",
                                         tags, 1);
    const gx_entity *e = fixture_company(art, "国金策略");
    assert_non_null(e);
    assert_string_equal(e->name, "国金");
    e = fixture_company(art, "国泰君安证券研究所");
    assert_non_null(e);
    assert_string_equal(e->name, "国泰君安证券");
    gx_article_free(art);
}

/* a bullet glued before a legal name is the layout's: the tagger's span starts after it */
static void test_layout_mark(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    gx_tagger *t = gx_tagger_load(getenv("GLEANER_DATA_DIR"), &err);
    assert_non_null(t);
    const char *text = "重要内容提示：\n●清源科技(厦门)股份有限公司(以下简称“公司”)控股股东解除质押。★华为公司表示。";
    gx_article *tagged = gx_article_new();
    gx_article_set_text(tagged, text, (int32_t)strlen(text));
    gx_tagger_propose(t, tagged);
    for (int i = 0; i < tagged->candidates.n; i++) {
        uint32_t first = tagged->cp[tagged->candidates.v[i].span.start];
        assert_true(first != 0x25CF /* ● */ && first != 0x2605 /* ★ */);
    }
    gx_article_free(tagged);
    gx_tagger_free(t);

    fixture_tag tags[] = {{"●清源科技(厦门)股份有限公司", GX_ENT_COMPANY, 0.50f}};
    gx_article *art = fixture_run_tagged("重要内容提示：\n●清源科技(厦门)股份有限公司关于股东减持股份的进展公告。", tags, 1);
    assert_non_null(fixture_company(art, "清源科技(厦门)股份有限公司"));
    assert_null(fixture_company(art, "●清源科技(厦门)股份有限公司"));
    gx_article_free(art);
}

/* the clearing house is a company (its legal name is a company's), and its name is whole */
static void test_clearing_house(void **state)
{
    (void)state;
    gx_article *art = fixture_run("备查文件：中国证券登记结算有限责任公司证券质押及司法冻结明细表。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "中国证券登记结算有限责任公司");
    assert_non_null(e);
    assert_string_equal(e->name, "中国证券登记结算有限责任公司");
    assert_null(fixture_company(art, "中国证券登记结算有限责任公司证券"));
    assert_null(fixture_find(art, "中国证券登记结算有限责任公司", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* a fund house named only inside its products' names is no company named; alone it is one */
static void test_fund_product_openings(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据统计，截至去年年末，嘉实新机遇、易方达瑞惠、招商丰庆(A/C)三只国家队基金平均仓位降至18%。"
                                  "其中，嘉实新机遇去年年末的仓位为40.68%。尚未正式成立的兴全合宜基金创下一日募集300亿的战绩。",
                                  NULL, NULL);
    assert_null(fixture_company(art, "嘉实"));
    assert_null(fixture_company(art, "易方达"));
    assert_null(fixture_company(art, "兴全"));
    gx_article_free(art);
    art = fixture_run("嘉实、易方达、博时等一线基金公司整体投研实力领先。易方达基金张坤等多位基金经理表现出彩。", NULL, NULL);
    assert_non_null(fixture_company(art, "嘉实"));
    assert_non_null(fixture_company(art, "易方达"));
    gx_article_free(art);
    /* fund-type words closing the name; not a company's shares */
    art = fixture_run("首募66.10亿元的嘉实价值精选股票、易方达创业板ETF都在榜单之中。", NULL, NULL);
    assert_null(fixture_company(art, "嘉实"));
    gx_article_free(art);
    fixture_tag tags[] = {{"合和实业有限公司", GX_ENT_COMPANY, 0.90f}};
    art = fixture_run_tagged("1973年3月12日，合和实业有限公司发行假股票的事件爆出。", tags, 1);
    assert_non_null(fixture_company(art, "合和实业有限公司"));
    gx_article_free(art);
}

/* a broker's Hong Kong code without its zeros and a space before HK: (3308 HK) */
static void test_spaced_hk_code(void **state)
{
    (void)state;
    gx_article *art = fixture_run("企业要闻：金鹰商贸(3308 HK)的主要业务为经营百货店。腾讯(700 HK)ADR收报436元。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "金鹰商贸");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "03308");
    assert_string_equal(e->ticker.exchange, "HKEX");
    e = fixture_company(art, "腾讯");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00700");
    gx_article_free(art);
}

/* a person starting inside a region the text writes whole is a firm's name cut */
static void test_person_inside_region(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"波海顺", GX_ENT_PERSON, 0.59f}, {"王海顺", GX_ENT_PERSON, 0.90f}};
    gx_article *art = fixture_run_tagged("01月23日讯 宁波海顺：沪指加速上涨。分析师王海顺认为，指数仍将震荡。", tags, 2);
    assert_null(fixture_person(art, "波海顺"));
    assert_non_null(fixture_person(art, "王海顺"));
    gx_article_free(art);
}

/* a describer of firms, and verbs of regulating, before a generic firm word: no name */
static void test_describer_and_regulating_verb(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"顶尖证券公司", GX_ENT_COMPANY, 0.65f}, {"金融控股集团", GX_ENT_COMPANY, 0.50f}};
    gx_article *art = fixture_run_tagged("其规模仅次于高盛、瑞银这两家顶尖证券公司。监管层要求严格规范交叉金融产品，清理规范金融控股集团。",
                                         tags, 2);
    assert_null(fixture_company(art, "顶尖证券公司"));
    assert_null(fixture_company(art, "清理规范金融控股集团"));
    assert_non_null(fixture_company(art, "高盛"));
    gx_article_free(art);
}

/* a known company and a region after it, read as a place, is the company's unit there */
static void test_company_and_region(void **state)
{
    (void)state;
    fixture_tag tags[] = {{"山东黄金香港", GX_ENT_LOCATION, 0.68f}};
    gx_article *art = fixture_run_tagged("山东黄金(01787)公布山东黄金香港要约收购及认购卡帝诺资源有限公司股份的最新情况。", tags, 1);
    assert_non_null(fixture_company(art, "山东黄金香港"));
    assert_null(fixture_find(art, "山东黄金香港", GX_ENT_LOCATION));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_desk_firm),
        cmocka_unit_test(test_layout_mark),
        cmocka_unit_test(test_clearing_house),
        cmocka_unit_test(test_fund_product_openings),
        cmocka_unit_test(test_spaced_hk_code),
        cmocka_unit_test(test_person_inside_region),
        cmocka_unit_test(test_describer_and_regulating_verb),
        cmocka_unit_test(test_company_and_region),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
