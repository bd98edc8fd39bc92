/* test_gov19.c — government bodies, nineteenth session (helper "gov19", issue 3): a ministry's
 * department named alone (外资司, 利用外资和境外投资司), not the words ending in 司 (吐司, 盎司, 航司,
 * 到司); a mission's representative office, delegation or a place's office (台湾驻美代表处,
 * 中国驻美国代表团, 北京市驻深圳办事处); a place's 人大常委会 and 政协; a place's bureau by its
 * task and 局 (中国国际进口博览局; not 骗局); a place's body named by its level alone (省发改委: the
 * place's, an alias of 陕西省发改委, never the national 发改委) or without its province
 * (安徽省黄山市公安局 … 黄山市公安局); a résumé's party membership (加入中国共产党) and a body's
 * party committee (公安局党委: the body). */
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
#include "gx_entities.h"

/* 外资司负责同志与…: the department alone; two tasks joined with 和 are one department, after its
 * ministry or alone. */
static void test_department_alone(void **state)
{
    (void)state;
    gx_article *art = fixture_run("8月28日，外资司负责同志与秘鲁驻华公使举行会谈。商务部利用外资和境外投资司负责人介绍了情况。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "外资司", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "商务部利用外资和境外投资司", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("来源：利用外资和境外投资司子站。", NULL, NULL);
    assert_non_null(fixture_find(art, "利用外资和境外投资司", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 吐司, 盎司, 航司, 到司, 188年前|司汤达: no department. */
static void test_not_department(void **state)
{
    (void)state;
    gx_article *art = fixture_run("多米叔叔手工吐司加盟。金价涨到每一盎司1800美元。欧洲航司削减航班。欢迎到司考察。188年前司汤达写下小说。",
                                  NULL, NULL);
    assert_null(fixture_find(art, "多米叔叔手工吐司", -1));
    assert_null(fixture_find(art, "手工吐司", -1));
    assert_null(fixture_find(art, "一盎司", -1));
    assert_null(fixture_find(art, "欧洲航司", -1));
    assert_null(fixture_find(art, "欢迎到司", -1));
    assert_null(fixture_find(art, "年前司", -1));
    gx_article_free(art);
}

/* Representative offices, delegations and a place's office in another place are missions. */
static void test_missions(void **state)
{
    (void)state;
    gx_article *art = fixture_run("台湾驻美代表处发表声明。中国驻美国代表团表示反对。北京市驻深圳办事处负责接待。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "台湾驻美代表处", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "中国驻美国代表团", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "北京市驻深圳办事处", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A place's standing committee of its congress and its CPPCC, whole; after a bare level too. */
static void test_congress_units(void **state)
{
    (void)state;
    gx_article *art = fixture_run("杭州市人大常委会审议通过了该条例。宁波市政协召开全体会议。", NULL, NULL);
    assert_non_null(fixture_find(art, "杭州市人大常委会", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "杭州市人大常委", -1));
    assert_non_null(fixture_find(art, "宁波市政协", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* (the county named as 该县: its 县政协) */
    art = fixture_run("该县县政协主席出席了会议。", NULL, NULL);
    assert_non_null(fixture_find(art, "县政协", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 中国国际进口博览局: a country, a task and 局; 骗局 is a scam. */
static void test_bureau(void **state)
{
    (void)state;
    gx_article *art = fixture_run("中国国际进口博览局副局长表示筹备顺利。浙江惊现新骗局，美国当局表示关注。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国国际进口博览局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "博览局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "浙江惊现新骗局", -1));
    gx_article_free(art);
}

/* 省发改委 after 陕西省发改委 is the same body; alone it is the province's, not the NDRC. */
static void test_level_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据西安晚报从陕西省发改委获悉，投资增长。据了解，省发改委围绕目标推进项目。", NULL, NULL);
    const gx_entity *whole = fixture_find(art, "陕西省发改委", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_ptr_equal(fixture_find(art, "省发改委", GX_ENT_GOVERNMENT), whole);
    assert_null(fixture_find(art, "国家发改委", -1));
    gx_article_free(art);
    art = fixture_run("记者从江苏省商务厅获悉，省发改委联合发文。", NULL, NULL);
    assert_non_null(fixture_find(art, "省发改委", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "国家发改委", -1));
    gx_article_free(art);
}

/* A résumé's party membership is no body; a bureau's party committee (the tagger's reading) is the
 * bureau, the same body as the city's bureau named without its province. */
static void test_party_words(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"安徽省黄山市公安局党委", GX_ENT_GOVERNMENT, 0.9f}};
    gx_article *art = fixture_run_tagged(
        "黄山市公安局原副局长坠亡。安徽省黄山市公安局党委原副书记、副局长钱丰坠楼。他1989年2月加入中国共产党。", tags, 1);
    assert_null(fixture_find(art, "中国共产党", -1));
    assert_null(fixture_find(art, "安徽省黄山市公安局党委", -1));
    const gx_entity *whole = fixture_find(art, "安徽省黄山市公安局", GX_ENT_GOVERNMENT);
    assert_non_null(whole);
    assert_ptr_equal(fixture_find(art, "黄山市公安局", GX_ENT_GOVERNMENT), whole);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bureau),
        cmocka_unit_test(test_congress_units),
        cmocka_unit_test(test_department_alone),
        cmocka_unit_test(test_level_body),
        cmocka_unit_test(test_missions),
        cmocka_unit_test(test_not_department),
        cmocka_unit_test(test_party_words),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
