/* test_comp12.c — company names of the eleventh session's second company round (helper
 * "comp12"): a legal name a portal's inline stock quote cuts, after its country
 * (中国农业银行(3.460,…)股份有限公司盐城分行: gx_entity_rules_suffix.c, gx_resolve.c); a factory
 * named by its city and trade (沈阳防爆器械厂: gx_entity_rules_factory.c); the holder that
 * sells or buys shares and that the article names again (东方富海减持…: gx_entity_rules_frames.c);
 * a legal name after 的 (集时有限公司); words holding names (点点滴滴, 邮政编码); a fund firm after
 * 私募; a known company's unit in a country (诺华爱尔兰: gx_entity_rules_units.c).
 * The tagger's proposals are given by hand where a rule needs them (fixture_run_tagged). */
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

/* the legal name over the quote is one mention; the short name before the quote is no entity */
static void test_quote_inside_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run(
        "集团将原质押给中国农业银行(3.460,-0.01,-0.29%)股份有限公司盐城分行和中国光大银行(3.830,0.02,0.52%)"
        "股份有限公司绍兴支行的股份解除质押。",
        NULL, NULL);
    assert_non_null(fixture_find(art, "中国农业银行(3.460,-0.01,-0.29%)股份有限公司盐城分行", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中国光大银行(3.830,0.02,0.52%)股份有限公司绍兴支行", GX_ENT_COMPANY));
    assert_int_equal(art->entities.n, 2); /* (光大银行 is the branch's parent: an alias) */
    gx_article_free(art);
    /* a portal's code marker after the quote is inside the name too */
    art = fixture_run("控股股东向杭州银行(8.300,-0.01,-0.12%)(行情600926,诊股)股份有限公司绍兴分行质押4447.49万股。", NULL, NULL);
    assert_non_null(fixture_find(art, "杭州银行(8.300,-0.01,-0.12%)(行情600926,诊股)股份有限公司绍兴分行", GX_ENT_COMPANY));
    assert_int_equal(art->entities.n, 1);
    gx_article_free(art);
}

/* a region, a trade and 厂: a company; a factory word (超级工厂), 厂长 and a bare trade are not */
static void test_factory(void **state)
{
    (void)state;
    gx_article *art = fixture_run("1986年8月，沈阳防爆器械厂宣告破产。后来，哈尔滨阿城糖厂破产。", NULL, NULL);
    assert_non_null(fixture_find(art, "沈阳防爆器械厂", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "哈尔滨阿城糖厂", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("特斯拉上海超级工厂投产，上海制药厂长表示，北京发电厂停产。", NULL, NULL);
    assert_null(fixture_find(art, "上海超级工厂", -1));
    assert_null(fixture_find(art, "上海制药厂", -1));
    assert_null(fixture_find(art, "北京发电厂", -1));
    gx_article_free(art);
}

/* a holder of four characters opening the clause of 减持, named again, with a name the tagger
 * reads inside it; a phrase (连续违规减持) is none */
static void test_holder_of_sale(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"富海", GX_ENT_PERSON, 0.49f}};
    gx_article *art = fixture_run_tagged(
        "永东股份：东方富海减持期已过半。公司收到东方富海的告知函，东方富海此次减持时间已过半。", tags, 1);
    assert_non_null(fixture_find(art, "东方富海", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run_tagged("监管：连续违规减持将受处罚。投资者反映连续违规的情况。", tags, 1);
    assert_null(fixture_find(art, "连续违规", -1));
    gx_article_free(art);
}

/* a legal form after two characters and 的 is a name where the tagger reads the same name */
static void test_legal_name_after_particle(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"集时有限公司", GX_ENT_COMPANY, 0.66f}};
    gx_article *art = fixture_run_tagged("拟向孙粗洪间接全资拥有的集时有限公司收购资产。", tags, 1);
    assert_non_null(fixture_find(art, "集时有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("拟向孙粗洪间接全资拥有的集时有限公司收购资产。", NULL, NULL);
    assert_null(fixture_find(art, "集时有限公司", -1));
    gx_article_free(art);
}

/* the second half of a word of two doubled characters (点点滴滴) names nothing; a form's field
 * (邮政编码) is no 邮政 */
static void test_words_holding_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("同时与大家分享市场的点点滴滴，寄希望成为您每日必看的交易攻略。", NULL, NULL);
    assert_null(fixture_find(art, "滴滴", -1));
    gx_article_free(art);
    static const fixture_tag tags[] = {{"邮政", GX_ENT_COMPANY, 0.68f}};
    art = fixture_run_tagged("收件人：资本运营部\n邮政编码：100029\n", tags, 1);
    assert_null(fixture_find(art, "邮政", -1));
    gx_article_free(art);
}

/* a name of two or three characters and a firm word after the describer 私募; kinds after it
 * (私募股权基金, 私募产品投资) and a product (私募FOF) are none */
static void test_fund_firm_after_describer(void **state)
{
    (void)state;
    gx_article *art = fixture_run("英雄宝刀未老，除了老牌私募朱雀股权外，知名私募淡水泉投资表示看好。", NULL, NULL);
    assert_non_null(fixture_find(art, "朱雀股权", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "淡水泉投资", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("私募股权基金和大型私募产品投资。明星私募FOF值得买吗？", NULL, NULL);
    assert_int_equal(art->entities.n, 0);
    gx_article_free(art);
}

/* a known company and a country after it, then a clear edge: the company's unit there; not
 * before a conjunction (花旗美国和加拿大的经济学家) nor a company word, nor a Chinese region
 * (星展银行香港: where the bank works) */
static void test_country_unit(void **state)
{
    (void)state;
    gx_article *art = fixture_run("并协议在交割之日5年内通过标的公司向诺华爱尔兰供应三种药品。", NULL, NULL);
    assert_non_null(fixture_find(art, "诺华爱尔兰", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("花旗美国和加拿大的经济学家彼得森表示。星展银行香港起诉两名客户。", NULL, NULL);
    assert_null(fixture_find(art, "花旗美国", -1));
    assert_null(fixture_find(art, "星展银行香港", -1));
    gx_article_free(art);
}

/* two adjacent tagger persons whose second runs into a known company are not one name */
static void test_person_before_known_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"姚劲波", GX_ENT_PERSON, 0.7f}, {"祝贺贝壳", GX_ENT_PERSON, 0.42f}};
    gx_article *art = fixture_run_tagged("58同城姚劲波祝贺贝壳找房上市。", tags, 2);
    assert_null(fixture_find(art, "姚劲波祝贺贝壳", -1));
    assert_non_null(fixture_find(art, "贝壳找房", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a weak listed name (小米 is millet too) before its investors or its holding is the company */
static void test_weak_name_investors(void **state)
{
    (void)state;
    gx_article *art = fixture_run("媒体称，小米多位投资人退出华米科技。", NULL, NULL);
    assert_non_null(fixture_find(art, "小米", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* a name after a strong describer that the article repeats and makes a subject is a company even
 * where the tagger never reads it; a verb after the describer is none */
static void test_repeated_name_after_describer(void **state)
{
    (void)state;
    gx_article *art = fixture_run("美的集团巨资收购德国工业机器人巨头库卡曾经轰动一时。\n库卡的业绩真的如此不堪吗？"
                                  "美的收购库卡案例。", NULL, NULL);
    assert_non_null(fixture_find(art, "库卡", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("科技巨头登陆港股。登陆港股的公司不少，登陆以后再说。", NULL, NULL);
    assert_null(fixture_find(art, "登陆", -1));
    gx_article_free(art);
}

/* two characters and 股份 named three times, once after 对 or as a subject: a company; shares of
 * a kind (限售股份, 公司股份) are none */
static void test_share_shaped_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("短文《应立即停止对蓝田股份发放贷款》。银行停止对蓝田股份发放的新的贷款。"
                                  "公开了蓝田股份会计报表的研究推理摘要。", NULL, NULL);
    assert_non_null(fixture_find(art, "蓝田股份", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("限售股份解禁。对限售股份的规定，限售股份的数量。", NULL, NULL);
    assert_null(fixture_find(art, "限售股份", -1));
    gx_article_free(art);
}

/* two items closed by 等, one known: the other is a company where the tagger reads one from its
 * start; without that reading, nothing */
static void test_pair_with_known_company(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"银隆", GX_ENT_COMPANY, 0.39f}};
    gx_article *art = fixture_run_tagged("她炮轰乐视网，力挺科大讯飞、银隆新能源等。", tags, 1);
    assert_non_null(fixture_find(art, "银隆新能源", GX_ENT_COMPANY));
    gx_article_free(art);
    art = fixture_run("她炮轰乐视网，力挺科大讯飞、人工智能概念等。", NULL, NULL);
    assert_null(fixture_find(art, "人工智能概念", -1));
    gx_article_free(art);
}

/* what one earns (赚不到快钱) is money, not the firm the tagger read */
static void test_earned_money_no_firm(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"快钱", GX_ENT_COMPANY, 0.52f}};
    gx_article *art = fixture_run_tagged("撬“板”不仅赚不到快钱，反而浪费了宝贵的“弹药”。", tags, 1);
    assert_null(fixture_find(art, "快钱", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quote_inside_legal_name),
        cmocka_unit_test(test_factory),
        cmocka_unit_test(test_holder_of_sale),
        cmocka_unit_test(test_legal_name_after_particle),
        cmocka_unit_test(test_words_holding_names),
        cmocka_unit_test(test_fund_firm_after_describer),
        cmocka_unit_test(test_country_unit),
        cmocka_unit_test(test_person_before_known_company),
        cmocka_unit_test(test_weak_name_investors),
        cmocka_unit_test(test_repeated_name_after_describer),
        cmocka_unit_test(test_share_shaped_name),
        cmocka_unit_test(test_pair_with_known_company),
        cmocka_unit_test(test_earned_money_no_firm),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
