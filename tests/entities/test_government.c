/* test_government.c — government bodies (ninth session, helper "gov9"; docs/government.md):
 * the rules of gx_entity_rules_gov.c (a region with a unit, a country before a body, a division
 * after a body, a body's context) and the government lines of data/lexicon/ (government.tsv,
 * organizations.tsv for the exchanges that are no government, english.tsv). Run without the
 * tagger (entities_fixture.h), so each case pins what the gazetteers and rules guarantee. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "entities_fixture.h"
#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "gx_lexicon.h"

/* How many entities of type have a mention whose text is s. */
static int count_type_with_text(gx_article *art, const char *s, int type)
{
    int n = 0;
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        if ((int)e->type != type)
            continue;
        for (int m = 0; m < e->mentions.n; m++)
            if (!strcmp(gx_article_span_text(art, e->mentions.v[m].span), s)) {
                n++;
                break;
            }
    }
    return n;
}

/* The number of mentions of the entity of type named (name, alias or mention) s, 0 when none. */
static int mentions_of(gx_article *art, const char *s, int type)
{
    const gx_entity *e = fixture_find(art, s, type);
    return e ? e->mentions.n : 0;
}

/* 央行 after a quantifier (各央行, 全球央行, 三大央行) names a kind of body, not the People's Bank */
static void test_generic_central_banks(void **state)
{
    (void)state;
    gx_article *art = fixture_run("交易商猜测各央行将更为激进地升息。经济改善将促使全球央行加息。"
                                  "三大央行利率决议本周公布，其他央行可能被迫跟进。",
                                  NULL, NULL);
    assert_int_equal(count_type_with_text(art, "央行", GX_ENT_GOVERNMENT), 0);
    assert_null(fixture_find(art, "全球央行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* the bare 央行 of the same article stays, with its own mention only */
    art = fixture_run("央行今日开展500亿元逆回购操作。市场猜测各央行将更为激进地升息。", NULL, NULL);
    assert_non_null(fixture_find(art, "中国人民银行", GX_ENT_GOVERNMENT));
    assert_int_equal(mentions_of(art, "中国人民银行", GX_ENT_GOVERNMENT), 1);
    gx_article_free(art);
    /* the one-character form of Europe is the ECB, not the People's Bank; a date before 央行 is no
     * country (19日央行) */
    art = fixture_run("恒生银行：欧央行本周议息。19日央行分别降低利率。", NULL, NULL);
    assert_non_null(fixture_find(art, "欧央行", GX_ENT_GOVERNMENT));
    assert_ptr_equal(fixture_find(art, "欧央行", GX_ENT_GOVERNMENT), fixture_find(art, "欧洲央行", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "日央行", -1));
    gx_article_free(art);
    /* a country before 央行 is that country's bank, not a quantifier */
    art = fixture_run("日本央行维持利率不变，欧洲央行官员表示担忧。", NULL, NULL);
    assert_non_null(fixture_find(art, "日本央行", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "欧洲央行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 政府 after a quantifier (各地政府, 多地政府) is no one government; a region's government is */
static void test_generic_governments(void **state)
{
    (void)state;
    gx_article *art = fixture_run("公司此前相继与湖南多地政府有过框架协议，各地政府纷纷出台政策。", NULL, NULL);
    assert_int_equal(count_type_with_text(art, "湖南多地政府", GX_ENT_GOVERNMENT), 0);
    assert_int_equal(count_type_with_text(art, "各地政府", GX_ENT_GOVERNMENT), 0);
    assert_int_equal(count_type_with_text(art, "政府", GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
    art = fixture_run("公司与湖南省政府签署战略合作协议。", NULL, NULL);
    assert_non_null(fixture_find(art, "湖南省政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* a legislative chamber (…议院) stands alone; the weak words 国会, 人大 still need support */
static void test_legislative_chambers(void **state)
{
    (void)state;
    gx_article *art = fixture_run("周二下午，众议院投票通过了一项全面的税收法案，该法案将在参议院投票。", NULL, NULL);
    assert_non_null(fixture_find(art, "众议院", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "参议院", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("公司的理由让人大跌眼镜，营业收入约占公司中国会计准则下收入的三成。", NULL, NULL);
    assert_int_equal(count_type_with_text(art, "人大", GX_ENT_GOVERNMENT), 0);
    assert_int_equal(count_type_with_text(art, "国会", GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
}

/* a unit after a body in a list shares its region (党工委、管委会; 市委、市政府) */
static void test_unit_after_body_in_list(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"武夷新区党工委", GX_ENT_GOVERNMENT, 0.8f}};
    gx_article *art = fixture_run_tagged("总经理首先为南平市委、市政府及武夷新区党工委、管委会对项目的大力支持表达感谢。",
                                         tags, 1);
    assert_non_null(fixture_find(art, "南平市委", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "武夷新区党工委", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "管委会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* with its level (山西省委和|省政府), whatever follows the unit */
    art = fixture_run("楼阳生说，山西省委和省政府着力培育壮大新动能。", NULL, NULL);
    assert_non_null(fixture_find(art, "山西省委", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "省政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a unit after a company in a list is not made a government body */
    static const fixture_tag tags2[] = {{"万科集团", GX_ENT_COMPANY, 0.8f}};
    art = fixture_run_tagged("万科集团、管委会和银行代表出席了签约仪式。", tags2, 1);
    assert_int_equal(count_type_with_text(art, "管委会", GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
}

/* the CPPCC by its full name and session, the FOMC: one body with its short names */
static void test_named_bodies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("1月24日，中国人民政治协商会议第十三届全国委员会委员名单正式公布。全国政协主席出席。"
                                  "联邦公开市场委员会(FOMC)周三发布声明。",
                                  NULL, NULL);
    const gx_entity *e = fixture_find(art, "中国人民政治协商会议第十三届全国委员会", GX_ENT_GOVERNMENT);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "全国政协", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "联邦公开市场委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("1月8日，美国联邦能源监管委员会驳回了提议。联邦能源监管委员会表示。", NULL, NULL);
    assert_non_null(fixture_find(art, "联邦能源监管委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a department before a company post is a company's, not a ministry */
    static const fixture_tag dept[] = {{"品管部", GX_ENT_GOVERNMENT, 0.42f}};
    art = fixture_run_tagged("他曾任运营中心副总监、品管部总监、财务负责人。", dept, 1);
    assert_null(fixture_find(art, "品管部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a political party is an organization; China's ruling party stays a state body */
    static const fixture_tag parties[] = {{"民主党", GX_ENT_GOVERNMENT, 0.85f}, {"中国共产党", GX_ENT_GOVERNMENT, 0.9f}};
    art = fixture_run_tagged("由于民主党对于DACA的立场十分坚定。中国共产党召开全国代表大会。", parties, 2);
    assert_null(fixture_find(art, "民主党", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "民主党", GX_ENT_ORGANIZATION));
    assert_non_null(fixture_find(art, "中国共产党", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a body named inside its head's title (美国财政部|长) */
    art = fixture_run("市场继续消化美国财政部长努钦在达沃斯的言论。", NULL, NULL);
    assert_non_null(fixture_find(art, "美国财政部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* exchanges are organizations, never government (香港联交所 with its short form 联交所) */
static void test_exchanges_not_government(void **state)
{
    (void)state;
    gx_article *art = fixture_run("10月20日，香港联交所宣布暂停交易。此后联交所采用电脑辅助交易系统。", NULL, NULL);
    const gx_entity *e = fixture_find(art, "香港联交所", -1);
    assert_non_null(e);
    assert_int_equal(e->type, GX_ENT_ORGANIZATION);
    assert_int_equal(count_type_with_text(art, "联交所", GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
}

/* bodies composed from parts: region + unit, country + body, body + division */
static void test_composed_bodies(void **state)
{
    (void)state;
    gx_article *art = fixture_run("北京市消防局发布通知。印度国防部发表声明。银监会咨询处负责答复。"
                                  "天津证监局对其采取监管措施。",
                                  NULL, NULL);
    assert_non_null(fixture_find(art, "北京市消防局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "印度国防部", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "银监会咨询处", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "天津证监局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a word that only ends like a unit is none (格局, 布局) */
    art = fixture_run("上海市场格局正在改变，北京市场布局加快。", NULL, NULL);
    assert_int_equal(count_type_with_text(art, "上海市场格局", GX_ENT_GOVERNMENT), 0);
    assert_int_equal(count_type_with_text(art, "北京市场布局", GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
}

/* the tagger's government readings that the text's shape rules out */
static void test_tagger_shapes_ruled_out(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"湖北大部", GX_ENT_GOVERNMENT, 0.8f}, {"香港局", GX_ENT_GOVERNMENT, 0.8f},
                                       {"各厅局", GX_ENT_GOVERNMENT, 0.8f},   {"公司证券部", GX_ENT_GOVERNMENT, 0.8f},
                                       {"薪酬委员会", GX_ENT_GOVERNMENT, 0.8f}};
    gx_article *art = fixture_run_tagged("湖北大部有雨。李嘉诚针对当前的香港局势首度发声。各厅局对照十大行动发力。"
                                         "他2003年后任公司证券部部长。他是薪酬委员会的成员。",
                                         tags, 5);
    assert_null(fixture_find(art, "湖北大部", -1));
    assert_null(fixture_find(art, "北大", -1)); /* no name across the cut 湖北|大部 */
    assert_null(fixture_find(art, "香港局", -1));
    assert_null(fixture_find(art, "各厅局", -1));
    assert_null(fixture_find(art, "公司证券部", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "薪酬委员会", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "薪酬委员会", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    /* two things joined, a level before a kind, an institution */
    static const fixture_tag tags3[] = {{"国防和军队", GX_ENT_GOVERNMENT, 0.8f},
                                        {"武汉邮科院正与电科院", GX_ENT_GOVERNMENT, 0.8f},
                                        {"县级乡村邮电所", GX_ENT_GOVERNMENT, 0.8f},
                                        {"证券交易所", GX_ENT_GOVERNMENT, 0.8f},
                                        {"国家发展与战略研究院", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("促进高新技术向国防和军队建设运用转化。多家公司公告称，武汉邮科院正与电科院筹划重组。"
                             "他从一个县级乡村邮电所的小职员做起。他应当向证券交易所报告。"
                             "国家发展与战略研究院执行院长刘元春表示。",
                             tags3, 5);
    assert_null(fixture_find(art, "国防和军队", -1));
    assert_null(fixture_find(art, "武汉邮科院正与电科院", -1));
    assert_null(fixture_find(art, "县级乡村邮电所", -1));
    assert_null(fixture_find(art, "证券交易所", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "国家发展与战略研究院", GX_ENT_ORGANIZATION));
    gx_article_free(art);
    /* a name glued into a longer word (国防军|工), a bare 委员会 cut from a longer name */
    static const fixture_tag tags5[] = {{"国防军", GX_ENT_GOVERNMENT, 0.8f}, {"市委员会", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("超配的是汽车、钢铁和国防军工。本次发行已经科创板股票上市委员会审议通过。", tags5, 2);
    assert_null(fixture_find(art, "国防军", -1));
    assert_null(fixture_find(art, "委员会", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "市委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a bare 委员会 after a clause mark names no body of its own, like 政府 and 法院 (gov21: no dev
     * gold counts it; the body is the one named before, the FOMC's statement) */
    static const fixture_tag tags6[] = {{"委员会", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("美联储在声明中称，委员会预计经济将温和增长。", tags6, 1);
    assert_null(fixture_find(art, "委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a conjunction inside a body that ends in an administrative unit is one body; 埃及 and 共和 hold
     * no conjunction */
    static const fixture_tag tags4[] = {{"上海市规划和国土局", GX_ENT_GOVERNMENT, 0.8f},
                                        {"埃及政府", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("据上海市规划和国土局有关人士透露，埃及政府送给美国一座神庙。共和党人表示反对。", tags4, 2);
    assert_non_null(fixture_find(art, "上海市规划和国土局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "埃及政府", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* the same shapes the tagger reads as real bodies stay (证监局 is no 局势; 国家发改委) */
    static const fixture_tag tags2[] = {{"深圳证监局", GX_ENT_GOVERNMENT, 0.8f},
                                        {"国务院金融稳定发展委员会", GX_ENT_GOVERNMENT, 0.8f}};
    art = fixture_run_tagged("深圳证监局对其出具警示函。国务院金融稳定发展委员会召开会议。", tags2, 2);
    assert_non_null(fixture_find(art, "深圳证监局", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "国务院金融稳定发展委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* English offices whose last word is no government head (Office, Protection): the English pass
 * needs the whole engine (its English lexicon), loaded here from GLEANER_DATA_DIR; the tagger is
 * not run, as in fixture_run() */
static void test_english_offices(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    gx_engine *eng = gx_engine_new(getenv("GLEANER_DATA_DIR"), &err);
    assert_non_null(eng);
    const char *text = "Separately, the Congressional Budget Office projects that the tariffs will cut income. "
                       "The duty is paid to U.S. Customs and Border Protection at the border.";
    gx_article *art = gx_article_new();
    gx_article_set_text(art, text, (int32_t)strlen(text));
    gx_lexicon_scan(eng->lexicon, art);
    gx_entity_rules(eng, art);
    gx_resolve(eng, art);
    assert_non_null(fixture_find(art, "Congressional Budget Office", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "Customs and Border Protection", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* a Chinese body's English name is an alias of its row: one entity in either language, whole
     * although "for"/"of" stand inside it */
    const char *cn = "China's State Administration for Market Regulation fined the company. 国家市场监督管理总局表示，"
                     "SAMR will publish the decision.";
    art = fixture_run(cn, NULL, NULL);
    const gx_entity *samr = fixture_find(art, "State Administration for Market Regulation", GX_ENT_GOVERNMENT);
    assert_non_null(samr);
    assert_ptr_equal(samr, fixture_find(art, "国家市场监督管理总局", GX_ENT_GOVERNMENT));
    assert_ptr_equal(samr, fixture_find(art, "SAMR", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    gx_engine_free(eng);
}

/* The tagger reading the short name inside a longer listed one (保监会 in 银保监会, 腾讯 in
 * 腾讯控股) is no evidence for the shorter: the name as written wins. */
static void test_inner_name_not_supported(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"保监会", GX_ENT_GOVERNMENT, 0.4f}, {"腾讯", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = fixture_run_tagged("公司称，银保监会发布通知。腾讯控股股价上涨。", tags, 2);
    assert_non_null(fixture_find(art, "银保监会", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "保监会", -1));
    assert_int_equal(count_type_with_text(art, "腾讯控股", GX_ENT_COMPANY), 1);
    gx_article_free(art);
}

/* a think tank is an institution, never a person (the tagger reads 赫桥智库 as a name) */
static void test_think_tank_no_person(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"赫桥智库", GX_ENT_PERSON, 0.41f}};
    gx_article *art = fixture_run_tagged("声明：本文为赫桥智库摘选文章。赫桥智库，让财富更有深度！", tags, 1);
    assert_null(fixture_find(art, "赫桥智库", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "赫桥智库", GX_ENT_ORGANIZATION));
    gx_article_free(art);
}

/* a kind of body is no name, nor after a preposition (新政府, 经|评标委员会; a bare 委员会 after
 * a clause mark is the body named before: test_tagger_shapes_ruled_out) */
static void test_kind_of_body(void **state)
{
    (void)state;
    static const fixture_tag tags[] = {{"新政府", GX_ENT_GOVERNMENT, 0.6f}, {"经评标委员会", GX_ENT_GOVERNMENT, 0.5f}};
    gx_article *art = fixture_run_tagged("资助新政府。经评标委员会评审，确定中标人。", tags, 2);
    assert_null(fixture_find(art, "新政府", -1));
    assert_null(fixture_find(art, "经评标委员会", -1));
    gx_article_free(art);
}

/* a court's division after the court, and the central leading group's office */
static void test_court_division_and_central_office(void **state)
{
    (void)state;
    gx_article *art = fixture_run("最高法院第二巡回法庭审理此案。中央财经领导小组办公室副主任表示。", NULL, NULL);
    assert_non_null(fixture_find(art, "最高法院第二巡回法庭", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "中央财经领导小组办公室", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* 国家 before a ministry names the ministry itself: one entity with its other mentions */
static void test_state_before_body(void **state)
{
    (void)state;
    gx_article *art = fixture_run("国家交通部发布通知。交通部表示，将加强管理。", NULL, NULL);
    const gx_entity *a = fixture_find(art, "国家交通部", GX_ENT_GOVERNMENT);
    assert_non_null(a);
    assert_ptr_equal(a, fixture_find(art, "交通部", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* a country's embassy or consulate in a place is that country's body, named with both places
 * (中国驻美国大使馆, 美驻华使馆); missions of many countries are a kind (各国驻华使馆); the regional
 * Federal Reserve Banks are bodies of their own (芝加哥联储) */
static void test_missions_and_regional_feds(void **state)
{
    (void)state;
    gx_article *art = fixture_run("美国驻以色列大使馆将迁址。中国驻美国大使馆发言人表示反对。", NULL, NULL);
    assert_non_null(fixture_find(art, "美国驻以色列大使馆", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "中国驻美国大使馆", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("各国驻华使馆人员出席了活动。", NULL, NULL);
    assert_null(fixture_find(art, "各国驻华使馆", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "国驻华使馆", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    art = fixture_run("芝加哥联储主席埃文斯表示，旧金山联邦储备银行的研究显示通胀温和。", NULL, NULL);
    assert_non_null(fixture_find(art, "芝加哥联储", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "旧金山联邦储备银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generic_central_banks),   cmocka_unit_test(test_generic_governments),
        cmocka_unit_test(test_legislative_chambers),    cmocka_unit_test(test_unit_after_body_in_list),
        cmocka_unit_test(test_exchanges_not_government), cmocka_unit_test(test_composed_bodies),
        cmocka_unit_test(test_tagger_shapes_ruled_out), cmocka_unit_test(test_named_bodies),
        cmocka_unit_test(test_english_offices),         cmocka_unit_test(test_inner_name_not_supported),
        cmocka_unit_test(test_state_before_body),        cmocka_unit_test(test_court_division_and_central_office),        cmocka_unit_test(test_kind_of_body),        cmocka_unit_test(test_think_tank_no_person),
        cmocka_unit_test(test_missions_and_regional_feds),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
