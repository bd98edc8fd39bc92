/* test_people30s.c — structure, thirtieth session (helper "people30"): the site of a page's
 * breadcrumb kept in the text ("…-某某新闻网首页>信息服务>正文…"); a firm credited as the source
 * with the story's original title next ("来源:某某资讯技术开发公司原标题:…"). The texts are made up
 * in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
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

static void test_breadcrumb(void **state)
{
    (void)state;
    expect_outlet("新工具上线了-信息服务-南溪新闻网首页>信息服务>正文新工具上线了发布时间:" BODY, "南溪新闻网");
    expect_outlet("新工具上线了-南溪财经网首页 > 独家 > 要闻新工具上线了" BODY, "南溪财经网");
    /* (no second step: no path; a name that ends like no outlet's: none) */
    expect_outlet("新工具上线了-南溪新闻网首页>新工具上线了" BODY, NULL);
    expect_outlet("新工具上线了-南溪服务中心首页>信息服务>正文新工具上线了" BODY, NULL);
}

static void test_firm_source(void **state)
{
    (void)state;
    expect_outlet("新工具能用吗?新工具能用吗?来源:南溪资讯技术开发公司原标题:新工具能用吗?" BODY,
                  "南溪资讯技术开发公司");
    /* (a long value that is no firm's name: a self-media's name with the portal's tags glued) */
    expect_outlet("新工具能用吗?新工具能用吗?来源:南溪碎谈操作系统手机原标题:新工具能用吗?" BODY, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_breadcrumb),
        cmocka_unit_test(test_firm_source),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
