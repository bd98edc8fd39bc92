/* test_comp20.c — company edges and names in long stories (fifteenth session, round 4, helper
 * "comp20"): a one-character stop word right after a list comma opens a legal name
 * (…、至|誉科技(武汉)有限公司), and the rows and aliases added to data/lexicon/global_companies.tsv
 * (首都机场集团, e租宝, 钱宝网, 日上免税行, 国科嘉和, 苏宁金服 …), and names ending in a sector's firms
 * (油服板块公司), old funds (华夏老基金) or an adverb (贝斯达顺利), 外资行 and 汇金证金. The sentences are written for the tests. */
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

/* a list item's legal name starts at the list comma, also when its first character is a stop word;
 * the same character after a clause's comma still cuts nothing away from elsewhere */
static void test_list_item_stop_char(void **state)
{
    (void)state;
    gx_article *art = fixture_run("参展企业有武汉先达监测技术股份有限公司、至誉科技(武汉)有限公司。", NULL, NULL);
    assert_non_null(fixture_company(art, "武汉先达监测技术股份有限公司"));
    assert_non_null(fixture_company(art, "至誉科技(武汉)有限公司"));
    assert_null(fixture_company(art, "誉科技(武汉)有限公司"));
    gx_article_free(art);
}

/* unlisted groups and platforms the list now holds, and aliases of rows it held */
static void test_added_rows(void **state)
{
    (void)state;
    gx_article *art = fixture_run("零售业务由母公司首都机场集团旗下公司负责运营，T1航站楼与日上免税行续约8年。", NULL, NULL);
    assert_non_null(fixture_company(art, "首都机场集团"));
    assert_non_null(fixture_company(art, "日上免税行"));
    gx_article_free(art);
    art = fixture_run("从e租宝到钱宝网，平台接连暴雷。慧拓智能曾获得国科嘉和投资的Pre-A轮融资。", NULL, NULL);
    assert_non_null(fixture_company(art, "e租宝"));
    assert_non_null(fixture_company(art, "钱宝网"));
    assert_non_null(fixture_company(art, "国科嘉和"));
    assert_null(fixture_company(art, "国科嘉"));
    gx_article_free(art);
    art = fixture_run("三季度末，公司完成苏宁金服的增资扩股工作，苏宁金服不再纳入合并报表。", NULL, NULL);
    assert_non_null(fixture_company(art, "苏宁金服"));
    assert_null(fixture_find(art, "苏宁金", GX_ENT_PERSON));
    gx_article_free(art);
    art = fixture_run("2003年，中信证券从青岛财政局的手里收了万通证券。", NULL, NULL);
    assert_non_null(fixture_company(art, "万通证券"));
    gx_article_free(art);
}

/* a sector's or a vintage's firms, a clause's adverb or verb after a name and the banks of a kind of
 * owner are no company */
static void test_false_companies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("调研显示，油服板块公司的订单均有提升。华夏老基金业绩可圈可点。在新三板期间，贝斯达顺利完成3轮定增。", NULL, NULL);
    assert_null(fixture_company(art, "油服板块公司"));
    assert_null(fixture_company(art, "华夏老基金"));
    assert_null(fixture_company(art, "贝斯达顺利"));
    gx_article_free(art);
    art = fixture_run("海润光伏将迎退市 未来不排除破产重整\n他们轻视外资行在管理上的先进经验。", NULL, NULL);
    assert_null(fixture_company(art, "未来不排除"));
    assert_null(fixture_company(art, "外资行"));
    gx_article_free(art);
    art = fixture_run("持股者分为公募、保险和社保、私募或自有、汇金证金、QFII等几类。", NULL, NULL);
    assert_null(fixture_company(art, "汇金证金"));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_item_stop_char),
        cmocka_unit_test(test_added_rows),
        cmocka_unit_test(test_false_companies),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
