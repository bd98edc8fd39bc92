/* test_sect15.c — plain-text headings, second round of the fourteenth session (sect15): where an
 * article's headings are clear, a line of their shape whatever the paragraph before it (the first
 * heading after a short lead, a digest's story under its source's credit), but not before the text
 * begins, not an announcement's title or date, not an interview's turn; a heading marked by a
 * bullet of its own; a heading written over two lines; a table title that states a clause; numbers
 * written with a full stop and an outline's decimal numbers; a line that says again the title's later part;
 * a long question written as a headline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_structure.h"
#include "structure_fixture.h"

/* the first heading after a lead that ends with a short paragraph, others of the same shape after it */
static void test_after_short_lead(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n这些企业值得投资者长期关注。\n\n爱尔眼科(300015.SZ) 掌门人:陈邦\n\n" LONG2
                              "\n\n天齐锂业(002466.SZ) 掌门人:蒋卫平\n\n" LONG1 "\n\n隆基股份(601012.SH) 掌门人:李振国\n\n" LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "爱尔眼科(300015.SZ) 掌门人:陈邦|天齐锂业(002466.SZ) 掌门人:蒋卫平|隆基股份(601012.SH) 掌门人:李振国");
    /* a lead-in ending with a colon before the first heading */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n2018年股市几点思考:\n\n别再纠结于风格切换\n\n" LONG2 "\n\n" LONG1
                              "\n\nA股持续瘦身提升估值水平\n\n" LONG2 "\n\n" LONG1 "\n\n坚守价值淡忘风格\n\n" LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "别再纠结于风格切换|A股持续瘦身提升估值水平|坚守价值淡忘风格");
}

/* a digest's stories under their sources' credits (two outlets' names: credits, no headings) */
static void test_under_credit(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n俄罗斯卫星网\n\n中国要把转基因大米先给美国人吃\n\n" LONG2 "\n\n" LONG1
                              "\n\n中日美的“1万亿日元俱乐部”企业\n\n" LONG2 "\n\n日本经济新闻\n\n沙特反腐收获巨大 千亿美元资产归了政府\n\n" LONG1
                              "\n\n" LONG2 "\n\n欧元区经济增速创十年最快 表现优于美国\n\n" LONG1,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "中国要把转基因大米先给美国人吃|中日美的“1万亿日元俱乐部”企业|沙特反腐收获巨大 千亿美元资产归了政府|"
                           "欧元区经济增速创十年最快 表现优于美国");
    /* the first story where the text begins, under a credit that comes again over another story */
    assert_int_equal(fixture_headings("标题在这里\n\nCNBC\n\n美债收益率可能是爆破点 市场狂欢转向绝望\n\n" LONG1 "\n\nCNBC\n\n"
                              "中美商会:多数在华外企感到越来越不受欢迎\n\n" LONG2 "\n\n" LONG1 "\n\n期权交易所恐慌指数创新高\n\n" LONG2
                              "\n\n" LONG1 "\n\n欧元区经济增速创十年最快\n\n" LONG2,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "美债收益率可能是爆破点 市场狂欢转向绝望|中美商会:多数在华外企感到越来越不受欢迎|期权交易所恐慌指数创新高|"
                           "欧元区经济增速创十年最快");
}

/* not: a line before the text begins, an announcement's title or date, an interview's turn */
static void test_not_clear_shape(void **state)
{
    (void)state;
    char h[512];
    /* a portal's banner and link line over the lead */
    assert_int_equal(fixture_headings("标题在这里\n\n美股行情中心:独家提供全美股实时行情\n\n查看最新行情\n\n" LONG1 "\n\n" LONG2
                              "\n\n主要股指表现如何?\n\n" LONG1 "\n\n" LONG2 "\n\n市场人士如何说?\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "主要股指表现如何?|市场人士如何说?");
    /* an announcement after another one's end on the same page */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、股份解除质押的情况\n\n" LONG2 "\n\n二、累计质押股份的情况\n\n" LONG1
                              "\n\n特此公告。\n\n上海韦尔半导体股份有限公司董事会\n\n2020年6月11日\n\n" LONG2
                              "\n\n关于变更财务顾问主办人的公告\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "一、股份解除质押的情况|二、累计质押股份的情况");
    /* an interviewer's question over the answer under its speaker's name */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n2017年市场回顾\n\n" LONG2 "\n\n" LONG1 "\n\n2018年市场机会\n\n" LONG2
                              "\n\n以下为对话摘录。\n\n新浪财经:您如何总结2017年的市场?\n\n王益聪:" LONG1,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "2017年市场回顾|2018年市场机会");
}

/* a heading of up to 40 characters where it states; a question that long is none */
static void test_long_statement(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n创新层企业估值2016年迎来拐点\n\n" LONG2 "\n\n简短的说明文字。\n\n"
                              "2017年股权质押金额已达2300余亿,超过定增募资额,305家公司已到平仓线\n\n" LONG1 LONG2 "\n\n" LONG2
                              "\n\n定增市场转冷\n\n" LONG1,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "创新层企业估值2016年迎来拐点|2017年股权质押金额已达2300余亿,超过定增募资额,305家公司已到平仓线|定增市场转冷");
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n创新层企业估值2016年迎来拐点\n\n" LONG2 "\n\n简短的说明文字。\n\n"
                              "用户能得到什么?挖积分兑换服务或设备,还有观看大片,捆绑销售的模式(…)\n\n" LONG1 LONG2 "\n\n" LONG2
                              "\n\n定增市场转冷\n\n" LONG1,
                              h, sizeof h),
                     2);
}

/* a long question written as a headline, its phrases apart (…” 顶尖投行纷纷发布重磅警告:…?), is a heading;
 * a long question of the text's own is none */
static void test_headline_question(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n特朗普发表国情咨文在即 “绿巨人”突袭美元\n\n" LONG2 "\n\n" LONG1 LONG2
                              "\n\n美股“血流成河” 顶尖投行纷纷发布重磅警告:特朗普行情危在旦夕?\n\n" LONG1 LONG2,
                              h, sizeof h),
                     2);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n特朗普发表国情咨文在即 “绿巨人”突袭美元\n\n" LONG2 "\n\n" LONG1 LONG2
                              "\n\n顶尖投行纷纷发布重磅警告,特朗普行情是不是已经危在旦夕?\n\n" LONG1 LONG2,
                              h, sizeof h),
                     1);
    assert_string_equal(h, "特朗普发表国情咨文在即 “绿巨人”突袭美元");
}

/* a table title that states a clause before its 情况 is a heading */
static void test_table_title_clause(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n新三板年均增加近2800余家公司\n\n" LONG2 "\n\n" LONG1 LONG2
                              "\n\n新增做市企业占比逐年降低,2017年出现做市企业外逃情况\n\n" LONG2 LONG1,
                              h, sizeof h),
                     2);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n新三板年均增加近2800余家公司\n\n" LONG2 "\n\n" LONG1 LONG2
                              "\n\n中国八大策略私募基金分阶段收益情况\n\n" LONG2 LONG1,
                              h, sizeof h),
                     1);
}

/* a heading marked by a bullet of its own (the bullet is no part of it); a bulleted list is none */
static void test_bulleted(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n● 内地企业占总体比例也稳步向上\n\n" LONG2 "\n\n" LONG1 "\n\n● 资金未陷入疯狂\n\n" LONG2,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "内地企业占总体比例也稳步向上|资金未陷入疯狂");
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n● 第一点说明文字\n\n● 第二点说明文字\n\n" LONG2 "\n\n" LONG1
                              "\n\n● 第三点说明文字\n\n● 第四点说明文字\n\n" LONG2,
                              h, sizeof h),
                     0);
}

/* a heading written over two lines: both, joined; a label over its subtitle keeps the label */
static void test_two_lines(void **state)
{
    (void)state;
    char h[512];
    gx_article *art = fixture_build("标题在这里\n\n" LONG1 "\n\n短期、中期、长期业绩\n\n全部出众\n\n" LONG2 "\n\n" LONG1
                                    "\n\n不同策略却业绩相近\n\n" LONG2 "\n\n" LONG1 "\n\n不同事业部同样好业绩\n\n" LONG2,
                                    NULL, false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 3);
    assert_string_equal(art->sections.v[0].heading, "短期、中期、长期业绩全部出众");
    /* (the section starts at its first line) */
    int32_t s = art->sections.v[0].span.start;
    assert_true(s + 2 < art->ncp && art->cp[s] == 0x77ED /* 短 */);
    gx_article_free(art);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\nA股是否比你想象得顽强?\n\n股民们有话说!\n\n" LONG2 "\n\n" LONG1
                              "\n\n恐慌情绪之下\n\n美股后市怎么走?\n\n" LONG2,
                              h, sizeof h),
                     2);
    assert_string_equal(h, "A股是否比你想象得顽强?股民们有话说!|恐慌情绪之下美股后市怎么走?");
    /* a label over its subtitle, where headings are clear */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n经济下行带来ROE上升\n\n" LONG2 "\n\n" LONG1 "\n\n坚守价值淡忘风格\n\n" LONG2
                              "\n\n" LONG1 "\n\n精准投资时代:\n\n围绕科技进步与消费升级两大主题\n\n" LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "经济下行带来ROE上升|坚守价值淡忘风格|精准投资时代");
    /* not joined: a group's name over a headline twice its length, a heading over its first
     * sub-heading under an outline, a sentence with a clause */
    fixture_headings("标题在这里\n\n" LONG1 "\n\n国内联播快讯\n\n我国可再生能源装机规模大幅增长\n\n" LONG2 "\n\n" LONG1
             "\n\n国际联播快讯\n\n俄三员名将被禁止参加平昌冬奥会\n\n" LONG2,
             h, sizeof h);
    assert_null(strstr(h, "快讯我国"));
    fixture_headings("标题在这里\n\n" LONG1 "\n\n一、港股发展历史\n\n" LONG2 "\n\n二、港股的制度\n\n" LONG1 "\n\n港股市场基本信息\n\n"
             "股票数量及市场结构\n\n" LONG2,
             h, sizeof h);
    assert_null(strstr(h, "信息股票"));
    fixture_headings("标题在这里\n\n" LONG1 "\n\n邓晖辞任,继任者是谁?\n\n邓晖辞任总裁\n\n" LONG2 "\n\n" LONG1 "\n\n管理层变动\n\n" LONG2, h,
             sizeof h);
    assert_null(strstr(h, "谁?邓晖"));
}

/* numbers written with a full stop (1.在多数情况下…) and an outline's decimal numbers (2.1. 板块变化), kept
 * under an outline numbered in Chinese; an amount opening a line (1.5亿元…) is no number */
static void test_digit_numbers(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n1.在多数情况下金价会上涨\n\n" LONG2 "\n\n2.白银的表现并没有那么好\n\n" LONG1,
                              h, sizeof h),
                     2);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n一、机构投资者大数据\n\n" LONG2 "\n\n1.1. 漫长的机构化之路\n\n" LONG1
                              "\n\n1.2. 公募占比降低\n\n" LONG2 "\n\n二、核心判断和结论\n\n" LONG1,
                              h, sizeof h),
                     4);
    assert_string_equal(h, "一、机构投资者大数据|1.1. 漫长的机构化之路|1.2. 公募占比降低|二、核心判断和结论");
    /* (a line alone between long paragraphs is the article's one heading unless numbered: a list's item) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\n1.5亿元资金投向新的项目\n\n" LONG1 "\n\n" LONG2, h, sizeof h), 1);
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 "\n\n" LONG2 "\n\n1.在多数情况下金价会上涨\n\n" LONG1 "\n\n" LONG2, h, sizeof h), 0);
}

/* a line that says again the part of the title after its space is a heading even alone */
static void test_title_part(void **state)
{
    (void)state;
    gx_article *art = fixture_build(LONG1 "\n\n" LONG2 "\n\n近七年已换五将\n\n" LONG1 "\n\n图片来源:官网截图\n\n" LONG2,
                                    "中华联合财险总经理空缺两年后高兴华补位 近七年已换五将", false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 1);
    assert_string_equal(art->sections.v[0].heading, "近七年已换五将");
    gx_article_free(art);
    /* (not the part before the space, an issuer's name in an announcement) */
    art = fixture_build(LONG1 "\n\n" LONG2 "\n\n浙江交通科技股份有限公司\n\n" LONG1 "\n\n特此公告。",
                        "浙江交通科技股份有限公司 关于拟中标项目的提示性公告", false);
    assert_non_null(art);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_after_short_lead),
        cmocka_unit_test(test_bulleted),
        cmocka_unit_test(test_digit_numbers),
        cmocka_unit_test(test_headline_question),
        cmocka_unit_test(test_long_statement),
        cmocka_unit_test(test_not_clear_shape),
        cmocka_unit_test(test_table_title_clause),
        cmocka_unit_test(test_title_part),
        cmocka_unit_test(test_two_lines),
        cmocka_unit_test(test_under_credit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
