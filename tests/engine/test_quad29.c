/* test_quad29.c — structure (twenty-ninth session, quad29): the outlet a page names by asking its
 * readers to follow its account (gx_structure_outlets.c follow_promo) is read at the places that
 * have a 关注 at most 12 characters ahead instead of at every character of the paragraph: the
 * same first call wins — after calls that name nothing, far from the paragraph's start, with the
 * longest name the 点击 form allows (关注 12 characters after 点击), and the first of two. The
 * texts are made up. */
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

static void test_follow_anchored(void **state)
{
    (void)state;
    /* a pointer to the header first, the account far after it */
    expect_outlet(BODY "点击上方蓝色文字关注公众号," BODY BODY "扫码关注星河财经公众号。", "星河财经");
    /* 关注 written alone several times before the call */
    expect_outlet(BODY "请关注本报,关注市场,关注风险," BODY "长按二维码关注海风研究微信公众号。",
                  "海风研究");
    /* the first of two calls */
    expect_outlet(BODY "点击蓝海金融观察关注公众号," BODY "扫码关注星河财经公众号。", "蓝海金融观察");
    /* a name of ten characters: 关注 twelve characters after 点击 */
    expect_outlet(BODY "点击华东财经研究观察中心关注公众号获取信息。", "华东财经研究观察中心");
    /* 关注 too near the paragraph's start for any call, and none after it */
    expect_outlet("关注" BODY, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_follow_anchored),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
