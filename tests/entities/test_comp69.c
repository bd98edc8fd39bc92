/* test_comp69.c — a company's legal name cut or grown at the wrong place (twenty-seventh session,
 * helper "comp69"). Texts written for the test, table-driven: each text names one company whose span
 * must be the expected name, and the wrong reading must be absent. Classes: a question word or a
 * sentence-final particle glued before a name (cues.tsv left_stop 什么 怎么样 吗 …; gx_shape_trim_left),
 * a one-character stop word opening a word of the name (在|线: gx_name_left), the copula 系 before a
 * region (gx_entity_rules_suffix.c), two characters after punctuation that make no word (，小赢|牛…). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_entities.h"

struct boundary_case {
    const char *text;
    const char *name;  /* the company the text names (NULL: only the wrong reading is checked) */
    const char *wrong; /* the reading cut or grown wrongly */
};

static const struct boundary_case CASES[] = {
    {"这到底是什么云帆博远科技有限公司推出的产品。", "云帆博远科技有限公司", "什么云帆博远科技有限公司"},
    {"投资人问究竟怎么样巨石金控科技有限公司回应。", "巨石金控科技有限公司", "问究竟怎么样巨石金控科技有限公司"},
    {"不是错过了吗鼎泰集团重组了。", NULL, "吗鼎泰集团"},
    {"运营主体为上海金蟾在线金融信息服务有限公司，公司成立于2014年。", "上海金蟾在线金融信息服务有限公司",
     "线金融信息服务有限公司"},
    {"运营主体为杭州乐蚨在线网络科技有限公司。", "杭州乐蚨在线网络科技有限公司", "线网络科技有限公司"},
    {"，小赢牛信息科技有限公司近日上线。", "小赢牛信息科技有限公司", "牛信息科技有限公司"},
    {"平台系宁波梅山保税港区小盈牛资产管理有限公司旗下。", "宁波梅山保税港区小盈牛资产管理有限公司",
     "系宁波梅山保税港区小盈牛资产管理有限公司"},
};

static void test_boundaries(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        gx_article *art = fixture_run(CASES[i].text, NULL, NULL);
        if ((CASES[i].name && !fixture_company(art, CASES[i].name)) || fixture_company(art, CASES[i].wrong))
            fail_msg("case %zu: %s", i, CASES[i].text);
        gx_article_free(art);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boundaries),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
