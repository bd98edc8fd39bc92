/* test_sect18.c — plain-text headings (fifteenth session, sect18): a heading under its number alone over a short
 * paragraph, a heading over figures' captions, a question answered a few words in, headlines with a subline, an
 * outline's 1、 lines over prose under two of its headings, and a line of dialogue. */
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

#define SHORT "有一年跟一个朋友吃饭,他推荐了一部美剧叫《亿万》。"

/* a heading under its number alone joins the series even over a short paragraph */
static void test_number_line(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n01\n\n中美金融犯罪的核心能力是不同的\n\n" SHORT "\n\n" LONG1
                              "\n\n02\n\n分业监管的模式必然需要得到修正\n\n" LONG1 LONG2 "\n\n03\n\n金融工作委员会的意义和目的\n\n" LONG2 LONG1,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "中美金融犯罪的核心能力是不同的|分业监管的模式必然需要得到修正|金融工作委员会的意义和目的");
}

/* a heading may stand over figures' captions and their sources before its prose */
static void test_figure_captions(void **state)
{
    (void)state;
    char h[512];
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n房地产市场投资仍将维持平稳\n\n图七：房地产销售端增速持续下行\n\n"
                              "资料来源：弘业期货研究院\n\n" LONG1 LONG2 "\n\n" LONG1 "\n\n市场流动性风险需要重点关注\n\n" LONG2 LONG1 "\n\n" LONG2
                              "\n\n行情技术研判\n\n" LONG1 LONG2,
                              h, sizeof h),
                     3);
    assert_string_equal(h, "房地产市场投资仍将维持平稳|市场流动性风险需要重点关注|行情技术研判");
}

/* headlines with a subline make a series a question of that shape joins; a question answered a few words in is prose */
static void test_headline_colon(void **state)
{
    (void)state;
    char h[1024];
    fixture_headings("标题在这里\n\n" LONG1 "\n\n那北上广深租金最贵的地在哪里？\n\n别挠头了，直接说答案：机场免税店。" LONG1 "\n\n" LONG2
             "\n\n机构论市：过度解读造成股灾 A股能否反转？\n\n" LONG1 LONG2 "\n\n免税店：超大型机场的超级印钞机\n\n" LONG1 LONG2
             "\n\n" LONG2 "\n\n机场收入基本盘：飞机起降按次收费\n\n机场的收入大致可以分为两种：航空业务收入和非航空业务收入。\n\n" LONG1 LONG2
             "\n\n超级机场：流量变现，强者恒强\n\n" LONG2 LONG1 "\n\n" LONG1 "\n\n一线城市二线机场：被压抑的深圳\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_string_equal(h, "机构论市:过度解读造成股灾 A股能否反转?|免税店:超大型机场的超级印钞机|机场收入基本盘:飞机起降按次收费|"
                           "超级机场:流量变现,强者恒强|一线城市二线机场:被压抑的深圳");
    /* (one of that shape may stand over a short sentence leading into prose) */
    fixture_headings("标题在这里\n\n" LONG1 "\n\n免税店：超大型机场的超级印钞机\n\n" LONG1 LONG2 "\n\n" LONG2 "\n\n超级机场：流量变现，强者恒强\n\n" LONG2 LONG1
             "\n\n" LONG1 "\n\n一线城市二线机场：被压抑的深圳\n\n" LONG1 LONG2 "\n\n" LONG2
             "\n\n深圳机场：依托大湾区 能否成为后起之秀？\n\n不过，深圳正迎来新的机遇。\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_non_null(strstr(h, "深圳机场:依托大湾区 能否成为后起之秀?"));
}

/* an outline's 1、 lines, numbered from 1 under two of its headings and each over prose, are headings */
static void test_outline_sections(void **state)
{
    (void)state;
    char h[1024];
    const char *doc = "标题在这里\n\n" LONG1 LONG2 "\n\n一、影响1月流动性的主要因素\n\n1、1月财政性存款季节性收缴\n\n" LONG1 LONG2
                      "\n\n2、提现需求增加、缴准压力上升\n\n" LONG2 LONG1 "\n\n二、历年春节期间流动性回顾\n\n1、春节前公开市场净投放上升\n\n" LONG1 LONG2
                      "\n\n2、货币市场利率往往节前抬升\n\n" LONG2 LONG1;
    assert_int_equal(fixture_headings(doc, h, sizeof h), 6);
    assert_string_equal(h, "一、影响1月流动性的主要因素|1、1月财政性存款季节性收缴|2、提现需求增加、缴准压力上升|二、历年春节期间流动性回顾|"
                           "1、春节前公开市场净投放上升|2、货币市场利率往往节前抬升");
    /* (under one heading only, a notice's items stay items) */
    assert_int_equal(fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n一、本次股份解除质押的情况\n\n" LONG1 LONG2 "\n\n二、回购注销情况\n\n"
                              "1、原激励对象不再具备激励资格\n\n" LONG1 LONG2 "\n\n2、个人层面绩效考核未达标\n\n" LONG2 LONG1,
                              h, sizeof h),
                     2);
}

/* a line of dialogue quoted whole, two sentences or more, is no heading; a quoted question alone may be */
static void test_dialogue(void **state)
{
    (void)state;
    char h[512];
    fixture_headings("标题在这里\n\n" LONG1 LONG2 "\n\n后记\n\n" LONG1 LONG2 "\n\n" LONG1 "\n\n“好啊！可回去咱们干点什么好啊？”\n\n" LONG2 LONG1
             "\n\n后记\n\n" LONG1 LONG2,
             h, sizeof h);
    assert_null(strstr(h, "好啊"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dialogue),
        cmocka_unit_test(test_figure_captions),
        cmocka_unit_test(test_headline_colon),
        cmocka_unit_test(test_number_line),
        cmocka_unit_test(test_outline_sections),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
