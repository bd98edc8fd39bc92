/* test_people31.c — people in web finance text (twenty-second session, helper "people31"): a desk's
 * finding is no writer's (链得得App编辑注意到: gx_people_holders.c `desk_finding`); a semicolon parts the
 * holders of a title a colon labels (带单老师：吉林峰；吴晋梅: gx_people.c). Texts written for the test. */
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
#include "gx_tagger.h"

static void expect_holder(const gx_article *art, const char *name, const char *title)
{
    const gx_entity *e = fixture_person(art, name);
    if (!e || !fixture_has_title(e, title)) {
        fprintf(stderr, "ERROR: %s is not a person holding %s\n", name, title);
        fail();
    }
}

/* 据X App编辑注意到: the outlet's desk found it out; the Latin word ends the outlet's name */
static void test_desk_finding(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据链得得App编辑注意到，该公司已经上市。", NULL, NULL);
    assert_null(fixture_person(art, "App"));
    gx_article_free(art);
    /* a writer glued before 编译 still is one */
    art = fixture_run("编者按：本文由东方投资学院Lucy编译，介绍一位基金经理的生平。", NULL, NULL);
    expect_holder(art, "Lucy", "编译");
    gx_article_free(art);
}

/* 拟任基金经理：A；B: the semicolon parts the holders after a title's colon */
static void test_semicolon_holders(void **state)
{
    (void)state;
    gx_article *art = fixture_run("拟任基金经理:王立新;张海涛。", NULL, NULL);
    expect_holder(art, "王立新", "基金经理");
    expect_holder(art, "张海涛", "基金经理");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_desk_finding),
        cmocka_unit_test(test_semicolon_holders),
    };
    return cmocka_run_group_tests(tests, fixture_setup_with_tagger, fixture_teardown_with_tagger);
}
