/* test_people28.c — people, twenty-first session (helper "people28"): a contact's name before a
 * colon and a phone number, a handle that is a Chinese name; readings that are no persons: a
 * title's holders as a body (律师顾问团), a chain's name (…链), a made-up firm's name before a
 * company suffix (菲特尔国际有限公司), a name after an enumeration of two companies; a well-known
 * Japanese founder (people.tsv). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"

/* 《何琳：107微电同号》, 联系人张伟：138…: the name before the colon and the number */
static void test_contact_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("某某农场APP系统开发《何琳：107微电同号》某某农场模式系统开发。", NULL, NULL);
    assert_non_null(fixture_person(art, "何琳"));
    gx_article_free(art);
    /* (a place before its area code, a name inside running text) */
    const fixture_tag place[] = {{"常州", GX_ENT_LOCATION, 0.9f}};
    art = fixture_run_tagged("欢迎来电咨询，常州：0519-88886666。", place, 1);
    assert_null(fixture_find(art, "常州", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("欢迎来我司考察《Tel饶先生：158*8990*0189微电同号》。", NULL, NULL);
    assert_null(fixture_find(art, "饶先生", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("热点。周徐：2019年的莱特币就是2017年的比特币。", NULL, NULL);
    assert_null(fixture_find(art, "周徐", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("公司营收增长：120亿元。", NULL, NULL);
    assert_null(fixture_find(art, "增长", GX_ENT_PERSON));
    gx_article_free(art);
}

/* @正义网@何兵。: a handle that is a Chinese name, closed by punctuation */
static void test_handle_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("请关注此事#依法治国#@正义网@何兵。不忘初心。", NULL, NULL);
    assert_non_null(fixture_person(art, "何兵"));
    assert_null(fixture_find(art, "正义网", GX_ENT_PERSON));
    gx_article_free(art);
    /* (a handle that runs on past a name: @王者荣耀官方) */
    art = fixture_run("稳定收益@马金鹏M@高币哥@钱哥。龙网ID:1102218。", NULL, NULL);
    assert_null(fixture_find(art, "高币哥", GX_ENT_PERSON));
    assert_null(fixture_find(art, "钱哥", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("骨头渣渣都吃了@谈判人@王才亮。转发微博。", NULL, NULL);
    assert_null(fixture_find(art, "谈判人", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("转发给@王者荣耀官方。", NULL, NULL);
    assert_null(fixture_find(art, "王者", GX_ENT_PERSON));
    gx_article_free(art);
}

/* no persons: 律师顾问团, 托富链, 香港菲特尔国际有限公司, 中国移动、中国邮政、海泰宽 */
static void test_no_persons(void **state)
{
    (void)state;
    const fixture_tag t1[] = {{"顾问团", GX_ENT_PERSON, 0.87f}};
    gx_article *art = fixture_run_tagged("还有宜宾的律师顾问团：老百姓要回钱难。", t1, 1);
    assert_null(fixture_find(art, "顾问团", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t2[] = {{"托富链", GX_ENT_PERSON, 0.52f}};
    art = fixture_run_tagged("托富链名目讲授亮点：只必要一个手机号注册。", t2, 1);
    assert_null(fixture_find(art, "托富链", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t3[] = {{"菲特尔", GX_ENT_PERSON, 0.7f}};
    art = fixture_run_tagged("香港菲特尔国际有限公司提供外汇指数等产品，菲特尔外汇一致秉持优质服务。", t3, 1);
    assert_null(fixture_find(art, "菲特尔", GX_ENT_PERSON));
    gx_article_free(art);
    const fixture_tag t4[] = {{"海泰宽", GX_ENT_PERSON, 0.56f}};
    art = fixture_run_tagged("孵化大厅先后引进了天津银行、中国移动、中国邮政、海泰宽。", t4, 1);
    assert_null(fixture_find(art, "海泰宽", GX_ENT_PERSON));
    gx_article_free(art);
    /* (a name after one company only stays: 委托贾跃民、甘薇; a sure tagger reading stays) */
    const fixture_tag t5[] = {{"贾跃民", GX_ENT_PERSON, 0.7f}, {"甘薇", GX_ENT_PERSON, 0.9f}};
    art = fixture_run_tagged("他宣称已委托中国移动、贾跃民、甘薇行使股东权利。", t5, 2);
    assert_non_null(fixture_person(art, "贾跃民"));
    gx_article_free(art);
}

/* 稻盛和夫经常对员工说: a well-known founder of people.tsv without a title */
static void test_listed_founder(void **state)
{
    (void)state;
    gx_article *art = fixture_run("稻盛和夫经常对员工说要做客户的仆人。", NULL, NULL);
    assert_non_null(fixture_person(art, "稻盛和夫"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_name),
        cmocka_unit_test(test_handle_name),
        cmocka_unit_test(test_listed_founder),
        cmocka_unit_test(test_no_persons),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
