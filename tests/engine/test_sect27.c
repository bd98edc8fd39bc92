/* test_sect27.c — structure (twenty-first session, helper "gov23"): more credits glued into a crawled
 * page's run-on text (gx_structure_glued.c): a dispatch in brackets after the headline (【…讯】), a desk's
 * Latin brand after the site (…网WEMONEY讯), a site named …之家, the paper before its group's site (the
 * paper), a forum's poster field. The texts are made up in the shape of crawled pages. */
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

/* a dispatch in brackets glued after the headline: as written, a Latin brand without its 资讯 */
static void test_bracket_dispatch(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某控股遭举报涉嫌信披违规【滨江商报读创讯】(记者王小东)" BODY, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "滨江商报读创");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "王小东");
    gx_article_free(art);
    expect_outlet("某员工举报同事组织传销原标题:某员工举报同事组织传销【ABCline资讯】" BODY, "ABCline");
    expect_outlet("英国监管机构发布警告【金汇网讯】" BODY, "金汇网");
    /* (a kind of news is no name) */
    expect_outlet("平台上线新产品【行业快讯】" BODY, NULL);
    expect_outlet("平台上线新产品【理财快讯】" BODY, NULL);
    expect_outlet("平台上线新产品【外汇官讯】" BODY, NULL);
    expect_outlet("平台上线新产品【ABC最新资讯】" BODY, NULL);
}

/* a glued dispatch: a desk's Latin brand after the site, a site named …之家, the paper before its site */
static void test_glued_dispatch_more(void **state)
{
    (void)state;
    expect_outlet("某公司受表彰信息平台已完成一期搭建金凤网WEMONEY讯," BODY, "金凤网WEMONEY");
    expect_outlet("还清借款之后这家P2P宣布转型网贷之家讯," BODY, "网贷之家");
    gx_article *art = fixture_build("金诚财富加速全国金融布局中国证券报中证网讯(记者王丽娟)" BODY, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "中国证券报");
    assert_int_equal(art->authors.n, 1);
    gx_article_free(art);
}

/* a forum's poster field: the poster's Han name closed by the next field's bar; a login is none */
static void test_poster(void **state)
{
    (void)state;
    expect_outlet("某众筹冒充国资背景|发布者:金桥港湾|查看:37|评论:0摘要:" BODY, "金桥港湾");
    expect_outlet("某众筹冒充国资背景|发布者:admin|查看:41|评论:0摘要:" BODY, NULL);
    expect_outlet("某众筹冒充国资背景|发布者:以渔聚金|||来自:金桥网" BODY, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bracket_dispatch),
        cmocka_unit_test(test_glued_dispatch_more),
        cmocka_unit_test(test_poster),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
