/* test_people28g.c — structure (twenty-eighth session, helper "people28"): the outlet a page names
 * by asking its readers to follow its account ("扫码关注X公众号", "点击X关注公众号"; not the page's
 * pointer to its header, "点击上方蓝色文字关注公众号"), an English wire's agency in brackets
 * opening the lead without a place ("(Reuters) — …", "(CNN) President…"), and a republished
 * article's "Originally published on X." at its end. The texts are made up. */
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

#define BODY                                                                                       \
    "零售经纪商本周宣布推出一项新的自动交易工具,"                             \
    "用户可以通过简单的命令创建交易策略并与主流平台集成。"

static void test_follow_promo(void **state)
{
    (void)state;
    expect_outlet(BODY "分享至:扫码关注星河财经公众号每天一篇深度好文。", "星河财经");
    expect_outlet("某某银行暂停与网贷平台合作点击蓝海金融观察关注公众号获取最新信息," BODY,
                  "蓝海金融观察");
    expect_outlet(BODY "长按二维码关注海风研究微信公众号。", "海风研究");
    /* (the page's pointer to its own header names no account) */
    expect_outlet("会员必知点击上方蓝色文字关注公众号目前," BODY, NULL);
}

static void test_bare_wire_dateline(void **state)
{
    (void)state;
    expect_outlet(
        "(Reuters) — The state attorney general is investigating the firm, two people said.\n\n"
        "The company confirmed on Monday that it had been contacted by the office.\n",
        "Reuters");
    expect_outlet("(CNN) The president made an unscheduled trip to a hospital on Saturday.\n\n"
                  "The White House said the visit was routine.\n",
                  "CNN");
    /* (a bracket opening a sentence that goes on in small letters is no credit) */
    expect_outlet("(Updated) the president made an unscheduled trip to a hospital on Saturday.\n\n"
                  "The White House said the visit was routine.\n",
                  NULL);
}

static void test_originally_published(void **state)
{
    (void)state;
    expect_outlet("Scientists found a new species of frog in the rain forest last year.\n\n"
                  "The frog is smaller than a coin and sings at night.\n\n"
                  "Originally published on Nature Daily.\n",
                  "Nature Daily");
    /* (a sentence going on after the name) */
    expect_outlet("Scientists found a new species of frog in the rain forest last year.\n\n"
                  "The frog is smaller than a coin and sings at night.\n\n"
                  "Originally published on Monday, the study was cited widely by the press.\n",
                  NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_follow_promo),
        cmocka_unit_test(test_bare_wire_dateline),
        cmocka_unit_test(test_originally_published),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
