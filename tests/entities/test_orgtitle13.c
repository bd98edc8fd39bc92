/* test_orgtitle13.c — unlisted firms shown by a person's role or a source phrase (thirteenth
 * session, helper "orgtitle13", gx_entity_rules_roles.c): a firm right before a title with its
 * holder (X金融公司首席经济学家 + name), a research arm between them (X资本|研究院|首席研究员:
 * the firm is the company and the role's organization), a firm quoted as a source (根据X公司的
 * 数据, 正如X投顾所述, X公司数据显示), and the phrases that are none (可能导致公司实际控制人,
 * 挂牌公司股东, 该公司首席执行官, 上市公司数据显示). A data vendor written with 公司 is named as a
 * company (gx_resolve_entities.c). A region's state-owned group without its legal form
 * (江西省高速公路投资集团, gx_entity_rules_regional.c). The names are invented for the tests. */
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

/* The company entity holding the name, or NULL. */
/* The organization of the first role of the person named `name`, or NULL. */
static const char *role_org(const gx_article *art, const char *name)
{
    const gx_entity *p = fixture_person(art, name);
    return p && p->roles.n ? p->roles.v[0].organization : NULL;
}

/* X金融公司 before a chief's title and a Latin name: the company and the role's organization */
static void test_firm_before_title(void **state)
{
    (void)state;
    gx_article *art = fixture_run("两年期美债收益率下跌。第一恒信金融公司首席市场经济学家Peter Smith表示，市场正在消化消息。",
                                  NULL, NULL);
    assert_non_null(fixture_company(art, "第一恒信金融公司"));
    const char *org = role_org(art, "Peter Smith");
    assert_non_null(org);
    assert_string_equal(org, "第一恒信金融公司");
    gx_article_free(art);
    /* a Chinese holder the tagger reads */
    static const fixture_tag tag[] = {{"王立明", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("对此，鼎泰咨询公司董事长王立明表示，行业仍在调整。", tag, 1);
    assert_non_null(fixture_company(art, "鼎泰咨询公司"));
    gx_article_free(art);
}

/* a research arm after the firm is the firm's: X资本 is the company, also with a typo in the
 * title that the tagger reads into one organization */
static void test_firm_arm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者采访了利丰资本研究院首席研究员施明，在他看来，这些看法是片面的。", NULL, NULL);
    assert_non_null(fixture_company(art, "利丰资本"));
    assert_null(fixture_find(art, "利丰资本研究院", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    static const fixture_tag tag[] = {{"利丰资本研究院首席研究院", GX_ENT_ORGANIZATION, 0.6f}};
    art = fixture_run_tagged("记者采访了利丰资本研究院首席研究院施明，在他看来，这些看法是片面的。", tag, 1);
    assert_non_null(fixture_company(art, "利丰资本"));
    gx_article_free(art);
}

/* 公司 before a title as a phrase: no company */
static void test_firm_before_title_not(void **state)
{
    (void)state;
    static const char *const none[] = {"质押股权从而可能导致公司实际控制人发生变更。", "归属于挂牌公司股东的净利润为负。",
                                       "该公司首席执行官Tom Lee表示，业绩会改善。", "两家公司董事长Tom Lee表示，合作会继续。",
                                       "武汉科技大学金融证券研究所所长张明说，利率会下行。"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        gx_article *art = fixture_run(none[i], NULL, NULL);
        for (int k = 0; k < art->entities.n; k++)
            if (art->entities.v[k].type == GX_ENT_COMPANY)
                fail_msg("%s: company %s", none[i], art->entities.v[k].name);
        gx_article_free(art);
    }
}

/* a firm quoted as a source */
static void test_source_firm(void **state)
{
    (void)state;
    gx_article *art = fixture_run("相比之下，根据星海公司的数据，所有类别的基金都在流出。", NULL, NULL);
    assert_non_null(fixture_company(art, "星海公司"));
    gx_article_free(art);
    art = fixture_run("从两方面来看，正如巨海投顾所述，一方面外围市场暴跌。", NULL, NULL);
    assert_non_null(fixture_company(art, "巨海投顾"));
    gx_article_free(art);
    art = fixture_run("去年，星辰咨询公司数据显示，房价上涨。", NULL, NULL);
    assert_non_null(fixture_company(art, "星辰咨询公司"));
    gx_article_free(art);
    static const char *const none[] = {"据上市公司统计，利润上涨。", "这家公司的数据显示，利润上涨。",
                                       "可能导致公司数据显示异常。"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        art = fixture_run(none[i], NULL, NULL);
        for (int k = 0; k < art->entities.n; k++)
            if (art->entities.v[k].type == GX_ENT_COMPANY)
                fail_msg("%s: company %s", none[i], art->entities.v[k].name);
        gx_article_free(art);
    }
}

/* a data vendor written with 公司 is a company; without it, a credit for the figure */
static void test_vendor_with_company_word(void **state)
{
    (void)state;
    gx_article *art = fixture_run("相比之下，根据晨星公司的数据，所有类别的基金都在流出。", NULL, NULL);
    assert_non_null(fixture_company(art, "晨星公司"));
    gx_article_free(art);
    art = fixture_run("相比之下，根据晨星的数据，所有类别的基金都在流出。", NULL, NULL);
    assert_null(fixture_company(art, "晨星"));
    gx_article_free(art);
}

/* a region's full name, its trade and 集团: one company; not a government acting on a group, nor
 * the legal name's part */
static void test_regional_group(void **state)
{
    (void)state;
    gx_article *art = fixture_run("方大九钢喜中江西省高速公路投资集团祁婺高速公路项目钢材供应权。", NULL, NULL);
    assert_non_null(fixture_company(art, "江西省高速公路投资集团"));
    gx_article_free(art);
    art = fixture_run("收到股东深圳市鹏格集团（以下简称“鹏格集团”）的通知。", NULL, NULL);
    assert_non_null(fixture_company(art, "深圳市鹏格集团"));
    gx_article_free(art);
    art = fixture_run("佛山市政府约谈万科集团，要求整改。", NULL, NULL);
    assert_null(fixture_find(art, "佛山市政府约谈万科集团", -1));
    gx_article_free(art);
    art = fixture_run("三大股东为湖北省能源集团有限公司和三峡集团。", NULL, NULL);
    assert_non_null(fixture_company(art, "湖北省能源集团有限公司"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_firm_before_title),
        cmocka_unit_test(test_firm_arm),
        cmocka_unit_test(test_firm_before_title_not),
        cmocka_unit_test(test_source_firm),
        cmocka_unit_test(test_vendor_with_company_word),
        cmocka_unit_test(test_regional_group),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
