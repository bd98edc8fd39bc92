/* test_gaz12.c — the curated list of well-known companies, eleventh session (helper "gaz12"):
 * companies any financial reader knows are found without other evidence in the text (VC/PE
 * firms, unlisted Chinese companies, global industrial and pharma firms by their Chinese names),
 * short forms of A-share companies carry the A-share ticker, a US listing dated in the text gets
 * its ticker, and forms left out because they lie inside ordinary words stay unmatched
 * (data/lexicon/global_companies.tsv). The tagger is left out (fixture_run: lexicon + rules +
 * resolution only). */
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
#include "gx_entity_util.h"
#include "gx_lexicon.h"
#include "gx_quantity.h"

/* Well-known names with no other evidence: an investor, a handset maker, a robot maker, a
 * venture firm by its usual short form. */
static void test_known_without_evidence(void **state)
{
    (void)state;
    gx_article *art = fixture_run("东方富海减持期已过半，累计减持公司股份120万股。", NULL, NULL);
    assert_non_null(fixture_company(art, "东方富海"));
    gx_article_free(art);
    art = fixture_run("破产8个月后，金立毅然选择了重整。", NULL, NULL);
    assert_non_null(fixture_company(art, "金立"));
    gx_article_free(art);
    art = fixture_run("美的集团巨资收购德国库卡，库卡的业绩受到关注。", NULL, NULL);
    assert_non_null(fixture_company(art, "库卡"));
    gx_article_free(art);
    art = fixture_run("本轮融资由GGV纪源资本领投，峰瑞资本、北极光投资跟投。", NULL, NULL);
    assert_non_null(fixture_company(art, "GGV纪源资本"));
    assert_non_null(fixture_company(art, "峰瑞资本"));
    assert_non_null(fixture_company(art, "北极光投资"));
    gx_article_free(art);
    art = fixture_run("中原信托官网发布消息，赵卫华出任公司董事长。", NULL, NULL);
    assert_non_null(fixture_company(art, "中原信托"));
    gx_article_free(art);
}

/* Short forms of A-share companies carry the A-share ticker; a US listing named in an article
 * dated after it carries its ticker. */
static void test_short_forms_and_tickers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("快递业务量增速放缓，顺丰、圆通的单票收入均有回升。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "顺丰");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "002352");
    e = fixture_company(art, "圆通");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600233");
    gx_article_free(art);
    art = fixture_run_undated("2020年5月6日，爱尔康公布一季度业绩，净销售额下降。");
    e = fixture_company(art, "爱尔康");
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "ALC");
    assert_string_equal(e->ticker.exchange, "NYSE");
    gx_article_free(art);
}

/* Forms left out because they lie inside ordinary words: no company there. */
static void test_forms_inside_words(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该产品的夏普比率较高，最大回撤较小。", NULL, NULL);
    assert_null(fixture_company(art, "夏普"));
    gx_article_free(art);
    art = fixture_run("记者梳理光线传媒近年的业绩发现，其利润波动较大。", NULL, NULL);
    assert_null(fixture_company(art, "理光"));
    gx_article_free(art);
    art = fixture_run("日本钢铁企业的出口价格上涨。", NULL, NULL);
    assert_null(fixture_company(art, "本钢"));
    gx_article_free(art);
    art = fixture_run("交易到期时，债券借入方需归还同等数量的债券。", NULL, NULL);
    assert_null(fixture_company(art, "易到"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_without_evidence),
        cmocka_unit_test(test_short_forms_and_tickers),
        cmocka_unit_test(test_forms_inside_words),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
