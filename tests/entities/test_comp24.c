/* test_comp24.c — company names of the seventeenth session's company round (helper "comp24"):
 * a legal name a portal's quote cuts looked up whole (安徽新华传媒(…)股份有限公司: gx_resolve.c),
 * a name after 参股公司/子公司 read as a person (麦克韦尔: gx_entity_rules_subsidiary.c,
 * gx_resolve_group.c), a pronoun and an adverb before 集团 (彼亦为集团) and one glued Han
 * character before a Latin name (东WeWork: gx_resolve_shape.c), a bloc and a trade with 公司
 * (欧洲航空公司), 因 before a legal name (cues.tsv left_stop; 广州因特间… stays whole:
 * gx_entity_rules_suffix.c) and the first character of a stop verb glued to a tagger's name
 * (金诺信|通|过: gx_resolve.c). */
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

/* the legal name a quote cuts is the company the whole name is, not the short name inside */
static void test_quote_cut_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("据悉，安徽新华传媒(5.250,0.15,2.94%)股份有限公司海外发展总经理出席。", NULL, NULL);
    const gx_entity *e = fixture_company(art, "安徽新华传媒股份有限公司");
    assert_ticker(e, "601801", "SSE");
    gx_article_free(art);
}

/* a name after 参股公司 is a company, however often it reads as a person elsewhere */
static void test_affiliate_read_as_person(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"麦克韦尔", 1, 0.8f}};
    gx_article *art = fixture_run_tagged("亿纬锂能:麦克韦尔贡献大额投资收益。主要是麦克韦尔投资收益超预期。上半年,参股公司麦克韦尔实现净利润9.7亿元。",
                                         tags, 1);
    assert_non_null(fixture_find(art, "麦克韦尔", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "麦克韦尔", GX_ENT_PERSON));
    gx_article_free(art);
}

/* a pronoun and an adverb or copula open a clause, no name */
static void test_pronoun_clause(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"彼亦为集团", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("黄少媚擢升为行政总裁。彼亦为集团若干附属公司的董事。", tags, 1);
    assert_null(fixture_find(art, "彼亦为集团", -1));
    gx_article_free(art);
}

/* one Han character glued to the word before it and a Latin name: the Latin name alone */
static void test_glued_char_and_latin(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"东WeWork", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("软银作为大股东的写字楼二房东WeWork在上市过程中遭遇重大挫折。", tags, 1);
    assert_null(fixture_find(art, "东WeWork", -1));
    gx_article_free(art);
}

/* a bloc and a trade with 公司 is a kind of firm */
static void test_bloc_and_trade(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"欧洲航空公司", 0, 0.7f}, {"欧盟航空公司", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("近期5家欧洲航空公司相继宣布破产。若欧盟航空公司的联程航班延误超过3小时。", tags, 2);
    assert_null(fixture_find(art, "欧洲航空公司", -1));
    assert_null(fixture_find(art, "欧盟航空公司", -1));
    gx_article_free(art);
}

/* 因 before a legal name is a stop word; after a region it writes the name */
static void test_yin_before_legal_name(void **state)
{
    (void)state;
    gx_article *art = fixture_run("西藏金宝藏因平安证券股份有限公司产品到期被动减持。公司名称：广州因特间时尚服饰有限公司。", NULL, NULL);
    assert_non_null(fixture_find(art, "平安证券股份有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "广州因特间时尚服饰有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "特间时尚服饰有限公司", -1));
    gx_article_free(art);
}

/* the first character of a stop verb the tagger glued to a name read elsewhere is cut */
static void test_name_and_verb_character(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"金诺信通", 0, 0.7f}, {"金诺信", 0, 0.7f}};
    gx_article *art = fixture_run_tagged("格力金投、金诺信通过集中竞价交易增持公司股份。格力金投及其一致行动人金诺信合计持有1.33亿股。", tags, 2);
    assert_null(fixture_find(art, "金诺信通", -1));
    assert_non_null(fixture_find(art, "金诺信", GX_ENT_COMPANY));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_affiliate_read_as_person),
        cmocka_unit_test(test_bloc_and_trade),
        cmocka_unit_test(test_glued_char_and_latin),
        cmocka_unit_test(test_name_and_verb_character),
        cmocka_unit_test(test_pronoun_clause),
        cmocka_unit_test(test_quote_cut_legal_name),
        cmocka_unit_test(test_yin_before_legal_name),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
