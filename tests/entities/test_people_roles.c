/* test_people_roles.c — people and their titles from the rules of extract/gx_people.c on
 * hand-written sentences: a title after the name (张晓东董事长表示), foreign names after a title
 * (卡尼, 约翰·威廉姆斯, 让-皮埃尔), Japanese names before a speech verb, writers in editors'
 * notes, a name that repeats after a second title, announcements (聘任X、Y为公司副总经理,
 * X任执行董事), and the readings that must stay no person
 * (博物馆馆长, 单个投资人, 独立董事基本都是). The tagger is left out, as in test_entities.c, so
 * that these tests pin the rules and do not move with the model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_engine_impl.h"
#include "gx_entities.h"
#include "entities_fixture.h"
#include "gx_entity_util.h"
#include "gx_lexicon.h"

static gx_article *run(const char *s)
{
    return fixture_run(s, NULL, NULL);
}

/* A person `name` holding `title`; prints the persons found when not. */
static void expect_holder(const gx_article *art, const char *name, const char *title)
{
    const gx_entity *e = fixture_person(art, name);
    if (!e || !fixture_has_title(e, title)) {
        fprintf(stderr, "want %s/%s; persons:", name, title);
        for (int k = 0; k < art->entities.n; k++) {
            const gx_entity *x = &art->entities.v[k];
            if (x->type != GX_ENT_PERSON)
                continue;
            fprintf(stderr, " %s(", x->name);
            for (int r = 0; r < x->roles.n; r++)
                fprintf(stderr, "%s%s", r ? "," : "", x->roles.v[r].title);
            fprintf(stderr, ")");
        }
        fprintf(stderr, "\n");
        fail_msg("%s is not a person holding %s", name, title);
    }
}

static void test_title_after_name(void **state)
{
    (void)state;
    gx_article *art = run("会议上，张晓东董事长表示，今年订单饱满。股东们致信并李明远主席：请尽快回复。"
                          "据介绍，欧阳明副行长的讲话获得好评。首席经济学家邵文涛教授指出风险不大。"
                          "该公司法定代表人为韦国庆。");
    expect_holder(art, "张晓东", "董事长");
    expect_holder(art, "邵文涛", "教授"); /* after another title of his */
    expect_holder(art, "韦国庆", "法定代表人"); /* 为 + a name closing the clause */
    expect_holder(art, "李明远", "主席");
    expect_holder(art, "欧阳明", "副行长");
    gx_article_free(art);
}

static void test_title_after_institution(void **state)
{
    (void)state;
    /* the word before the title is an institution, a function word or a role's context */
    gx_article *art = run("身为博物馆馆长的她四处奔走。一位来自北京某大学商学院教授认为不妥。单个投资人认购平均份额较高。"
                          "包括董事长在内的五人辞职。独立董事基本都是财务背景。这位私募经理举了例子。"
                          "他已经向英国首相递交了信件。");
    assert_null(fixture_person(art, "博物馆"));
    assert_null(fixture_person(art, "商学院"));
    assert_null(fixture_person(art, "单个"));
    assert_null(fixture_person(art, "包括"));
    assert_null(fixture_person(art, "基本"));
    assert_null(fixture_person(art, "位私募"));
    assert_null(fixture_person(art, "向英国"));
    gx_article_free(art);
}

static void test_foreign_names(void **state)
{
    (void)state;
    gx_article *art = run("英国央行行长卡尼表示，通胀仍然偏高。纽约联储首席经济学家约翰·威廉姆斯当天表示，"
                          "利率将保持不变。白宫发言人让-皮埃尔说，谈判仍在继续。英国首相鲍里斯约翰逊写了一封信。");
    expect_holder(art, "卡尼", "行长");
    expect_holder(art, "约翰·威廉姆斯", "首席经济学家");
    expect_holder(art, "让-皮埃尔", "发言人");
    assert_null(fixture_person(art, "约翰·威廉姆斯当天"));
    expect_holder(art, "鲍里斯约翰逊", "英国首相"); /* four or more such characters: the run is the edge */
    gx_article_free(art);
}

static void test_japanese_name(void **state)
{
    (void)state;
    gx_article *art = run("日本财务大臣麻生太郎表示，将密切关注汇市。董事长多次公开表示公司不缺钱。");
    expect_holder(art, "麻生太郎", "日本财务大臣");
    assert_null(fixture_person(art, "多次公开"));
    gx_article_free(art);
}

static void test_writers(void **state)
{
    (void)state;
    gx_article *art = run("编者按：本文由东方投资学院Lucy编译，介绍一位基金经理的生平。"
                          "编者按：本文作者东方投资学院陈立新，为您介绍量化投资。"
                          "JamesMortonandPartners负责人JamesMorton称，市场仍然偏弱。");
    expect_holder(art, "Lucy", "编译");
    expect_holder(art, "JamesMorton", "负责人");
    assert_null(fixture_person(art, "JamesMortonandPartners")); /* a glued firm name before the title */
    expect_holder(art, "陈立新", "作者");
    gx_article_free(art);
    /* a proofreader credited in a credit line; 校对 in prose is the verb */
    art = run("公司表示将整改。\n编辑 王宇 校对 何燕");
    expect_holder(art, "王宇", "编辑");
    expect_holder(art, "何燕", "校对");
    gx_article_free(art);
    art = run("报告经校对 张三负责审核。");
    const gx_entity *z = fixture_person(art, "张三");
    assert_true(z == NULL || !fixture_has_title(z, "校对"));
    gx_article_free(art);
}

static void test_repeated_holder(void **state)
{
    (void)state;
    /* the second title is followed by the name and a word the name-edge list does not know */
    gx_article *art = run("美国财长耶伦表示，美元走强符合利益。随后，美国财政部长耶伦关于汇率的讲话引起关注。");
    expect_holder(art, "耶伦", "美国财长");
    expect_holder(art, "耶伦", "美国财政部长");
    gx_article_free(art);
}

/* predicate roles (是/为/系 after the person, the title closing the clause) and list headings */
static void test_predicates_and_lists(void **state)
{
    (void)state;
    gx_article *art = run("资料显示，钱立群、孙海波是公司的股东，孙海波持股12%。"
                          "长河化工的董事长、总经理均是周建华，男，52岁。"
                          "监管部门公布了涉案的四名交易员名单：Daniel Morrow、Peter Quist、韩志远。"
                          "导演吴思远虽是戏剧学院导演系出身，但自学经济。她被任命为公司销售总监。"
                          "公司公告，Tan Boon Keat已辞任执行董事。");
    expect_holder(art, "钱立群", "股东"); /* each name of the list before the copula */
    expect_holder(art, "孙海波", "股东");
    expect_holder(art, "周建华", "董事长");
    expect_holder(art, "周建华", "总经理"); /* chained by 、 */
    expect_holder(art, "Daniel Morrow", "交易员");
    expect_holder(art, "Peter Quist", "交易员");
    expect_holder(art, "韩志远", "交易员");
    assert_null(fixture_person(art, "吴思远虽")); /* 导演系出身: the title does not close the clause */
    assert_null(fixture_person(art, "任命"));     /* 被任命为: an appointment, not a copula */
    expect_holder(art, "Tan Boon Keat", "执行董事"); /* Latin words before a verb of leaving */
    gx_article_free(art);
}

static void test_announcements(void **state)
{
    (void)state;
    gx_article *art = run("董事会同意聘任马立新、孔德华为公司副总经理。会议决定委任Peter Lindqvist为非执行董事。"
                          "另外，潘国栋、贺明轩任执行董事，吕文涛已辞任独立董事，宁晓峰新任公司督察长。"
                          "董事会审议了关于聘任公司财务总监的议案。符永昌辞去公司董事、总经理职务。"
                          "同意聘任叶明远先生为公司董事会秘书。卢志平先生已辞任公司财务总监。");
    expect_holder(art, "马立新", "副总经理");
    expect_holder(art, "孔德华", "副总经理");
    expect_holder(art, "Peter Lindqvist", "非执行董事");
    expect_holder(art, "潘国栋", "执行董事");
    expect_holder(art, "贺明轩", "执行董事");
    expect_holder(art, "吕文涛", "独立董事");
    expect_holder(art, "宁晓峰", "督察长");
    expect_holder(art, "符永昌", "董事");
    expect_holder(art, "符永昌", "总经理"); /* chained by 、, and 职务 ends no title */
    expect_holder(art, "叶明远", "董事会秘书"); /* 先生 is no part of the name */
    expect_holder(art, "卢志平", "财务总监");
    assert_null(fixture_person(art, "关于聘"));
    gx_article_free(art);
}

/* Titles with their scope as the text gives them (全球宏观策略师, not 策略师; 首席 and desk words
 * in any order), the organisation across a comma when it opens the clause, hyphenated English
 * names. */
static void test_scoped_titles(void **state)
{
    (void)state;
    gx_article *art = run("摩根大通全球宏观策略师张建国表示,美元将走弱。高盛首席全球经济学家李明认为通胀上升。"
                          "嘉信理财首席投资策略师桑德斯表示。驻新加坡全球宏观策略师Kay Van-Petersen说。");
    expect_holder(art, "张建国", "全球宏观策略师");
    expect_holder(art, "李明", "首席全球经济学家");
    expect_holder(art, "桑德斯", "首席投资策略师");
    expect_holder(art, "Kay Van-Petersen", "全球宏观策略师");
    gx_article_free(art);
    art = run("据中金公司,首席经济学家梁红表示经济稳定。\n兴业证券,首席策略分析师王德伦认为市场见底。");
    const gx_entity *e = fixture_person(art, "梁红");
    assert_non_null(e);
    assert_int_equal(e->roles.n, 1);
    assert_string_equal(e->roles.v[0].organization, "中金公司");
    e = fixture_person(art, "王德伦");
    assert_non_null(e);
    assert_string_equal(e->roles.v[0].organization, "兴业证券");
    gx_article_free(art);
    /* a comma inside a sentence that does not open with the organisation: no link */
    art = run("他看好中金公司,首席经济学家梁红则认为经济稳定。");
    e = fixture_person(art, "梁红");
    assert_non_null(e);
    assert_null(e->roles.v[0].organization);
    gx_article_free(art);
}

/* Well-known people from lexicon/people.tsv are persons without a title or the tagger
 * (特朗普“通俄门”, 耶伦卸任); a full form joins its short name (杰罗姆·鲍威尔 … 鲍威尔). */
static void test_well_known_people(void **state)
{
    (void)state;
    gx_article *art = run("市场除了忧虑加息,还有特朗普“通俄门”事件。耶伦卸任后,杰罗姆·鲍威尔接任。"
                          "鲍威尔表示将渐进加息。");
    assert_non_null(fixture_person(art, "特朗普"));
    assert_non_null(fixture_person(art, "耶伦"));
    const gx_entity *e = fixture_person(art, "鲍威尔");
    assert_non_null(e);
    assert_true(e->mentions.n >= 2);
    gx_article_free(art);
}

/* The organisation of a role for a test: the role `title` of person `name`, or NULL. */
static const gx_role *role_of(const gx_article *art, const char *name, const char *title)
{
    const gx_entity *e = fixture_person(art, name);
    for (int r = 0; e && r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title))
            return &e->roles.v[r];
    return NULL;
}

static bool has_company(const gx_article *art, const char *name)
{
    for (int k = 0; k < art->entities.n; k++)
        if (art->entities.v[k].type == GX_ENT_COMPANY && !strcmp(art->entities.v[k].name, name))
            return true;
    return false;
}

/* 前/原 between an organisation and a title mark a former post: the organisation ends before
 * them and the title keeps them (魅族科技|前高级副总裁); 目前/三年前/此前 are time words, and
 * 时任 (at the time) is no part of the organisation. */
static void test_former_titles(void **state)
{
    (void)state;
    gx_article *art = run("魅族科技前高级副总裁李楠表示,手机市场竞争激烈。星海科技原副总裁吴军称看好。"
                          "目前董事长王明表示满意。三年前总经理李华离职。");
    const gx_role *r = role_of(art, "李楠", "前高级副总裁");
    assert_non_null(r);
    assert_non_null(r->organization);
    assert_string_equal(r->organization, "魅族科技");
    assert_false(has_company(art, "魅族科技前"));
    r = role_of(art, "吴军", "原副总裁");
    assert_non_null(r);
    assert_non_null(r->organization);
    assert_string_equal(r->organization, "星海科技");
    expect_holder(art, "王明", "董事长"); /* 目前 is no part of the title */
    expect_holder(art, "李华", "总经理");
    assert_false(has_company(art, "三年前"));
    gx_article_free(art);
}

/* The X学家 family is one title (历史学家, 社会学家); abbreviations of board posts (独董, 董秘,
 * 证代) are titles; holders listed after one title share it (董事李四、王五拟减持). */
static void test_title_words_and_lists(void **state)
{
    (void)state;
    gx_article *art = run("历史学家汤因比认为文明有兴衰。社会学家费孝通指出乡土社会的特点。"
                          "公司独董刘明称不知情,证代赵强表示将核实。"
                          "公司董事长张三、董事李四、王五拟减持股份。");
    expect_holder(art, "汤因比", "历史学家");
    expect_holder(art, "费孝通", "社会学家");
    expect_holder(art, "刘明", "独董");
    expect_holder(art, "赵强", "证代");
    expect_holder(art, "张三", "董事长");
    expect_holder(art, "李四", "董事");
    expect_holder(art, "王五", "董事");
    gx_article_free(art);
}

/* A known company followed by its investment arm's name is the arm, a company of its own
 * (美团龙珠资本, 阿里巴巴创投); the parent named alone stays the parent; 投资 as a verb
 * (美团投资了, 拟投资) and 资本市场 make no arm. */
static void test_investment_arms(void **state)
{
    (void)state;
    gx_article *art = run("美团龙珠资本领投本轮融资,阿里巴巴创投跟投。美团股价上涨。"
                          "腾讯投资了这家公司,百度拟投资20亿元。小米资本市场表现不佳。");
    assert_true(has_company(art, "美团龙珠资本"));
    assert_true(has_company(art, "阿里巴巴创投"));
    assert_true(has_company(art, "美团"));
    assert_false(has_company(art, "腾讯投资"));
    assert_false(has_company(art, "百度拟投资"));
    assert_false(has_company(art, "小米资本"));
    gx_article_free(art);
}

static bool has_entity(const gx_article *art, const char *name, int type)
{
    for (int k = 0; k < art->entities.n; k++)
        if ((int)art->entities.v[k].type == type && !strcmp(art->entities.v[k].name, name))
            return true;
    return false;
}

/* One lower-case Latin word the tagger reads as a company inside Chinese text is no company
 * (我们deserve更多, 这很cool); a capitalised one needs a sure tagger or company evidence
 * (Zhihu公司); a foreign person's last name alone joins the person (David Kostin … Kostin的团队);
 * a capitalised First Last pair before 牵头的/表示/认为 is a person. */
static void test_latin_words(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"deserve", GX_ENT_COMPANY, 0.6f}, {"cool", GX_ENT_COMPANY, 0.6f},
                                {"Kostin", GX_ENT_COMPANY, 0.6f}, {"Hopper", GX_ENT_COMPANY, 0.5f},
                                {"Zhihu", GX_ENT_COMPANY, 0.5f}};
    gx_article *art = fixture_run_tagged("我们deserve更多的关注,这很cool。Hopper很好用。Zhihu公司发布财报。"
                                         "高盛策略师David Kostin表示,市场仍有上涨空间。Kostin的团队认为估值合理。"
                                         "Jan Hatzius牵头的经济学家团队表示看好。Morgan Stanley表示谨慎。",
                                         tags, 5);
    assert_false(has_entity(art, "deserve", GX_ENT_COMPANY));
    assert_false(has_entity(art, "cool", GX_ENT_COMPANY));
    assert_false(has_entity(art, "Hopper", GX_ENT_COMPANY));
    assert_true(has_entity(art, "Zhihu", GX_ENT_COMPANY));
    assert_false(has_entity(art, "Kostin", GX_ENT_COMPANY));
    const gx_entity *e = fixture_person(art, "David Kostin");
    assert_non_null(e);
    assert_int_equal(e->mentions.n, 2);
    assert_non_null(fixture_person(art, "Jan Hatzius"));
    assert_null(fixture_person(art, "Morgan Stanley"));
    gx_article_free(art);
}

/* A place the tagger reads as a person after 在/于 and before 对…称 or a speech verb is a place
 * (在达沃斯对媒体称); a person there with other evidence stays one (在特朗普表示之后). */
static void test_places_before_speech(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"达沃斯", GX_ENT_PERSON, 0.7f}, {"上海", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("黄明远在达沃斯对媒体称经济强劲。李东在上海表示担忧。"
                                         "在特朗普表示将加征关税之后,市场下跌。", tags, 2);
    assert_null(fixture_person(art, "达沃斯"));
    assert_null(fixture_person(art, "上海"));
    assert_non_null(fixture_person(art, "特朗普"));
    gx_article_free(art);
}

/* English speakers: the capitalised name before or after a verb of speech, openers and titles
 * trimmed; business names and lone words are no people. */
static void test_english_speakers(void **state)
{
    (void)state;
    gx_article *art = run("Governor John Bel Edwards said he won. The plan failed, said Jim Hood. Growth slows, "
                          "according to Mary Ellen Cole. In Kentucky the race was close, Adam Neumann told reporters. "
                          "Capital Economics said rates would rise. Analysts said so. The We Company said it would list.");
    assert_non_null(fixture_person(art, "John Bel Edwards"));
    assert_non_null(fixture_person(art, "Jim Hood"));
    assert_non_null(fixture_person(art, "Mary Ellen Cole"));
    assert_non_null(fixture_person(art, "Adam Neumann"));
    assert_null(fixture_person(art, "Capital Economics"));
    assert_null(fixture_person(art, "In Kentucky"));
    assert_null(fixture_person(art, "Analysts"));
    assert_null(fixture_person(art, "We Company"));
    gx_article_free(art);
}

/* A chain of titles after one holder reaches its last link whatever the order in which the
 * links are read: 、 then 及 (执行董事、薪酬委员会成员及行政总裁). */
static void test_title_chains(void **state)
{
    (void)state;
    gx_article *art = run("萧瑞豪获委任为执行董事、薪酬委员会成员及行政总裁；"
                          "杨章鑫获委任为独立非执行董事、薪酬委员会主席及审核委员会成员。");
    expect_holder(art, "萧瑞豪", "执行董事");
    expect_holder(art, "萧瑞豪", "薪酬委员会成员");
    expect_holder(art, "萧瑞豪", "行政总裁");
    expect_holder(art, "杨章鑫", "审核委员会成员");
    assert_null(role_of(art, "萧瑞豪", "审核委员会成员"));
    gx_article_free(art);
}

/* A contest heading: the title, PK or VS, a colon, then the holders listed with 、 (each holds it)
 * (the text as the engine sees it, after NFKC: an ASCII colon). */
static void test_contest_heading(void **state)
{
    (void)state;
    gx_article *art = run("【基金经理PK:王立新、陈国强、刘明华等,谁更值得托付?】评选开始。"
                          "分析师VS:赵志远、孙建平。");
    expect_holder(art, "王立新", "基金经理");
    expect_holder(art, "陈国强", "基金经理");
    expect_holder(art, "刘明华", "基金经理");
    expect_holder(art, "赵志远", "分析师");
    expect_holder(art, "孙建平", "分析师");
    gx_article_free(art);
}

/* The holder right before an address title, its left edge an organization (中国石化|高春雨老师)
 * or a stop word (这是|刘长河主席); military ranks are address titles (王锡文少将). */
static void test_holder_after_org(void **state)
{
    (void)state;
    gx_article *art = run("中国石化高春明老师表示,油价将回落。会议由秘书长王锡文少将主持。"
                          "大家都说这是刘长河主席的意思。");
    expect_holder(art, "高春明", "老师");
    expect_holder(art, "王锡文", "少将");
    expect_holder(art, "刘长河", "主席");
    gx_article_free(art);
}

/* People listed before 等 and a title no one holds: each holds it (董事长张立强、总经理刘志远等高管;
 * the tagger is left out here, so the names are read after their first titles). */
static void test_etc_holders(void **state)
{
    (void)state;
    gx_article *art = run("公告显示,董事长张立强、总经理刘志远等高管均未减持。");
    expect_holder(art, "张立强", "高管");
    expect_holder(art, "刘志远", "高管");
    expect_holder(art, "张立强", "董事长");
    gx_article_free(art);
}

/* 一致行动人 (a party acting in concert with a shareholder) is a title: held by the name after it,
 * holder-less in 控股股东及其一致行动人. */
static void test_acting_in_concert(void **state)
{
    (void)state;
    gx_article *art = run("公司控股股东的一致行动人胡季强先生合计持有本公司股份。"
                          "控股股东及其一致行动人累计质押股份。");
    expect_holder(art, "胡季强", "一致行动人");
    gx_article_free(art);
}

/* Posts held together are one role and each post a role of its own, with its own span
 * (执行副主席兼行政总裁); 兼任 is a verb, no composition. */
static void test_joint_posts(void **state)
{
    (void)state;
    gx_article *art = run("公司公告，郑志刚任执行副主席兼行政总裁。");
    expect_holder(art, "郑志刚", "执行副主席兼行政总裁");
    expect_holder(art, "郑志刚", "执行副主席");
    expect_holder(art, "郑志刚", "行政总裁");
    const gx_role *r = role_of(art, "郑志刚", "行政总裁");
    assert_non_null(r);
    assert_int_equal(r->span.end - r->span.start, 4);
    gx_article_free(art);
}

/* A headline of spaced clauses: the name after a title and a space that takes a post of its own
 * is no holder of that title (黄少媚、赵慧娴任执行董事 郑志刚任执行副主席). */
static void test_spaced_clauses(void **state)
{
    (void)state;
    gx_article *art = run("新世界发展：黄少媚、赵慧娴任执行董事 郑志刚任执行副主席");
    expect_holder(art, "黄少媚", "执行董事");
    expect_holder(art, "郑志刚", "执行副主席");
    assert_null(role_of(art, "郑志刚", "执行董事"));
    gx_article_free(art);
}

/* A person, adverbs or modals (将, 重新, 已, 被), a verb of taking or leaving a post, the post:
 * the name may be one a title rule read (董事长冯滨将兼任), the owner may come with 的 and the
 * verb with 了; 在 is no such adverb (马云在卸任…). */
static void test_post_verbs(void **state)
{
    (void)state;
    gx_article *art = run("据悉，众信旅游董事长冯滨将兼任公司总经理。"
                          "权威人士透露，陈琼已免去民生银行党委副书记一职。"
                          "2017年3月，葛小波重新担任了中信证券的财务负责人。"
                          "这是马云在卸任阿里巴巴董事局主席前的演讲。");
    expect_holder(art, "冯滨", "董事长");
    expect_holder(art, "冯滨", "总经理");
    expect_holder(art, "陈琼", "党委副书记");
    expect_holder(art, "葛小波", "财务负责人");
    const gx_entity *e = fixture_person(art, "马云");
    for (int r = 0; e && r < e->roles.n; r++)
        assert_true(strstr(e->roles.v[r].title, "主席") == NULL);
    gx_article_free(art);
}

/* Appositions: a person opening a clause, a comma, then only the title closing it (施鸣，利得集团
 * 首席策略研究员，); 现任 in a parenthesis after the name (丁然(现任公司董事、副总经理)); not a
 * title that heads a chain before its own holder (…副总裁、…总经理汪海). */
static void test_appositions(void **state)
{
    (void)state;
    gx_article *art = run("嘉宾简介：\n施鸣，利得集团首席策略研究员，CFA。\n"
                          "公司股东丁然（现任公司董事、副总经理）计划减持。\n"
                          "此次联合了50万工厂，阿里巴巴副总裁、淘宝事业部总经理汪海表示满意。");
    expect_holder(art, "施鸣", "首席策略研究员");
    expect_holder(art, "丁然", "董事");
    expect_holder(art, "丁然", "副总经理");
    expect_holder(art, "汪海", "副总裁");
    assert_null(fixture_person(art, "万工厂"));
    gx_article_free(art);
    /* 先生 between the name and the bracket */
    art = run("其一致行动人王传福先生（系公司实际控制人）累计质押股数约为2800万股。");
    expect_holder(art, "王传福", "实际控制人");
    gx_article_free(art);
}

/* A title held in a relative clause before its holder: a verb of holding, the title, 的, the
 * person (现任凯石益正资产董事长的陈继武); without such a verb 的 is no link (数学家的菲尔兹奖). */
static void test_relative_holders(void **state)
{
    (void)state;
    gx_article *art = run("在他之前，现任凯石益正资产董事长的陈继武已经离开。"
                          "曾任无人驾驶事业部副总经理的吕厚昌向记者表示。"
                          "这是只授予40岁以下的数学家的菲尔兹奖。");
    expect_holder(art, "陈继武", "董事长");
    expect_holder(art, "吕厚昌", "事业部副总经理");
    gx_article_free(art);
}

static void test_glossed_names(void **state)
{
    (void)state;
    gx_article *art = run("巴西总统马里奥。桑托斯(Mario Santos)正在改革税法。驻伦敦经济学家安娜·卡瓦略(Ana Carvalho)表示。"
                          "首席策略师汤姆-贝克(Tom Baker)认为。刚卸任美联储主席的耶伦(Janet Yellen)也说。"
                          "去年退休的马克.汉森(Mark Hansen)回忆。");
    expect_holder(art, "马里奥。桑托斯", "巴西总统"); /* 。 typed for the name dot: the gloss fixes the parts */
    expect_holder(art, "安娜·卡瓦略", "经济学家");
    expect_holder(art, "汤姆-贝克", "首席策略师");
    assert_null(fixture_person(art, "的耶伦"));
    assert_non_null(fixture_person(art, "马克.汉森"));
    gx_article_free(art);
    /* a full stop typed for the dot, with no gloss */
    art = run("著名数学家安德鲁.怀尔斯表示，这个问题很难。");
    expect_holder(art, "安德鲁.怀尔斯", "数学家");
    gx_article_free(art);
    /* a gloss with as many words as the name has parts, or none: 罗德里戈。杜特尔特 and two words */
    art = run("投行高盛(Goldman Sachs)发布报告。总统卡洛斯。安东尼奥。席尔瓦(Carlos Silva)说。");
    assert_null(fixture_person(art, "高盛"));
    assert_null(fixture_person(art, "卡洛斯。安东尼奥。席尔瓦"));
    gx_article_free(art);
}

static void test_unit_titles(void **state)
{
    (void)state;
    /* the unit named with 部门 is where the post is: the title is the post after it, the
     * organization the one before the unit */
    gx_article *art = run("中金公司全球策略部门董事总经理王明表示，市场仍有分歧。公关部部门经理李华说，活动照常举行。");
    expect_holder(art, "王明", "董事总经理");
    const gx_entity *e = fixture_person(art, "王明");
    assert_non_null(e);
    assert_int_equal(e->roles.n, 1);
    assert_non_null(e->roles.v[0].organization);
    assert_string_equal(e->roles.v[0].organization, "中金公司");
    expect_holder(art, "李华", "公关部部门经理"); /* 部 named the unit: 部门经理 is the post */
    gx_article_free(art);
}

static void test_bare_chief(void **state)
{
    (void)state;
    /* 首席 alone between a desk and a name is the post; before a title it is the title's prefix */
    gx_article *art = run("国信策略首席王磊表示，市场仍在震荡。中信证券首席经济学家诸建芳认为，通胀温和。"
                          "他的首席地位无人撼动。");
    expect_holder(art, "王磊", "首席");
    expect_holder(art, "诸建芳", "首席经济学家");
    assert_false(fixture_has_title(fixture_person(art, "诸建芳"), "首席"));
    gx_article_free(art);
}

static void test_committee_posts(void **state)
{
    (void)state;
    /* a committee of another body goes to the title; a committee that is the body does not */
    gx_article *art = run("中国金融四十人论坛学术委员会委员李明说，政策仍有空间。"
                          "公司董事会提名委员会委员王芳已辞职。美国证券交易委员会主席杰伊·克莱顿表示反对。");
    expect_holder(art, "李明", "学术委员会委员");
    expect_holder(art, "王芳", "提名委员会委员");
    expect_holder(art, "杰伊·克莱顿", "主席");
    gx_article_free(art);
}

static void test_latin_surnames(void **state)
{
    (void)state;
    /* one Latin surname after a title, before a word that follows names */
    gx_article *art = run("嘉信理财首席市场策略师 Frederick称，市场仍然脆弱。协会主席Holcomb指出，读数偏低。"
                          "分析师Excel表格显示");
    expect_holder(art, "Frederick", "首席市场策略师");
    expect_holder(art, "Holcomb", "主席");
    assert_null(fixture_person(art, "Excel"));
    gx_article_free(art);
}

static void test_copula_after_comma(void **state)
{
    (void)state;
    /* after a comma the copula's subject is the one person of the clause before it */
    /* (the tagger is left out here: the names are people.tsv's, the company the gazetteer's) */
    gx_article *art = run("贾跃亭通过孙宏斌代持了部分股份，这意味着贾跃亭实际持有该公司38%的股权，是公司实际控制人。"
                          "格力电器及其一致行动人董明珠合计持有10%的股份，为公司第一大股东。");
    expect_holder(art, "贾跃亭", "实际控制人");
    assert_false(fixture_has_title(fixture_person(art, "孙宏斌"), "实际控制人"));
    assert_false(fixture_has_title(fixture_person(art, "董明珠"), "第一大股东"));
    gx_article_free(art);
}

static void test_post_after_comma(void **state)
{
    (void)state;
    /* a verb of holding a post opening a clause: the holder is the subject of the clause before */
    gx_article *art = run("2002年周小川辞任后，担任央行行长。刘士余并没有按照预想的，接任公司董事长。"
                          "研究院院长助理王强表示，期货品种仍会增加。");
    expect_holder(art, "周小川", "行长");
    assert_false(fixture_has_title(fixture_person(art, "刘士余"), "董事长"));
    expect_holder(art, "王强", "院长助理");
    gx_article_free(art);
    /* a name opening the clause that the article names as a person elsewhere */
    art = run("公司增聘张伟为基金经理。公告显示，张伟于2017年加入该公司，任固定收益部研究员。"
              "公告显示，金海于2018年成立，任何人不得干预。");
    expect_holder(art, "张伟", "研究员");
    assert_null(fixture_person(art, "金海"));
    gx_article_free(art);
}

static void test_opener_holds_post(void **state)
{
    (void)state;
    /* the person opening the clause, a verb of holding, the owner, the title */
    gx_article *art = run("2008年，刘士余进入中国银行担任副行长，分管零售业务。贾跃亭以公司董事长的身份发出公开信。"
                          "马云作为公司实际控制人的一致行动人，增持了股份。董明珠并无在其他公司担任董事职务。");
    expect_holder(art, "刘士余", "副行长");
    expect_holder(art, "贾跃亭", "董事长");
    assert_false(fixture_has_title(fixture_person(art, "马云"), "实际控制人"));
    assert_false(fixture_has_title(fixture_person(art, "董明珠"), "董事"));
    gx_article_free(art);
    /* 成为 (becomes) after a comma: the clause before names the holder */
    art = run("本次过户完成后，王传福持有公司股份1000万股，成为公司第七大股东。");
    expect_holder(art, "王传福", "大股东");
    gx_article_free(art);
}

/* An author's note gives the byline's writer the title after 作者系/为/是 (本文作者系长金投资董事长);
 * a note under no writer gives none, and 作者为 in another clause gives nothing to its name. */
static void test_author_notes(void **state)
{
    (void)state;
    gx_article *art = fixture_run("记者 郑晓军\n纵观2017年，白马股集体跑赢大盘。（本文作者系长金投资董事长）", NULL, "郑晓军");
    expect_holder(art, "郑晓军", "董事长");
    gx_article_free(art);
    art = fixture_run("投资者还是远离那些妖股吧。（作者系资本市场研究人士王明的同事）", NULL, NULL);
    const gx_entity *e = fixture_person(art, "王明");
    assert_false(e && e->roles.n > 0);
    gx_article_free(art);
    art = fixture_run("作者为王明的文章说，公司董事长李强表示看好。", NULL, NULL);
    expect_holder(art, "李强", "董事长");
    assert_false(fixture_has_title(fixture_person(art, "王明"), "董事长"));
    gx_article_free(art);
}


/* A title, 的, and a person closing the phrase (resolution, gx_resolve_roles.c): the person holds
 * it without a verb of holding before the title; not a post still to come, nor a name that goes
 * on into a word (数学家的|科恩|奖). */
static void test_de_holders(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"罗斯曼", GX_ENT_PERSON, 0.7f}, {"科恩", GX_ENT_PERSON, 0.7f},
                                {"韦伯斯特", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("早前某资本基金经理的罗斯曼曾表示看好美股。"
                                         "这项奖只颁给数学家的科恩奖得主。"
                                         "有望成为下一任总裁的韦伯斯特可谓年少有为。", tags, 3);
    expect_holder(art, "罗斯曼", "基金经理");
    assert_false(fixture_has_title(fixture_person(art, "科恩"), "数学家"));
    assert_false(fixture_has_title(fixture_person(art, "韦伯斯特"), "总裁"));
    gx_article_free(art);
}

/* Holders named among the title's holders: 激励对象中A、B, 实际控制人之一A先生; 中 that opens a
 * name of its own (中商华融, a company) is no such word. 激励对象 and 总书记 are titles. */
static void test_among_holders(void **state)
{
    (void)state;
    gx_article *art = run("鉴于原激励对象中张伟民、刘志强因离职已不具备资格。"
                          "公司实际控制人之一王建国先生持有公司股份。"
                          "其控股股东中商华融的有限合伙人是一家信托公司。"
                          "同意回购离职激励对象赵立新所持股票。王建新总书记在会上指出。");
    expect_holder(art, "张伟民", "原激励对象");
    expect_holder(art, "刘志强", "原激励对象");
    expect_holder(art, "王建国", "实际控制人");
    expect_holder(art, "赵立新", "激励对象");
    expect_holder(art, "王建新", "总书记");
    assert_null(fixture_person(art, "商华融"));
    gx_article_free(art);
}

/* The holder before an address title whose left edge is no stop word: the tagger read the same
 * name alone (随着|卡特勒|总统, 1997年|朱立基|总理); without it the edge is still required. */
static void test_tagged_holder_before(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"卡特勒", GX_ENT_PERSON, 0.7f}, {"朱立基", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("随着卡特勒总统上台,股市起飞。改革与1997年朱立基总理的改革相似。"
                                         "他在1998年杨明远总理的任上退休。", tags, 2);
    expect_holder(art, "卡特勒", "总统");
    expect_holder(art, "朱立基", "总理");
    assert_false(fixture_has_title(fixture_person(art, "杨明远"), "总理"));
    gx_article_free(art);
}

/* 作为/身为 TITLE, NAME: the clause the title closes describes the person opening the next. */
static void test_as_title_holders(void **state)
{
    (void)state;
    gx_article *art = run("作为创始人,吴建国在公司上市时持有36%的股权。"
                          "在2016年间,作为公司持股超过5%的股东,刘德明表示将减持股份。"
                          "投资者作为股东,高明远认为不妥。");
    expect_holder(art, "吴建国", "创始人");
    expect_holder(art, "刘德明", "股东");
    assert_false(fixture_has_title(fixture_person(art, "高明远"), "股东"));
    gx_article_free(art);
}


/* A 、-list after a title: a member the tagger read alone (sure of it) may close the list before
 * a verb that is no name-end word (实控人钟立波、王立华|接到); without the tagger's reading the list
 * stops there. */
static void test_tagged_list_members(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"王立华", GX_ENT_PERSON, 0.7f}, {"郑明诚", GX_ENT_PERSON, 0.3f}};
    gx_article *art = fixture_run_tagged("公司实控人钟立波、王立华接到券商的正式通知。"
                                         "本报记者赵燕华、郑明诚采写了这篇文章。", tags, 2);
    expect_holder(art, "钟立波", "实控人");
    expect_holder(art, "王立华", "实控人");
    expect_holder(art, "赵燕华", "本报记者");
    assert_false(fixture_has_title(fixture_person(art, "郑明诚"), "本报记者")); /* the tagger unsure */
    gx_article_free(art);
}


/* A count between the list and the title it holds (等4位高管, 两名基金经理: then 等 is not needed). */
static void test_counted_holders(void **state)
{
    (void)state;
    const fixture_tag tags[] = {{"李明远", GX_ENT_PERSON, 0.7f}, {"张晓东", GX_ENT_PERSON, 0.7f}};
    gx_article *art = fixture_run_tagged("公告称,公司董事长王立军等4位高管增持了公司股份。"
                                         "该基金由李明远、张晓东两名基金经理共同管理。", tags, 2);
    expect_holder(art, "王立军", "高管");
    expect_holder(art, "李明远", "基金经理");
    expect_holder(art, "张晓东", "基金经理");
    gx_article_free(art);
}


/* Nominations: the board of a term between 为 and the title (为公司第十届董事会…), the candidate's
 * post (独立董事候选人), 非独立董事. */
static void test_nominations(void **state)
{
    (void)state;
    gx_article *art = run("提名张建国先生、李文涛先生为公司第八届董事会非独立董事候选人。"
                          "提名赵明辉先生为公司第八届董事会独立董事候选人。选举刘志远为本公司第三届监事会监事。");
    expect_holder(art, "张建国", "非独立董事候选人");
    expect_holder(art, "李文涛", "非独立董事候选人");
    expect_holder(art, "赵明辉", "独立董事候选人");
    expect_holder(art, "刘志远", "监事");
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_after_name),
        cmocka_unit_test(test_title_after_institution),
        cmocka_unit_test(test_foreign_names),
        cmocka_unit_test(test_japanese_name),
        cmocka_unit_test(test_writers),
        cmocka_unit_test(test_repeated_holder),
        cmocka_unit_test(test_announcements),
        cmocka_unit_test(test_scoped_titles),
        cmocka_unit_test(test_well_known_people),
        cmocka_unit_test(test_former_titles),
        cmocka_unit_test(test_title_words_and_lists),
        cmocka_unit_test(test_investment_arms),
        cmocka_unit_test(test_latin_words),
        cmocka_unit_test(test_places_before_speech),
        cmocka_unit_test(test_english_speakers),
        cmocka_unit_test(test_predicates_and_lists),
        cmocka_unit_test(test_title_chains),
        cmocka_unit_test(test_acting_in_concert),
        cmocka_unit_test(test_joint_posts),
        cmocka_unit_test(test_spaced_clauses),
        cmocka_unit_test(test_post_verbs),
        cmocka_unit_test(test_appositions),
        cmocka_unit_test(test_relative_holders),
        cmocka_unit_test(test_glossed_names),
        cmocka_unit_test(test_unit_titles),
        cmocka_unit_test(test_bare_chief),
        cmocka_unit_test(test_committee_posts),
        cmocka_unit_test(test_latin_surnames),
        cmocka_unit_test(test_copula_after_comma),
        cmocka_unit_test(test_post_after_comma),
        cmocka_unit_test(test_opener_holds_post),
        cmocka_unit_test(test_author_notes),
        cmocka_unit_test(test_contest_heading),
        cmocka_unit_test(test_holder_after_org),
        cmocka_unit_test(test_etc_holders),
        cmocka_unit_test(test_de_holders),
        cmocka_unit_test(test_among_holders),
        cmocka_unit_test(test_tagged_holder_before),
        cmocka_unit_test(test_as_title_holders),
        cmocka_unit_test(test_tagged_list_members),
        cmocka_unit_test(test_counted_holders),
        cmocka_unit_test(test_nominations),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
