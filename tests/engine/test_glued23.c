/* test_glued23.c — structure (twenty-third session, helper "sect27"): credits in a crawled page's run-on text
 * (gx_structure_glued.c) read by the headline said twice at the run's start: a source's name or a writer's
 * name ends where the lead takes up the headline again; the page's site right after the headline said twice;
 * a site after 时间: glued to the headline's company; a compiler's credit (来源:X资讯整理); the writer in the
 * author field after the source; a writer's bar (文▍X); a newsroom that learned the news (,X从Y获悉). The texts are made up in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

#define BODY "零售经纪商本周宣布推出一项新的自动交易工具,用户可以通过简单的命令创建交易策略并与主流平台集成。"

/* a source's name run into the lead ends where the lead takes up the headline said twice */
static void test_source_before_lead(void **state)
{
    (void)state;
    expect_outlet("远帆金业的优势有哪些远帆金业的优势有哪些编辑:王小梅来源:奋进中国远帆金业有限公司注册成立于香港," BODY,
                  "奋进中国");
    /* (the headline not said twice: no end is written, none; the lead itself after 来源: is no name) */
    expect_outlet("远帆金业的优势有哪些编辑:王小梅来源:奋进中国远帆金业有限公司注册成立于香港," BODY, NULL);
    expect_outlet("Qbank数字钱包上线Qbank数字钱包上线来源:Qbank数字钱包是数字货币领域的新工具," BODY, NULL);
}

/* a compiler's credit (来源:X资讯整理) and the writer in the author field after it */
static void test_compiler_and_writer(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某某贷逾期会怎样某某贷逾期会怎样时间:来源:第二网贷资讯整理作者:屈小阳某某贷是由南京某某科技推出的,"
                                    BODY,
                                    "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "第二网贷");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "屈小阳");
    assert_string_equal(art->authors.v[0].role, "作者");
    assert_false(art->authors.v[0].glued);
    gx_article_free(art);
    /* (no headline said twice: the run is left to resolution, glued; 佚名 is nobody) */
    art = fixture_build("某某贷逾期会怎样时间:来源:某某财经网作者:屈小阳某某贷是由南京某某科技推出的," BODY, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "某某财经网");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "屈小阳某");
    assert_true(art->authors.v[0].glued);
    gx_article_free(art);
    art = fixture_build("某某贷逾期会怎样时间:来源:某某财经网作者:佚名【字体:大中小】" BODY, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

/* the page's site right after the headline said twice */
static void test_site_after_headline(void **state)
{
    (void)state;
    expect_outlet("金析解盘:单边10美金金析解盘:单边10美金第二黄金网很多投资朋友经常会问我这样的问题," BODY, "第二黄金网");
    expect_outlet("矿池联盟的变革之路矿池联盟的变革之路第二新闻网有两篇文章讲述的都是矿工," BODY, "第二新闻网");
    expect_outlet("以特币帮助市场升级以特币帮助市场升级银色财经去App听语音播报," BODY, "银色财经");
    /* a channel's word before the site */
    expect_outlet("理财投资要考虑五个要素理财投资要考虑五个要素社会快讯新兴网178rww新兴网(", "新兴网");
    /* (not the paper's own, not a clause, not the internet, not a word) */
    expect_outlet("某某发布第三财季业绩某某发布第三财季业绩■本报记者刘琪北京时间晚间," BODY, NULL);
    expect_outlet("某某运营模式遭质疑某某运营模式遭质疑麦子金服旗下的互联网投资平台正面临," BODY, NULL);
    expect_outlet("某某运营模式遭质疑某某运营模式遭质疑互联网的潮流来袭," BODY, NULL);
    expect_outlet("如何玩转新电商如何玩转新电商豪享拼带你赚钱社交电商行业竞争白热化," BODY, NULL);
}

/* a site after 时间: whose day was lost, glued to the headline's company */
static void test_time_site_before_headline(void **state)
{
    (void)state;
    expect_outlet("[公告]远帆基金管理有限公司关于暂停业务的公告[公告]远帆基金管理有限公司关于暂停业务的公告"
                  "时间:中财网远帆基金管理有限公司关于暂停业务的公告经本公司协商决定," BODY,
                  "中财网");
    /* (a name in hash tags is none: "·##X网…") */
    expect_outlet("#某某网诈骗高手张三##某某网张三·##某某网张三李四##", NULL);
}

/* a writer's bar after 文: "文▍韦波就在不久前" (the run, left to resolution to cut) */
static void test_writer_bar(void **state)
{
    (void)state;
    gx_article *art = fixture_build("我们知道杀鸡给猴看是什么意思吗?文▍韦小波就在不久前," BODY, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_memory_equal(art->authors.v[0].name, "韦小波", strlen("韦小波"));
    assert_true(art->authors.v[0].glued);
    gx_article_free(art);
}

/* a newsroom that learned the news: ",X从Y获悉" */
static void test_learned(void **state)
{
    (void)state;
    expect_outlet("某某App上线了黄金产品,为客户提供更多的交易机会,东川在线从某某银行成都分行获悉,客户可直接登录," BODY, "东川在线");
    /* (a reporter, a company, no comma before the name) */
    expect_outlet("某某App上线了黄金产品,为客户提供更多的交易机会,记者从某某银行成都分行获悉,客户可直接登录," BODY, NULL);
    expect_outlet("某某App上线了黄金产品,为客户提供更多的交易机会,该公司从某某银行获悉,客户可直接登录," BODY, NULL);
    expect_outlet("某某App上线了黄金产品遭受市场广泛质疑从某某银行获悉,客户可直接登录," BODY, NULL);
}

/* the writer field the source field closes (作者:X来源:Y): the run between them, whole; four or more
 * characters are marked joined (two names may be glued: resolution parts them) (people36) */
static void test_writer_before_source(void **state)
{
    (void)state;
    gx_article *art = fixture_build("平台称系布局多元化支付方式,警方已立案调查作者:张晨王有志来源:某某都市报编辑:某某" BODY, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "张晨王有志");
    assert_true(art->authors.v[0].joined);
    gx_article_free(art);
    art = fixture_build("平台称系布局多元化支付方式,警方已立案调查作者:张晨来源:某某都市报编辑:某某" BODY, "标题", false);
    assert_non_null(art);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "张晨");
    assert_false(art->authors.v[0].joined);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_source_before_lead),
        cmocka_unit_test(test_compiler_and_writer),
        cmocka_unit_test(test_writer_before_source),
        cmocka_unit_test(test_site_after_headline),
        cmocka_unit_test(test_time_site_before_headline),
        cmocka_unit_test(test_writer_bar),
        cmocka_unit_test(test_learned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
