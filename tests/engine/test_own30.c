/* test_own30.c — structure (twenty-sixth session, helper "quant30"): a publisher marking its own article in
 * brackets at the lead's start, 【尚融·原创】 or 【蓝鲸原创】 (gx_structure_glued.c, own_bracket): the name before
 * 原创 is the outlet. The texts are made up in the shape of crawled pages. */
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

#define BODY "近期,P2P平台频频暴雷,作为合规平台的一名小编,特意邀请平台资深营销顾问送上干货,帮助大家甄别平台真伪。"

static void test_own_bracket(void **state)
{
    (void)state;
    expect_outlet("【融信·原创】如何防范互联网金融骗局," BODY, "融信");
    expect_outlet("【蓝海财经原创】如何防范互联网金融骗局," BODY, "蓝海财经");
    /* (not at the lead's start; no name; 原创 not closing the bracket) */
    expect_outlet("如何防范互联网金融骗局【融信·原创】," BODY, NULL);
    expect_outlet("【原创】如何防范互联网金融骗局," BODY, NULL);
    expect_outlet("【融信原创文章】如何防范互联网金融骗局," BODY, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_bracket),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
