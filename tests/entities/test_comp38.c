/* test_comp38.c — names with a wrong edge and generic phrases read as companies (twenty-first
 * session, helper "comp38"): words glued before a name that are never part of it (cues.tsv
 * left_stop 来头, 跑路, 存入), weibo markup (#topic#, @handle: gx_cand_markup.c), the copula 系
 * opening a clause, a look-back cut at its length (gx_name_left_past_cap), kinds of business
 * (技术服务公司, 智能交易, 亚洲金融中心). Texts written for the test; the tagger's proposals are
 * given by hand where the tagger made the error. */
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

/* a noun or a verb glued before a name (大有来头|…有限公司, 卷款跑路|嘉恒房产) ends its look-back */
static void test_glued_words_before_names(void **state)
{
    (void)state;
    gx_article *art = fixture_run("这个团队也是大有来头安徽乐果文化传媒有限公司是最早的内容公司之一。", NULL, NULL);
    assert_non_null(fixture_find(art, "安徽乐果文化传媒有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "来头安徽乐果文化传媒有限公司", -1));
    gx_article_free(art);
    art = fixture_run("负责人涉嫌诈骗，卷款跑路嘉恒房产是一家房屋出租托管公司。员工说卷款跑路嘉恒房产的老板已失联。", NULL, NULL);
    assert_non_null(fixture_find(art, "嘉恒房产", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "卷款跑路嘉恒房产", -1));
    gx_article_free(art);
    art = fixture_run("就算你有一些闲钱，存入银行，也会忧虑明年的购买力。", NULL, NULL);
    assert_null(fixture_find(art, "存入银行", -1));
    gx_article_free(art);
    art = fixture_run("三藏资本——专注股权咨询的参股孵化平台。", NULL, NULL);
    assert_null(fixture_find(art, "专注股权咨询", -1));
    gx_article_free(art);
}

/* a hash sign closes a topic and an at sign opens a handle: no name spans either */
static void test_weibo_markup(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"钱旺#集团", GX_ENT_COMPANY, 0.8f}, {"平安朝阳@北京朝阳", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("#不忘初心#钱旺#集团倡导互联网加实体经济。求主持公道@平安朝阳@北京朝阳@北京卫视", tags, 2);
    assert_null(fixture_find(art, "钱旺#集团", -1));
    assert_non_null(fixture_find(art, "钱旺", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "平安朝阳@北京朝阳", -1));
    gx_article_free(art);
}

/* the copula 系 after a comma says who someone is: the legal name starts after it (系统 opens names) */
static void test_copula_before_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("警方逮捕了犯罪嫌疑人冯某某，系佳联易购电子商务（集团）有限公司法人代表。", NULL, NULL);
    assert_null(fixture_find(art, "系佳联易购电子商务(集团)有限公司", -1));
    assert_null(fixture_find(art, "系佳联易购电子商务（集团）有限公司", -1));
    assert_true(fixture_find(art, "佳联易购电子商务(集团)有限公司", GX_ENT_COMPANY) != NULL ||
                fixture_find(art, "佳联易购电子商务（集团）有限公司", GX_ENT_COMPANY) != NULL);
    gx_article_free(art);
}

/* a look-back that ran its whole length reaches a stop word a little further left */
static void test_lookback_past_its_length(void **state)
{
    (void)state;
    gx_article *art = fixture_run("该公司通过再保险巨头通用科隆再保险公司等附属机构从事再保险业务。", NULL, NULL);
    assert_non_null(fixture_find(art, "通用科隆再保险公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "用科隆再保险公司", -1));
    gx_article_free(art);
}

/* kinds of business are no names (技术服务公司, 多元化投资集团, 智能|交易, 亚洲|金融中心) */
static void test_kinds_of_business(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"技术服务公司", GX_ENT_COMPANY, 0.8f},
                                       {"多元化投资集团", GX_ENT_COMPANY, 0.8f},
                                       {"智能交易", GX_ENT_COMPANY, 0.8f},
                                       {"亚洲金融中心", GX_ENT_COMPANY, 0.8f}};
    gx_article *art = fixture_run_tagged("宁鑫科技作为技术服务公司提供服务。它是一家保险和多元化投资集团。"
                                         "招银汇金智能交易App上线。香港作为亚洲金融中心有优势。",
                                         tags, 4);
    assert_null(fixture_find(art, "技术服务公司", -1));
    assert_null(fixture_find(art, "多元化投资集团", -1));
    assert_null(fixture_find(art, "智能交易", -1));
    assert_null(fixture_find(art, "亚洲金融中心", -1));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_words_before_names),
        cmocka_unit_test(test_weibo_markup),
        cmocka_unit_test(test_copula_before_name),
        cmocka_unit_test(test_lookback_past_its_length),
        cmocka_unit_test(test_kinds_of_business),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
