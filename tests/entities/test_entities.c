/* test_entities.c — entity rules, resolution, coreference, salience and company ids
 * (extract/gx_entity_rules.c, gx_people.c, gx_resolve.c, gx_salience.c) on hand-written
 * sentences. The tagger is left out so that these tests do not move when the model is
 * retrained: they pin what the gazetteers and the rules guarantee. */
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
#include "gx_quantity.h"

static gx_article *run(const char *s)
{
    return fixture_run(s, NULL, NULL);
}

static int count_type(gx_article *art, gx_ent_type t)
{
    int n = 0;
    for (int k = 0; k < art->entities.n; k++)
        n += art->entities.v[k].type == t;
    return n;
}

static bool has_role(const gx_entity *e, const char *title, const char *org)
{
    for (int r = 0; r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title) &&
            (org ? e->roles.v[r].organization && !strcmp(e->roles.v[r].organization, org)
                 : e->roles.v[r].organization == NULL))
            return true;
    return false;
}

/* ------------------------------------------------------------------ legal names */

/* a legal name reads over the business words inside it (投资, 管理, 控股); a limited partnership
 * (合伙企业(有限合伙)) is a company */
static void test_legal_names_with_business_words(void **state)
{
    (void)state;
    gx_article *art = run("股东深圳前海永兴投资管理有限公司表示，股东上海岳野股权投资管理合伙企业(有限合伙)解禁。");
    assert_non_null(fixture_find(art, "深圳前海永兴投资管理有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "上海岳野股权投资管理合伙企业", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a bracketed place inside a legal name after a stop word that is no business word */
    art = run("公司拟收购星河控股(香港)有限公司持有的股权。股东北极光电(深圳)有限公司减持。");
    assert_non_null(fixture_find(art, "星河控股(香港)有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "北极光电(深圳)有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* ------------------------------------------------------------------ tickers */

static void test_tickers(void **state)
{
    (void)state;
    gx_article *art = run("贵州茅台(600519)今日公告。星河智造(688999.SH)同日披露，英伟达(NASDAQ: NVDA)股价上涨，"
                          "腾讯控股(00700.HK)回购股份。");
    const gx_entity *e = fixture_find(art, "贵州茅台", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600519");
    assert_string_equal(e->ticker.exchange, "SSE");
    assert_string_equal(e->company_id, "sse-600519");
    /* a company the gazetteer does not know, named by its explicit ticker */
    e = fixture_find(art, "星河智造", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "688999");
    assert_string_equal(e->ticker.exchange, "SSE");
    e = fixture_find(art, "英伟达", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->company_id, "nasdaq-nvda");
    e = fixture_find(art, "腾讯控股", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00700");
    assert_string_equal(e->ticker.exchange, "HKEX");
    assert_string_equal(e->company_id, "hkex-00700");
    gx_article_free(art);
    /* a Hong Kong share-class marker between the name and its code is neither */
    art = run("星河药业-B(02616.HK)公布中期业绩，智远科技-SW(09999)同日回购。");
    e = fixture_find(art, "星河药业", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "02616");
    e = fixture_find(art, "智远科技", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "09999");
    gx_article_free(art);
    /* a résumé's 任 (held the post) after a date is no part of the company's name */
    art = run("2005年11月至2009年8月任广东德邦物流有限公司运营中心副总监。");
    assert_non_null(fixture_find(art, "广东德邦物流有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "任广东德邦物流有限公司", -1));
    gx_article_free(art);
    /* 丨 after a dateline separates, it is no part of the name */
    art = run("格隆汇8月11日丨中国新华电视(08356.HK)公布业绩。");
    e = fixture_find(art, "中国新华电视", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "08356");
    gx_article_free(art);
    /* 财华社 writes Hong Kong codes with a hyphen */
    art = run("澳能建设(01183-HK)公布，回购70万股，涉资112.4万元。");
    e = fixture_find(art, "澳能建设", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01183");
    assert_string_equal(e->ticker.exchange, "HKEX");
    gx_article_free(art);
    /* a 新三板 code the Beijing list does not hold is a NEEQ quotation */
    art = run("普瑞物联(430185)近日公布2019年报告。诺思兰德(430047)同日公告。");
    e = fixture_find(art, "普瑞物联", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "430185");
    assert_string_equal(e->ticker.exchange, "NEEQ");
    e = fixture_find(art, "诺思兰德", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "430047");
    assert_string_equal(e->ticker.exchange, "BSE");
    gx_article_free(art);
    /* a bare five-digit code led by 0 is a Hong Kong code; a six-digit one an A share */
    art = run("达利国际(00608)委任钟国斌为独立非执行董事。");
    e = fixture_find(art, "达利国际", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00608");
    assert_string_equal(e->ticker.exchange, "HKEX");
    gx_article_free(art);
}

/* A gazetteer ticker is withheld from an article written before the company's listing
 * (data/companies/a_share.tsv list_date; 宁德时代 300750 listed 2018-06-11); the company and its
 * id stay; a Hong Kong listing that came first replaces it. A ticker the text writes is kept. Without published_at, the latest day or month
 * the text names dates the article (quantity stage). */
static gx_article *run_dated(const char *s, const char *published)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    art->published_at = published;
    gx_quantities_find(fixture_engine()->quantities, art);
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    return art;
}

static void test_ticker_as_of_listing(void **state)
{
    (void)state;
    const char *text = "宁德时代拟在创业板上市。贵州茅台营收增长。";
    gx_article *art = run_dated(text, "2018-03-01");
    const gx_entity *e = fixture_find(art, "宁德时代", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "");
    assert_string_equal(e->company_id, "szse-300750");
    assert_string_equal(fixture_find(art, "贵州茅台", GX_ENT_COMPANY)->ticker.code, "600519");
    gx_article_free(art);
    art = run_dated(text, "2018-06-20");
    assert_string_equal(fixture_find(art, "宁德时代", GX_ENT_COMPANY)->ticker.code, "300750");
    gx_article_free(art);
    art = run_dated(text, "2018-06"); /* the listing month itself: kept */
    assert_string_equal(fixture_find(art, "宁德时代", GX_ENT_COMPANY)->ticker.code, "300750");
    gx_article_free(art);
    art = run_dated(text, NULL); /* nothing dates it: kept */
    assert_string_equal(fixture_find(art, "宁德时代", GX_ENT_COMPANY)->ticker.code, "300750");
    gx_article_free(art);
    art = run_dated("2018年2月1日,宁德时代提交上市申请。", NULL);
    assert_string_equal(fixture_find(art, "宁德时代", GX_ENT_COMPANY)->ticker.code, "");
    gx_article_free(art);
    art = run_dated("宁德时代(300750)提交上市申请。", "2018-03-01");
    assert_string_equal(fixture_find(art, "宁德时代", GX_ENT_COMPANY)->ticker.code, "300750");
    gx_article_free(art);
    /* listed in Hong Kong first (global_companies.tsv sixth column): that ticker until 2022 */
    art = run_dated("中国移动发布年报。", "2018-03-01");
    const gx_entity *m = fixture_find(art, "中国移动", GX_ENT_COMPANY);
    assert_non_null(m);
    assert_string_equal(m->ticker.code, "00941");
    assert_string_equal(m->ticker.exchange, "HKEX");
    assert_string_equal(m->company_id, "sse-600941");
    gx_article_free(art);
    art = run_dated("中国移动发布年报。", "2023-03-01");
    assert_string_equal(fixture_find(art, "中国移动", GX_ENT_COMPANY)->ticker.code, "600941");
    gx_article_free(art);
}

/* 控股 is a company suffix (cues.tsv): 德斯控股, 企展控股; not after a generic word (国有控股,
 * 金融控股). (能源, 物业, 教育 were tried and read 主营新能源, 在线教育 as companies.) */
static void test_more_company_suffixes(void **state)
{
    (void)state;
    gx_article *art = run("德斯控股发布公告。企展控股获得融资。");
    assert_non_null(fixture_find(art, "德斯控股", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "企展控股", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("这是一家国有控股企业,主营新能源。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

/* A company name that is an ordinary word too (美的, 理想: common_word_names.tsv) is a company in
 * a company's context: a word for a company before it, a company attribute or a company's
 * figure after it (optionally after a date); not in ordinary prose. */
static void test_weak_names_in_company_context(void **state)
{
    (void)state;
    const char *texts[] = {"家电巨头美的发布财报。", "美的旗下子公司。", "美的今年营收增长20%。"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        gx_article *art = run_dated(texts[i], NULL);
        const gx_entity *e = fixture_find(art, "美的", GX_ENT_COMPANY);
        if (!e)
            fail_msg("no company 美的 in %s", texts[i]);
        assert_string_equal(e->ticker.code, "000333");
        gx_article_free(art);
    }
    gx_article *art = run_dated("这是美的享受,美的事物。", NULL);
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

/* Hong Kong market reports write the code bare, with its leading zeros; a company listed in
 * both places gets the code the text gives, not its A-share listing */
/* a Hong Kong share-class marker after a name is no part of the name, but the form with it is
 * one of the company's written names (an alias) */
static void test_share_class_alias(void **state)
{
    (void)state;
    gx_article *art = run("基石药业-B(02616)公布业绩，基石药业表示收入增长。A-B测试完成。");
    const gx_entity *e = fixture_find(art, "基石药业", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->name, "基石药业");
    assert_ptr_equal(e, fixture_find(art, "基石药业-B", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* the class letter of a Shenzhen or Shanghai stock's name (万科A, 深康佳A) is one of the company's
 * written names; A股 is the market, no name */
static void test_a_share_class_alias(void **state)
{
    (void)state;
    gx_article *art = run("个股分别是中国平安、分众传媒、万科A、中兴通讯。万科A股股价上涨。");
    const gx_entity *e = fixture_find(art, "万科", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ptr_equal(e, fixture_find(art, "万科A", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "万科A股", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_bare_hong_kong_codes(void **state)
{
    (void)state;
    gx_article *art = run("内银股疲弱，建设银行(00939)下跌7.66%；星岛置业(01109)下跌6.4%。"
                          "报告期为(2018)年度，样本(12345)个。");
    const gx_entity *e = fixture_find(art, "建设银行", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "00939");
    assert_string_equal(e->ticker.exchange, "HKEX");
    e = fixture_find(art, "星岛置业", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01109");
    assert_string_equal(e->ticker.exchange, "HKEX");
    /* numbers in brackets without the leading zero are no codes */
    for (int i = 0; i < art->entities.n; i++)
        assert_string_not_equal(art->entities.v[i].ticker.code, "02018");
    for (int i = 0; i < art->entities.n; i++)
        assert_string_not_equal(art->entities.v[i].ticker.code, "12345");
    gx_article_free(art);
}

/* A code after a portal's inline stock quote names the company before the quote, known to the
 * gazetteer or not (Chinese or Latin); a Hong Kong announcement gives its code as the last item
 * of a long bracket after the legal name (股份代号:HK3709). */
static void test_codes_after_quotes_and_in_announcements(void **state)
{
    (void)state;
    gx_article *art = run("港股收盘，康宁医院(14.56,-0.74,-4.84%)(02120)下跌，IMAX CHINA(12.96,-0.02,-0.15%)"
                          "(01970)公布回购。");
    const gx_entity *e = fixture_find(art, "康宁医院", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "02120");
    assert_string_equal(e->ticker.exchange, "HKEX");
    e = fixture_find(art, "IMAX CHINA", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "01970");
    gx_article_free(art);
    art = run("华盛服饰控股有限公司(「华盛服饰」或「公司」,连同其附属公司「本集团」,股份代号:HK3709)宣布收购。");
    e = fixture_find(art, "华盛服饰", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "03709");
    assert_string_equal(e->ticker.exchange, "HKEX");
    gx_article_free(art);
    /* a long bracket without a code word gives no ticker, even if a number ends it */
    art = run("华盛服饰控股有限公司(「华盛服饰」或「公司」,连同其附属公司「本集团」,员工03709)宣布收购。");
    e = fixture_find(art, "华盛服饰", GX_ENT_COMPANY);
    if (e)
        assert_string_equal(e->ticker.code, "");
    gx_article_free(art);
}

/* A listed short name that is an everyday phrase (新动力 "a new driving force", 线上线下) is no
 * company without support. */
static void test_everyday_phrases_are_weak_names(void **state)
{
    (void)state;
    gx_article *art = run_dated("新兴产业成为经济增长的新动力，线上线下相互融合。", NULL);
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

static void test_explicit_ticker_wins(void **state)
{
    (void)state;
    /* the text's own ticker beats a gazetteer name that happens to collide (Shenzhen suffix) */
    gx_article *art = run("北方星辰(002999.SZ)发布公告。");
    const gx_entity *e = fixture_find(art, "北方星辰", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.exchange, "SZSE");
    assert_string_equal(e->ticker.code, "002999");
    gx_article_free(art);
}

/* ------------------------------------------------------------------ aliases */

static void test_declared_alias(void **state)
{
    (void)state;
    gx_article *art = run("华信科技拟收购美国Blue Harbor Holdings,Inc.(简称“BHH公司”)60%股权。BHH公司成立于1998年，"
                          "BHH公司总部位于波士顿。");
    const gx_entity *e = fixture_find(art, "BHH公司", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_ptr_equal(fixture_find(art, "Blue Harbor Holdings,Inc.", GX_ENT_COMPANY), e);
    assert_true(e->mentions.n >= 4);
    assert_non_null(fixture_find(art, "华信科技", GX_ENT_COMPANY));
    assert_ptr_not_equal(fixture_find(art, "华信科技", GX_ENT_COMPANY), e);
    gx_article_free(art);
}

/* ------------------------------------------------------------------ unlisted companies by context */

static void test_lists_and_suffixes(void **state)
{
    (void)state;
    gx_article *art = run("近年来涌现了星辰微、月影半导体、海潮芯等芯片设计独角兽。"
                          "此轮投资方包括红杉中国、云锋基金、晨曦创投等。同时，蓝鲸科技宣布完成融资。");
    assert_non_null(fixture_find(art, "星辰微", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "月影半导体", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "海潮芯", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "云锋基金", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "晨曦创投", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "蓝鲸科技", GX_ENT_COMPANY));
    /* the list cue itself is no company */
    assert_null(fixture_find(art, "芯片设计独角兽", -1));
    assert_null(fixture_find(art, "投资方", -1));
    gx_article_free(art);
    /* filings write foreign legal names in capitals */
    art = run("截至7月23日，NORTHWIND TRADERS LIMITED、卫狮投资有限公司的减持计划已届满。");
    assert_non_null(fixture_find(art, "NORTHWIND TRADERS LIMITED", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "卫狮投资有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_generic_phrases_are_not_companies(void **state)
{
    (void)state;
    gx_article *art = run("金融科技发展迅速，多家大型信托收缩业务，结构化证券投资类业务下滑，市场竞争加剧、技术门槛提高等因素导致企业承压。"
                          "我们在星期六开会，阳光明媚。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

static void test_longest_match(void **state)
{
    (void)state;
    gx_article *art = run("国泰君安发布研报。");
    const gx_entity *e = fixture_find(art, "国泰君安", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "601211");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 1);
    gx_article_free(art);
}

/* ------------------------------------------------------------------ people */

static void test_people_with_titles(void **state)
{
    (void)state;
    gx_article *art = run("星河资本创始人兼CEO李明远表示，市场仍有机会。中国科学院院士、材料研究所所长周海峰在会上指出，"
                          "研发投入要持续。央行副行长刘国强说，政策将保持稳定。李明远还表示，基金规模将扩大。");
    const gx_entity *p = fixture_find(art, "李明远", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "创始人兼CEO", "星河资本"));
    assert_int_equal(p->mentions.n, 2); /* the later bare mention joins */
    p = fixture_find(art, "周海峰", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "院士", "中国科学院"));
    assert_true(has_role(p, "所长", "材料研究所"));
    p = fixture_find(art, "刘国强", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "副行长", "中国人民银行") || has_role(p, "副行长", "央行"));
    assert_non_null(fixture_find(art, "央行", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "刘国强说", -1));
    gx_article_free(art);
}

static void test_title_after_resolved_company(void **state)
{
    (void)state;
    /* 公司 resolves to the company, and the chairman's organization is that company */
    gx_article *art = run("贵州茅台(600519)发布公告。公司董事长丁雄军表示，将继续推进改革。");
    const gx_entity *p = fixture_find(art, "丁雄军", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "董事长", "贵州茅台"));
    gx_article_free(art);
}

static void test_appointment(void **state)
{
    (void)state;
    /* the person before an appointment verb holds the title after it */
    gx_article *art = run("国务院决定，任命李明远同志为中国证监会主席。此前，星河资本董事长周海峰则转任湖南省省长。");
    const gx_entity *p = fixture_find(art, "李明远", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "主席", "证监会") || has_role(p, "主席", "中国证监会"));
    p = fixture_find(art, "周海峰", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(p->roles.n == 2);
    gx_article_free(art);
}

static void test_more_context_names(void **state)
{
    (void)state;
    gx_article *art = run("受到丹麦电信运营商TDX的拖累，股价下跌。根据Quantix的最新调查，需求回升。"
                          "1950年，“守望者”共同基金公司成立。对冲基金经理詹姆斯·西蒙斯表示，模型有效。");
    assert_non_null(fixture_find(art, "TDX", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Quantix", GX_ENT_ORGANIZATION));
    assert_non_null(fixture_find(art, "“守望者”共同基金公司", GX_ENT_COMPANY));
    const gx_entity *p = fixture_find(art, "詹姆斯·西蒙斯", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "对冲基金经理", NULL) || has_role(p, "基金经理", NULL));
    gx_article_free(art);
}

static void test_partner_of_known_company(void **state)
{
    (void)state;
    gx_article *art = run("贵州茅台与星云AI签署战略合作协议。此外，海潮数智与英伟达合作开发新平台。");
    assert_non_null(fixture_find(art, "星云AI", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "海潮数智", GX_ENT_COMPANY));
    gx_article_free(art);
}

static void test_positions_without_holder(void **state)
{
    (void)state;
    gx_article *art = run("据记者了解，一位分析师表示，该行业仍在调整。");
    assert_int_equal(count_type(art, GX_ENT_PERSON), 0);
    int n = 0;
    for (int i = 0; i < art->positions.n; i++) {
        assert_int_equal(art->positions.v[i].person, -1);
        n++;
    }
    assert_int_equal(n, 2);
    gx_article_free(art);
}

static void test_byline_reporter(void **state)
{
    (void)state;
    gx_article *art = fixture_run("海潮财经记者 赵一凡\n\n某公司发布公告。", "海潮财经", "赵一凡");
    const gx_entity *p = fixture_find(art, "赵一凡", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "记者", "海潮财经"));
    assert_int_equal(p->roles.n, 1); /* the byline's role is not repeated */
    const gx_entity *o = fixture_find(art, "海潮财经", -1);
    assert_non_null(o);
    assert_int_equal(o->type, GX_ENT_ORGANIZATION);
    /* the position points at both */
    bool linked = false;
    for (int i = 0; i < art->positions.n; i++)
        linked |= art->positions.v[i].person >= 0 && &art->entities.v[art->positions.v[i].person] == p &&
                  art->positions.v[i].organization >= 0 && &art->entities.v[art->positions.v[i].organization] == o;
    assert_true(linked);
    gx_article_free(art);
}

static void test_english(void **state)
{
    (void)state;
    gx_article *art = run("Acme Robotics Inc. said on Monday that sales rose. CEO Tim Cook said demand was strong. "
                          "Jensen Huang, chief executive of Nvidia, agreed.");
    assert_non_null(fixture_find(art, "Acme Robotics Inc.", GX_ENT_COMPANY));
    const gx_entity *p = fixture_find(art, "Tim Cook", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "CEO", NULL));
    p = fixture_find(art, "Jensen Huang", GX_ENT_PERSON);
    assert_non_null(p);
    assert_true(has_role(p, "chief executive", "Nvidia") || has_role(p, "chief executive", "英伟达"));
    gx_article_free(art);
}

/* ------------------------------------------------------------------ resolution */

static void test_coreference(void **state)
{
    (void)state;
    gx_article *art = run("贵州茅台(600519)发布公告称，该公司拟以自有资金回购股份。公司表示，回购不影响经营。");
    const gx_entity *e = fixture_find(art, "贵州茅台", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_non_null(fixture_find(art, "该公司", GX_ENT_COMPANY));
    assert_ptr_equal(fixture_find(art, "该公司", GX_ENT_COMPANY), e);
    assert_ptr_equal(fixture_find(art, "公司", GX_ENT_COMPANY), e);
    assert_int_equal(e->mentions.n, 3);
    gx_article_free(art);
}

static void test_ids_order_and_one_entity_per_thing(void **state)
{
    (void)state;
    gx_article *art = run("英伟达和微软合作。NVIDIA表示，英伟达将继续投入。微软公司未回应。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 2);
    assert_string_equal(art->entities.v[0].id, "e1");
    assert_string_equal(art->entities.v[0].name, "英伟达");
    assert_string_equal(art->entities.v[1].id, "e2");
    const gx_entity *nv = fixture_find(art, "NVIDIA", GX_ENT_COMPANY);
    assert_ptr_equal(nv, &art->entities.v[0]);
    assert_int_equal(nv->mentions.n, 3);
    for (int k = 0; k < art->entities.n; k++)
        for (int m = 1; m < art->entities.v[k].mentions.n; m++)
            assert_true(art->entities.v[k].mentions.v[m - 1].span.start < art->entities.v[k].mentions.v[m].span.start);
    gx_article_free(art);
}

static void test_salience_subject_first(void **state)
{
    (void)state;
    gx_article *art = run("贵州茅台拟投资10亿元扩产\n\n贵州茅台(600519)公告称，公司拟投资扩产。五粮液和泸州老窖也在扩产，"
                          "五粮液表示，五粮液将稳步推进，五粮液产能提升。");
    const gx_entity *mt = fixture_find(art, "贵州茅台", GX_ENT_COMPANY);
    assert_non_null(mt);
    for (int k = 0; k < art->entities.n; k++) {
        assert_true(art->entities.v[k].salience >= 0 && art->entities.v[k].salience <= 1);
        if (&art->entities.v[k] != mt)
            assert_true(art->entities.v[k].salience < mt->salience);
    }
    gx_article_free(art);
}

static void test_company_id_scheme(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    /* FNV-1a 64 test vectors: "" and "a" */
    assert_string_equal(gx_company_id(a, NULL, ""), "n-cbf29ce484222325");
    assert_string_equal(gx_company_id(a, NULL, "a"), "n-af63dc4c8601ec8c");
    gx_ticker t;
    memset(&t, 0, sizeof t);
    strcpy(t.code, "NVDA");
    strcpy(t.exchange, "NASDAQ");
    assert_string_equal(gx_company_id(a, &t, "英伟达"), "nasdaq-nvda");
    strcpy(t.code, "600225");
    strcpy(t.exchange, "SSE");
    assert_string_equal(gx_company_id(a, &t, "卓朗科技"), "sse-600225");
    /* an unlisted company: the hash of its canonical name's UTF-8 */
    char want[40];
    snprintf(want, sizeof want, "n-%016llx", (unsigned long long)gx_fnv1a64("摩尔线程"));
    assert_string_equal(gx_company_id(a, NULL, "摩尔线程"), want);
    gx_arena_free(a);
}

static void test_spans_point_at_text(void **state)
{
    (void)state;
    gx_article *art = run("星河资本创始人兼CEO李明远表示，贵州茅台(600519)和英伟达(NASDAQ: NVDA)都在扩产。");
    for (int k = 0; k < art->entities.n; k++) {
        const gx_entity *e = &art->entities.v[k];
        assert_true(e->mentions.n >= 1);
        for (int m = 0; m < e->mentions.n; m++) {
            gx_span s = e->mentions.v[m].span;
            assert_true(s.start >= 0 && s.start < s.end && s.end <= art->ncp);
        }
    }
    for (int i = 0; i < art->positions.n; i++) {
        const gx_position *p = &art->positions.v[i];
        assert_string_equal(gx_article_span_text(art, p->span), p->title);
    }
    gx_article_free(art);
}

/* ------------------------------------------------------------------ round 2 (entities2) */

/* Code point offset of the first occurrence of `sub` in `text` (UTF-8), or -1. */
static int32_t cp_offset(const char *text, const char *sub)
{
    const char *hit = strstr(text, sub);
    if (!hit)
        return -1;
    int32_t n = 0;
    for (const char *p = text; p < hit; p++)
        n += ((unsigned char)*p & 0xC0) != 0x80;
    return n;
}

static int32_t cp_len(const char *s)
{
    int32_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Like run(), with tagger proposals injected where the tagger stage would add them. */
typedef struct tag_spec {
    const char *text;
    gx_ent_type type;
    float score;
} tag_spec;

static gx_article *run_tagged(const char *s, const tag_spec *tags, int ntags)
{
    gx_article *art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    for (int i = 0; i < ntags; i++) {
        int32_t at = cp_offset(s, tags[i].text);
        assert_true(at >= 0);
        gx_add_candidate(art, (gx_span){at, at + cp_len(tags[i].text)}, tags[i].type, GX_SRC_TAGGER, tags[i].score,
                         NULL, -1);
    }
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    return art;
}

/* Numbers after a company noun are years and dates, not names (基金2017年, 银行12月). */
static void test_numbers_are_not_names(void **state)
{
    (void)state;
    gx_article *art = run("4465份基金2017年四季报已经公布完毕。这是人民银行12月29日决定建立的安排。");
    assert_null(fixture_find(art, "2017", -1));
    assert_null(fixture_find(art, "12", -1));
    assert_non_null(fixture_find(art, "人民银行", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* An index named after a company (标普500指数, 纳斯达克综指) is not the company; 标普 alone is an
 * abbreviation that needs support. */
static void test_indices_are_not_companies(void **state)
{
    (void)state;
    gx_article *art = run("隔夜美股上涨，标普500指数收涨1.2%，标普收跌后反弹。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
    /* a region and 股票 between the name and 指数; a verb between is no index (腾讯拖累恒生指数) */
    art = run("2000年科技股灾，标准普尔美国股票指数跌了10.1%。腾讯拖累恒生指数下跌。");
    assert_null(fixture_find(art, "标准普尔", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "腾讯", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A country before a body the gazetteer knows (印度国防部, 。俄国防部) is that country's body; a
 * date before 日 is not Japan (29日国家发改委). */
static void test_country_bodies(void **state)
{
    (void)state;
    gx_article *art = run("印度国防部7日宣布试射成功。俄国防部认为合并势在必行。12月29日国家发改委发布通知。");
    assert_non_null(fixture_find(art, "印度国防部", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "俄国防部", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "日国家发改委", -1));
    gx_article_free(art);
}

/* Government suffixes and units need a place: 实行政府指导价 and 举办/主办 are no bodies. */
static void test_government_needs_a_place(void **state)
{
    (void)state;
    gx_article *art = run("商业银行的服务价格分别实行政府指导价和市场调节价。2012年6月30日，在北京麻雀瓦舍举办成人礼。"
                          "活动由北京房地产业产业协会主办。上海市政府和北京市国土资源局指导活动。");
    assert_null(fixture_find(art, "价格分别实行政府", -1));
    assert_null(fixture_find(art, "北京麻雀瓦舍举办", -1));
    assert_null(fixture_find(art, "北京房地产业产业协会主办", -1));
    assert_non_null(fixture_find(art, "上海市政府", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "北京市国土资源局", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* Exchanges and news sites are organizations, never companies (港交所, 东方财富网). */
static void test_exchanges_and_outlets(void **state)
{
    (void)state;
    gx_article *art = run("港交所宣布新规。东方财富网数据显示，北向资金流入。");
    assert_non_null(fixture_find(art, "港交所", GX_ENT_ORGANIZATION));
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

/* What the tagger proposes is admitted by its shape and its confidence together. */
static void test_tagger_persons_admitted_by_evidence(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"哈莉·贝丽", GX_ENT_PERSON, 0.6f},   /* a dotted transliteration */
        {"马尔科维奇", GX_ENT_PERSON, 0.91f}, /* five characters after a surname, tagger sure */
        {"弗格森", GX_ENT_PERSON, 0.88f},     /* no surname, glued to the verb, fairly sure */
        {"Linda", GX_ENT_PERSON, 0.97f},      /* a lone Latin word the tagger is sure of */
        {"Hopper", GX_ENT_PERSON, 0.7f},      /* a lone Latin word it is not sure of */
        {"白马股", GX_ENT_PERSON, 0.37f},     /* a function character in the given name */
        {"易方达", GX_ENT_PERSON, 0.69f},     /* a company word follows */
    };
    gx_article *art = run_tagged("女主角哈莉·贝丽终于沐浴到好评。主教练马尔科维奇执教最多，弗格森学会了耐心。"
                                 "热爱游戏的Linda为了磨练实力参赛，Hopper架构发布。绩优白马股抗跌，易方达基金的萧楠。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "哈莉·贝丽", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "马尔科维奇", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "弗格森", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "Linda", GX_ENT_PERSON));
    assert_null(fixture_find(art, "Hopper", GX_ENT_PERSON));
    assert_null(fixture_find(art, "白马股", -1));
    assert_null(fixture_find(art, "易方达", GX_ENT_PERSON));
    gx_article_free(art);
}

/* The edges of a tagger person weigh like the tagger's score: a job title right after the name
 * ends it (市川准|导演), brackets around it make it a unit even with a function character in it
 * ((张永和)); a place + 人 says where someone is from (沈阳人); an inner capital with no lower case
 * after it opens no second word (SlayerS is one word, JohnParkes two). */
static void test_tagger_person_edges(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"市川准", GX_ENT_PERSON, 0.44f},
        {"张永和", GX_ENT_PERSON, 0.55f},
        {"沈阳人", GX_ENT_PERSON, 0.51f},
        {"SlayerS", GX_ENT_PERSON, 0.58f},
        {"JohnParkes", GX_ENT_PERSON, 0.58f},
        {"董国强", GX_ENT_PERSON, 0.41f}, /* glued to a verb: the function character still counts */
        {"安德烈旗", GX_ENT_PERSON, 0.75f}, /* a flag or a banner (乌审旗), not a name */
    };
    gx_article *art = run_tagged("本片原来是市川准导演计划中的作品。实际上（张永和）和两位建筑师合作。于海是沈阳人，"
                                 "战队SlayerS的小将也来了。制作人JohnParkes透露了消息。村民董国强和其他人到场。"
                                 "想把安德烈旗插遍全球。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "市川准", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "张永和", GX_ENT_PERSON));
    assert_null(fixture_find(art, "沈阳人", GX_ENT_PERSON));
    assert_null(fixture_find(art, "SlayerS", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "JohnParkes", GX_ENT_PERSON));
    assert_null(fixture_find(art, "安德烈旗", GX_ENT_PERSON));
    gx_article_free(art);
}

/* A job title right after a name the tagger reads wherever the text occurs raises its confidence
 * (泽林|上将); a title before is no such evidence (董事长|爆仓: verbs follow titles). */
static void test_tagger_person_before_title(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"泽林", GX_ENT_PERSON, 0.45f},
        {"爆仓", GX_ENT_PERSON, 0.45f},
    };
    gx_article *art = run_tagged("泽林上将8月20日称，空军开始试验新机。惨烈！董事长爆仓。", tags,
                                 (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "泽林", GX_ENT_PERSON));
    assert_null(fixture_find(art, "爆仓", GX_ENT_PERSON));
    gx_article_free(art);
    /* the admitted name spreads to the other places where the tagger read it too, not elsewhere */
    const char *s = "泽林上将8月20日称，空军开始试验新机。泽林在航展上对记者说。他说泽林式的做法不变。";
    art = gx_article_new();
    gx_article_set_text(art, s, (int32_t)strlen(s));
    gx_lexicon_scan(fixture_engine()->lexicon, art);
    int32_t second = cp_offset(strstr(s, "。泽林") + 3, "泽林") + cp_offset(s, "。泽林") + 1;
    gx_add_candidate(art, (gx_span){0, 2}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.42f, NULL, -1);
    gx_add_candidate(art, (gx_span){second, second + 2}, GX_ENT_PERSON, GX_SRC_TAGGER, 0.48f, NULL, -1);
    gx_entity_rules(fixture_engine(), art);
    gx_resolve(fixture_engine(), art);
    const gx_entity *e = fixture_find(art, "泽林", GX_ENT_PERSON);
    assert_non_null(e);
    assert_int_equal(e->mentions.n, 2);
    gx_article_free(art);
}

/* A government body named by what its department is in charge of (房产部门, 房屋土地管理部门) when
 * the tagger is fairly sure; a bank's or a firm's department it is unsure of is none (研究部门). */
static void test_government_departments(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"房屋土地管理部门", GX_ENT_GOVERNMENT, 0.84f},
        {"研究部门", GX_ENT_GOVERNMENT, 0.67f},
    };
    gx_article *art = run_tagged("房屋土地管理部门应在登记后办理手续。该行研究部门认为利率将上升。", tags,
                                 (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "房屋土地管理部门", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "研究部门", -1));
    gx_article_free(art);
    /* a country's ministry (日本防卫省) and a regional authority's centre the tagger is sure of; a
     * province (中国广东省) and a trade centre (商务中心) are not */
    const tag_spec tags2[] = {
        {"日本防卫省", GX_ENT_GOVERNMENT, 0.9f},
        {"武汉市住房保障管理中心", GX_ENT_GOVERNMENT, 0.9f},
        {"中国广东省", GX_ENT_GOVERNMENT, 0.9f},
        {"商务中心", GX_ENT_GOVERNMENT, 0.9f},
    };
    art = run_tagged("日本防卫省发表声明。武汉市住房保障管理中心公布名单。中国广东省经济增长。城市的商务中心很热闹。", tags2,
                     (int)(sizeof tags2 / sizeof tags2[0]));
    assert_non_null(fixture_find(art, "日本防卫省", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "武汉市住房保障管理中心", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "中国广东省", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "商务中心", GX_ENT_GOVERNMENT));
    gx_article_free(art);
    /* the regulators' full legal names are the regulators */
    art = run("中国银行业监督管理委员会发布通知。中国保险监督管理委员会表示支持。");
    assert_non_null(fixture_find(art, "银监会", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "保监会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* A legal name right after the region it is registered in takes the region in (台湾|宇珍…有限公司,
 * 大连|博融控股集团有限公司), whether the tagger or a rule found it; a name without a legal form
 * does not. A bracketed region inside a legal name is its place of registration. */
static void test_legal_name_takes_its_region(void **state)
{
    (void)state;
    const tag_spec tags[] = {{"宇珍国际艺术有限公司", GX_ENT_COMPANY, 0.36f}};
    gx_article *art = run_tagged("一方青玉螭龙钮在台湾宇珍国际艺术有限公司的拍场上拍出高价。", tags,
                                 (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "台湾宇珍国际艺术有限公司", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a name without a legal form is not extended (在香港|宇珍拍卖行 stays as the tagger read it) */
    const tag_spec tags2[] = {{"宇珍拍卖行", GX_ENT_COMPANY, 0.8f}};
    art = run_tagged("这件拍品在香港宇珍拍卖行拍出高价。", tags2, 1);
    assert_non_null(fixture_find(art, "宇珍拍卖行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "香港宇珍拍卖行", -1));
    gx_article_free(art);
    /* the place of registration in brackets, inside a legal name or after a company word; other
     * brackets still end a name */
    const tag_spec tags3[] = {
        {"携程计算机技术(上海)有限公司", GX_ENT_COMPANY, 0.9f},
        {"渣打银行(中国)", GX_ENT_COMPANY, 0.9f},
        {"宇珍(拍卖)有限公司", GX_ENT_COMPANY, 0.9f},
    };
    art = run_tagged("公告称携程计算机技术(上海)有限公司增资。日前,渣打银行(中国)推出新品。宇珍(拍卖)有限公司成立。", tags3,
                     (int)(sizeof tags3 / sizeof tags3[0]));
    assert_non_null(fixture_find(art, "携程计算机技术(上海)有限公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "渣打银行(中国)", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "宇珍(拍卖)有限公司", -1));
    gx_article_free(art);
}

/* comp42: a country the tagger's left edge cuts opens the legal name (马来|西亚大地贸易公司), a
 * personal pronoun before a region does not (给我|南京乐咖…有限公司), and a tagger's reading that
 * ends in a known bank's short form is the short form (继宇宙|工行). */
static void test_legal_name_edges_comp42(void **state)
{
    (void)state;
    const tag_spec tags[] = {{"西亚大地贸易公司", GX_ENT_COMPANY, 0.6f},
                             {"我南京乐咖商业管理有限公司", GX_ENT_COMPANY, 0.6f},
                             {"继宇宙工行", GX_ENT_COMPANY, 0.6f}};
    gx_article *art = run_tagged("这个盘是有马来西亚大地贸易公司创办。房东打电话给我南京乐咖商业管理有限公司催租。"
                                 "继宇宙工行之后，又一款低息产品来袭。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "马来西亚大地贸易公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "西亚大地贸易公司", -1));
    assert_non_null(fixture_find(art, "南京乐咖商业管理有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "我南京乐咖商业管理有限公司", -1));
    assert_non_null(fixture_find(art, "工行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "继宇宙工行", -1));
    gx_article_free(art);
    /* a region before the short form is the bank's branch there and stays (香港招行) */
    const tag_spec tags2[] = {{"香港招行", GX_ENT_COMPANY, 0.6f}};
    art = run_tagged("你拨打香港招行的客服电话开通账户。", tags2, 1);
    assert_non_null(fixture_find(art, "香港招行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A Latin name in brackets right after a person's name is that person's name in its own script
 * (斯基贝（michaelskibbe）), whatever the tagger's score; a Latin word in brackets after no name is
 * not (指数（index）); an all-capital handle the tagger is sure of is a name (GRUBBY), a short one
 * is not (CEO). */
static void test_tagger_latin_names(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"斯基贝", GX_ENT_PERSON, 0.8f},      {"michaelskibbe", GX_ENT_PERSON, 0.5f},
        {"index", GX_ENT_PERSON, 0.5f},       {"GRUBBY", GX_ENT_PERSON, 0.95f},
        {"CEO", GX_ENT_PERSON, 0.95f},
    };
    gx_article *art = run_tagged("在德国主帅斯基贝（michaelskibbe）的指导下取胜。这个指数（index）上涨。"
                                 "GRUBBY也去玩星际争霸2了。CEO也去了。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "michaelskibbe", GX_ENT_PERSON));
    assert_null(fixture_find(art, "index", GX_ENT_PERSON));
    assert_non_null(fixture_find(art, "GRUBBY", GX_ENT_PERSON));
    assert_null(fixture_find(art, "CEO", GX_ENT_PERSON));
    gx_article_free(art);
}

/* A listed company named like a place (鄂尔多斯, 太平洋) is the place unless the article supports
 * the company (a ticker). */
static void test_place_named_companies(void **state)
{
    (void)state;
    gx_article *art = run("中石油在鄂尔多斯地区又发现大油田。特朗普宣布退出跨太平洋贸易伙伴协定。");
    assert_null(fixture_find(art, "鄂尔多斯", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "太平洋", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("鄂尔多斯(600295)发布公告。鄂尔多斯表示业绩增长。");
    assert_non_null(fixture_find(art, "鄂尔多斯", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A bank's name before 业 names the industry (中国银行业, 美国银行业的危机), not the bank; 业务 and
 * 业绩 after it do not (美国银行业务部, 中国银行业绩). */
static void test_industry_is_no_company(void **state)
{
    (void)state;
    gx_article *art = run("这对中国银行业乃至全球都有影响。当时美国银行业一片混乱。");
    assert_null(fixture_find(art, "中国银行", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "美国银行", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("中国银行业绩良好。");
    assert_non_null(fixture_find(art, "中国银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

static bool has_title(const gx_entity *e, const char *title)
{
    for (int r = 0; e && r < e->roles.n; r++)
        if (!strcmp(e->roles.v[r].title, title))
            return true;
    return false;
}

/* A title the rules found no holder for takes the person whose mention starts where it ends
 * (美国总统特朗普, 分析师汉森: names without a surname that only the tagger reads), not a
 * person further away. */
static void test_holder_after_title(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"特朗普", GX_ENT_PERSON, 0.95f},
        {"汉森", GX_ENT_PERSON, 0.92f},
        {"努钦", GX_ENT_PERSON, 0.93f},
    };
    gx_article *art = run_tagged("美国总统特朗普接受采访时表示。盛宝银行分析师汉森此前表示。记者当天见到了努钦。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_true(has_title(fixture_find(art, "特朗普", GX_ENT_PERSON), "美国总统"));
    assert_true(has_title(fixture_find(art, "汉森", GX_ENT_PERSON), "分析师"));
    const gx_entity *n = fixture_find(art, "努钦", GX_ENT_PERSON);
    assert_non_null(n);
    assert_int_equal(n->roles.n, 0); /* 记者 is followed by 当天, not by the name */
    gx_article_free(art);
}

/* A desk or region word before a title belongs to it (交易主管, 新兴市场货币策略负责人), and an
 * English name after a space holds it,
 * but never the end of a company or person name before it (鼎晖投资|合伙人, 刘亚洲|上将); a kind
 * of stock is no person even when the tagger is sure (白马股). */
static void test_desk_titles(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"刘亚洲", GX_ENT_PERSON, 0.9f},
        {"白马股", GX_ENT_PERSON, 0.95f},
    };
    gx_article *art = run_tagged("某银行新兴市场货币策略负责人 Win Thin表示。伦敦交易主管 Peter Fung称，金价有支撑。"
                                 "理事长是刘亚洲上将。机构偏爱的股票，例如白马股，就会受到追捧。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_true(has_title(fixture_find(art, "Win Thin", GX_ENT_PERSON), "新兴市场货币策略负责人"));
    assert_true(has_title(fixture_find(art, "Peter Fung", GX_ENT_PERSON), "交易主管"));
    assert_non_null(fixture_find(art, "刘亚洲", GX_ENT_PERSON));
    assert_null(fixture_find(art, "白马股", -1));
    gx_article_free(art);
}

/* A Latin name right before a Chinese title (or before 的 and the title) is the company the title
 * is at; English names keep an inner capital (McMillan); 的 is no part of a government name. */
static void test_latin_org_before_title(void **state)
{
    (void)state;
    gx_article *art = run("“我认为人气有点过于乐观，”Commonwealth Financial Network首席投资官Brad McMillan表示。"
                          "Macro Risk Advisors的衍生品策略主管Pravit Chintawongvanich称。"
                          "罗某曾经去过南京石化的办公场所。");
    assert_non_null(fixture_find(art, "Commonwealth Financial Network", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Macro Risk Advisors", GX_ENT_COMPANY));
    const gx_entity *p = fixture_find(art, "Brad McMillan", GX_ENT_PERSON);
    assert_true(has_role(p, "首席投资官", "Commonwealth Financial Network"));
    assert_true(has_title(fixture_find(art, "Pravit Chintawongvanich", GX_ENT_PERSON), "衍生品策略主管"));
    assert_int_equal(count_type(art, GX_ENT_GOVERNMENT), 0);
    gx_article_free(art);
}

/* A short gazetteer name inside another word the tagger read (北京东三环) or glued on both sides
 * (金融创新) is not the company; a longer tagger name around a gazetteer name with a region
 * before it or a branch after it wins (中国光大银行, 中国农业银行亚运村支行). */
static void test_gazetteer_names_inside_words(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"北京东三环", GX_ENT_LOCATION, 0.8f},
        {"中国农业银行亚运村支行", GX_ENT_COMPANY, 0.6f},
        {"中国光大银行", GX_ENT_COMPANY, 0.5f},
    };
    gx_article *art = run_tagged("在北京东三环的一家医院。各银行不断提高金融创新水平。储户在中国农业银行亚运村支行取款，"
                                 "沈先生升级了中国光大银行的信用卡。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_null(fixture_find(art, "京东", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "融创", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中国农业银行亚运村支行", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "中国光大银行", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* The tagger's left edge inside a word (股东|重庆…) or on a separator (丨) is moved; the rule's
 * unsure left edge takes the tagger's earlier one (杭州万涌经|济咨询有限公司). */
static void test_company_left_edges(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"东重庆安见汉时科技有限公司", GX_ENT_COMPANY, 0.47f},
        {"杭州万涌经济咨询有限公司", GX_ENT_COMPANY, 0.47f},
    };
    gx_article *art = run_tagged("公司接到控股股东重庆安见汉时科技有限公司的通知。会员单位杭州万涌经济咨询有限公司被投诉。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "重庆安见汉时科技有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "东重庆安见汉时科技有限公司", -1));
    assert_non_null(fixture_find(art, "杭州万涌经济咨询有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "济咨询有限公司", -1));
    gx_article_free(art);
}

/* A division right after a government body belongs to it (银监会咨询处, 外交部领事处); an adverb
 * in between ends the body (美联储仍处于). */
static void test_government_divisions(void **state)
{
    (void)state;
    gx_article *art = run("银监会咨询处表示，服务价格实行两种。外交部领事处称，申请量上升。美联储仍处于加息周期。");
    assert_non_null(fixture_find(art, "银监会咨询处", GX_ENT_GOVERNMENT));
    assert_non_null(fixture_find(art, "外交部领事处", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "美联储仍处", -1));
    assert_non_null(fixture_find(art, "美联储", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

static bool has_position(const gx_article *art, const char *title)
{
    for (int i = 0; i < art->positions.n; i++)
        if (!strcmp(art->positions.v[i].title, title))
            return true;
    return false;
}

/* The tagger's score reads as its precision, and the article adds evidence: a name in a list
 * next to a person (…、尼尔等) is admitted at a score that alone is not enough; a title the rules
 * cut out of a word (漫|画家) takes the tagger's whole reading when the tagger is more likely
 * right than wrong, not when it is unsure; a title word inside a name the tagger is sure of
 * (伟业|顾问|北京公司) is no title. */
static void test_tagger_evidence_in_context(void **state)
{
    (void)state;
    const tag_spec listed[] = {
        {"萨维奇", GX_ENT_PERSON, 0.9f},
        {"迪科夫", GX_ENT_PERSON, 0.9f},
        {"尼尔", GX_ENT_PERSON, 0.5f},
    };
    gx_article *art = run_tagged("只是随着萨维奇、迪科夫、尼尔等恶汉的离队，球队变了。", listed, 3);
    assert_non_null(fixture_find(art, "尼尔", GX_ENT_PERSON));
    gx_article_free(art);
    const tag_spec alone[] = {{"尼尔", GX_ENT_PERSON, 0.35f}};
    art = run_tagged("只是随着尼尔等恶汉的离队，球队变了。", alone, 1);
    assert_null(fixture_find(art, "尼尔", GX_ENT_PERSON));
    gx_article_free(art);

    /* a transliteration in an enumeration of places is a place, unless the tagger is sure */
    const tag_spec places[] = {
        {"越南", GX_ENT_LOCATION, 0.85f},
        {"多米尼加", GX_ENT_PERSON, 0.45f},
    };
    const char *exports = "产品已出口到越南、多米尼加等国家。";
    art = run_tagged(exports, places, 2);
    assert_null(fixture_find(art, "多米尼加", GX_ENT_PERSON));
    gx_article_free(art);
    const tag_spec sure[] = {
        {"越南", GX_ENT_LOCATION, 0.85f},
        {"多米尼加", GX_ENT_PERSON, 0.95f},
    };
    art = run_tagged(exports, sure, 2);
    assert_non_null(fixture_find(art, "多米尼加", GX_ENT_PERSON));
    gx_article_free(art);

    const tag_spec whole[] = {{"漫画家", GX_ENT_POSITION, 0.8f}};
    art = run_tagged("广受好评的恐怖漫画家王小明将加盟。", whole, 1);
    assert_true(has_position(art, "漫画家"));
    assert_false(has_position(art, "画家"));
    gx_article_free(art);
    const tag_spec unsure[] = {{"漫画家", GX_ENT_POSITION, 0.4f}};
    art = run_tagged("广受好评的恐怖漫画家王小明将加盟。", unsure, 1);
    assert_false(has_position(art, "漫画家"));
    gx_article_free(art);

    const tag_spec firm[] = {{"伟业顾问北京公司", GX_ENT_COMPANY, 0.99f}};
    art = run_tagged("图为伟业顾问北京公司副总经理梁炜。", firm, 1);
    assert_non_null(fixture_find(art, "伟业顾问北京公司", GX_ENT_COMPANY));
    assert_false(has_position(art, "顾问"));
    assert_true(has_position(art, "副总经理"));
    gx_article_free(art);
}

/* ------------------------------------------------------------------ round 5 (companies) */

/* X股东 makes X a company only with evidence from elsewhere: not a quoted phrase repeated
 * (中小股东 twice), an ordinal (第二大股东) or a country (德国员工). */
static void test_attribute_names_need_evidence(void **state)
{
    (void)state;
    gx_article *art = run("董事会应当切实保护中小股东权益。独立董事称，董事会应当切实保护中小股东权益。"
                          "长江资管为第一大股东，某信托为第二大股东。第二季度德国员工人数增加，德国员工工资上升。");
    assert_null(fixture_find(art, "保护中小", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "中小", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "第二", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "德国", GX_ENT_COMPANY));
    gx_article_free(art);
    /* the same rule still finds a name the article uses on its own too */
    art = run("新锐半导体股东包括多家基金。业内人士认为，新锐半导体估值偏高。");
    assert_non_null(fixture_find(art, "新锐半导体", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A department or desk after a known company (瑞银|亚太交易, 高盛|资产管理部) is the company's:
 * the company keeps its ticker. */
static void test_departments_and_desks(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"瑞银亚太交易", GX_ENT_COMPANY, 0.6f},
        {"高盛资产管理部", GX_ENT_COMPANY, 0.8f},
    };
    gx_article *art = run_tagged("瑞银亚太交易主管表示，金价仍有支撑。高盛资产管理部首席投资官当天表示，财报季开局良好。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_null(fixture_find(art, "瑞银亚太交易", -1));
    /* the desk before a title is part of 高盛's mention (seventh session), never an entity of its own */
    const gx_entity *desk = fixture_find(art, "高盛资产管理部", -1);
    assert_true(!desk || !strcmp(desk->name, "高盛"));
    const gx_entity *ubs = fixture_find(art, "瑞银", GX_ENT_COMPANY);
    const gx_entity *gs = fixture_find(art, "高盛", GX_ENT_COMPANY);
    assert_non_null(ubs);
    assert_non_null(gs);
    assert_true(gs->ticker.code[0] != 0);
    gx_article_free(art);
}

/* A fund product before its manager's title (广发医药卫生股票基金经理) is no company; a suffix
 * name before a department and a title keeps its right edge (…期货|业务发展部总监). */
static void test_fund_products_and_departments(void **state)
{
    (void)state;
    gx_article *art = run("会上，广发医药卫生股票基金经理张明、广发新能源混合基金经理李强分别发言。"
                          "据悉，东航恒达期货业务发展部总监王磊表示，金价短期承压。");
    assert_null(fixture_find(art, "广发医药卫生", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "广发新能源", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "东航恒达期货", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A capital group (X系) is its company X when the article names X on its own too; words
 * ending in 系 (伙伴关系, 金融体系) are none. */
static void test_capital_groups(void **state)
{
    (void)state;
    gx_article *art = run("恒泰系占比为12.5%，为第二大股东。市场质疑恒泰收购资金是否合法。"
                          "两家公司建立战略伙伴关系，完善金融体系。");
    assert_non_null(fixture_find(art, "恒泰", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "伙伴关", -1));
    assert_null(fixture_find(art, "战略伙伴关", -1));
    assert_null(fixture_find(art, "金融体", -1));
    gx_article_free(art);
    /* named once, as a group only: no evidence */
    art = run("当日，恒泰系占比为12.5%。");
    assert_null(fixture_find(art, "恒泰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* The parent or subsidiary named after a known company and its relation word is a company when
 * it is the subject of what follows (谷歌的母公司字母表宣布); a noun after it is not
 * (控股股东质押股份). */
static void test_parent_and_subsidiary(void **state)
{
    (void)state;
    gx_article *art = run("与此同时，腾讯的子公司阅文科创宣布，去年盈利超出预期。万科控股股东质押股份，当月完成。");
    assert_non_null(fixture_find(art, "阅文科创", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "质押股份", -1));
    gx_article_free(art);
}

/* An institution opening a paragraph as the source of what follows (金石投顾：…) is a company even
 * when only its suffix shows it. */
static void test_quoted_source_institution(void **state)
{
    (void)state;
    gx_article *art = run("大盘今日震荡。\n\n金石投顾：短线关注三类股\n\n今日两市双双收涨。");
    assert_non_null(fixture_find(art, "金石投顾", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* Investors in an enumeration with a known one (X资本、启明创投、Y资本跟投) are companies, and a
 * verb such as 跟投 ends a suffix name; 时任 starts one (…时任|大陆资本有限公司…). */
static void test_investor_lists(void **state)
{
    (void)state;
    gx_article *art = run("本轮融资由红杉领投，晨曦资本、启明创投、远澜资本跟投，曙光创投担任独家财务顾问。"
                          "据处罚书，赵某时任北辰资本有限公司董事总经理。");
    assert_non_null(fixture_find(art, "晨曦资本", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "远澜资本", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "北辰资本有限公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "赵某时任北辰资本有限公司", -1));
    gx_article_free(art);
}

/* Legal names: a place in brackets before the legal form (北极光电(深圳)有限公司), an
 * announcement title (X股份有限公司关于…), a listed company's short name after a place and before
 * a legal form (宁夏|青龙管业|股份有限公司) links to that company. */
static void test_legal_names(void **state)
{
    (void)state;
    gx_article *art = run("原标题：北极光电（深圳）有限公司关于中标的公告。"
                          "公司披露了《宁夏青龙管业股份有限公司关于工程中标的公告》，青龙管业表示将按期履约。");
    assert_non_null(fixture_find(art, "北极光电（深圳）有限公司", GX_ENT_COMPANY));
    const gx_entity *q = fixture_find(art, "宁夏青龙管业股份有限公司", GX_ENT_COMPANY);
    assert_non_null(q);
    assert_ptr_equal(q, fixture_find(art, "青龙管业", GX_ENT_COMPANY));
    assert_true(q->ticker.code[0] != 0);
    gx_article_free(art);
}

/* A government body the tagger alone proposes ends like one (…财政局, …部, …政府): 中国房地产,
 * 风险监管 are none; bare generic bodies (派出所, 人民法院) name no one; a country and a Latin-named
 * body (美国ABCD投资委员会) is a private organization. */
static void test_government_shapes(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"太原市财政局", GX_ENT_GOVERNMENT, 0.82f},
        {"中国房地产", GX_ENT_GOVERNMENT, 0.7f},
        {"风险监管", GX_ENT_GOVERNMENT, 0.6f},
        {"派出所", GX_ENT_GOVERNMENT, 0.8f},
        {"美国ABCD投资委员会", GX_ENT_GOVERNMENT, 0.9f},
    };
    gx_article *art = run_tagged("公司收到太原市财政局下发的补贴。中国房地产市场趋稳，风险监管加强。"
                                 "他去了派出所。美国ABCD投资委员会主席表示乐观。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_non_null(fixture_find(art, "太原市财政局", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "中国房地产", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "风险监管", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "派出所", GX_ENT_GOVERNMENT));
    assert_null(fixture_find(art, "美国ABCD投资委员会", GX_ENT_GOVERNMENT));
    gx_article_free(art);
}

/* Kinds of business are no names (券商资管, 新三板公司, 中国证券|市场); a regional broker standing
 * alone is (名叫湖北证券，); a stop verb alone is no name. */
static void test_kinds_of_business(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"券商资管", GX_ENT_COMPANY, 0.42f},
        {"新三板公司", GX_ENT_COMPANY, 0.5f},
        {"中国证券", GX_ENT_COMPANY, 0.68f},
        {"湖北证券", GX_ENT_COMPANY, 0.7f},
    };
    gx_article *art = run_tagged("险资、券商资管等机构资金入市。作为一家新三板公司，它发布公告。中国证券市场新增投资者。"
                                 "那时它名叫湖北证券，后来更名。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_null(fixture_find(art, "券商资管", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "新三板公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "中国证券", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "湖北证券", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* 该公司 after a sentence naming two companies refers to the one heading its phrase, not to the
 * modifier before 的 (腾讯的子公司阅文科创宣布…。该公司… -> 阅文科创). */
static void test_coreference_head_company(void **state)
{
    (void)state;
    gx_article *art = run("与此同时，腾讯的子公司阅文科创宣布，去年盈利不及预期。该公司股票收盘下跌5%。");
    const gx_entity *y = fixture_find(art, "阅文科创", GX_ENT_COMPANY);
    assert_non_null(y);
    assert_ptr_equal(fixture_find(art, "该公司", GX_ENT_COMPANY), y);
    gx_article_free(art);
}

/* A name the article keeps calling a platform or an app is a company (星链宝app … 星链宝平台 …
 * 星链宝公司); an ordinary word before 平台 is not (良好平台). */
static void test_platform_names(void **state)
{
    (void)state;
    gx_article *art = run("揭秘星链宝，星链宝app是什么？星链宝平台怎么赚钱？星链宝公司可靠吗？"
                          "这是一个良好平台。良好的服务来自良好平台。");
    assert_non_null(fixture_find(art, "星链宝", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "良好", -1));
    gx_article_free(art);
}

/* Two characters that only a context rule calls a company (离职|总裁) need the tagger to read
 * them as an organization somewhere; a capital group found with evidence (恒泰系 … 恒泰) does not. */
static void test_two_character_rule_names(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"邓某", GX_ENT_PERSON, 0.9f},
    };
    gx_article *art = run_tagged("相关人士透露，邓某离职总裁之后，或将另有任用。恒泰系占比为12.5%。市场质疑恒泰收购资金是否合法。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_null(fixture_find(art, "离职", -1));
    assert_non_null(fixture_find(art, "恒泰", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* A quoted name before its kind of company is a company (“守望者”对冲基金公司); a quoted term
 * in a clause (“延期购回”成为上市公司) or as a category (“爆雷”公司) is not. */
static void test_quoted_company_names(void **state)
{
    (void)state;
    gx_article *art = run("他创办了“守望者”对冲基金公司。“延期购回”成为上市公司公告的热门词。一批“爆雷”公司被调查。");
    assert_non_null(fixture_find(art, "“守望者”对冲基金公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "“延期购回”成为上市公司", -1));
    assert_null(fixture_find(art, "“爆雷”公司", -1));
    gx_article_free(art);
}

/* A place and a company word (香港公司), a known company with a person glued after it
 * (大成基金徐彦) or with its department (花旗集团财富管理部, any confidence) name no new company. */
static void test_company_word_compounds(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"香港公司", GX_ENT_COMPANY, 0.85f},
        {"大成基金徐彦", GX_ENT_COMPANY, 0.6f},
        {"花旗集团财富管理部", GX_ENT_COMPANY, 0.35f},
    };
    gx_article *art = run_tagged("当中的主力都是香港公司。易方达基金张坤、大成基金徐彦等表现出彩。花旗集团财富管理部主管表示谨慎。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    assert_null(fixture_find(art, "香港公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "大成基金徐彦", -1));
    const gx_entity *desk = fixture_find(art, "花旗集团财富管理部", -1); /* 花旗集团's mention, no entity */
    assert_true(!desk || !strcmp(desk->name, "花旗集团"));
    gx_article_free(art);
}

/* A stock under special treatment (*ST华泽, ST华泽) is one listed company, with the star or
 * without; a listed short name with its share class (万科A) is that company; phrases about such
 * stocks (ST公司) are none. */
static void test_special_treatment_and_share_class(void **state)
{
    (void)state;
    const tag_spec tags[] = {
        {"万科A", GX_ENT_COMPANY, 0.7f},
    };
    gx_article *art = run_tagged("公告显示，*ST华泽今日复牌，ST华泽此前停牌。近期炸雷的ST公司有点多。宝能系持有的万科A股份较多。",
                                 tags, (int)(sizeof tags / sizeof tags[0]));
    const gx_entity *h = fixture_find(art, "*ST华泽", GX_ENT_COMPANY);
    assert_non_null(h);
    assert_ptr_equal(h, fixture_find(art, "ST华泽", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST公司", -1));
    const gx_entity *v = fixture_find(art, "万科A", GX_ENT_COMPANY);
    assert_non_null(v);
    assert_string_equal(v->ticker.code, "000002");
    gx_article_free(art);
}

/* A place and a known company's name (香港汇丰) is that company; an enumerated local namesake
 * with more than a place before the name (浙江兰溪汇丰、…等交易平台) is not. */
static void test_place_and_known_name(void **state)
{
    (void)state;
    gx_article *art = run("诸如青岛九州、浙江兰溪汇丰、湖北九汇等多家交易平台被认定违法。另据报道，渣打、香港汇丰等银行上调利率。");
    const gx_entity *hk = fixture_find(art, "香港汇丰", GX_ENT_COMPANY);
    assert_non_null(hk);
    assert_true(hk->ticker.code[0] != 0);
    const gx_entity *lx = fixture_find(art, "浙江兰溪汇丰", GX_ENT_COMPANY);
    assert_non_null(lx);
    assert_true(lx->ticker.code[0] == 0);
    gx_article_free(art);
}

/* ------------------------------------------------------------------ seventh session (clugov) */

/* Whether entity e has a mention whose text is `text`. */
static bool has_mention_text(gx_article *art, const gx_entity *e, const char *text)
{
    for (int m = 0; m < e->mentions.n; m++)
        if (!strcmp(gx_article_span_text(art, e->mentions.v[m].span), text))
            return true;
    return false;
}

/* A body's unit between its name and a job title is part of the mention (证监会|发行监管部|副主任),
 * and a company's centre or branch (民生银行|信用卡中心|副总经理); the entity keeps its name. A
 * company's department (个人业务部) is not taken in, nor a unit after a function word or a verb of
 * office (的, 担任). */
static void test_unit_before_title(void **state)
{
    (void)state;
    gx_article *art = run("民生银行信用卡中心副总经理陈林介绍说，证监会发行监管部副主任王林表示支持。"
                          "招商银行的信用卡中心总经理李明说。中信集团担任战略发展部总监。兴业银行个人业务部理财师刘女士说。");
    const gx_entity *ms = fixture_find(art, "民生银行", GX_ENT_COMPANY);
    assert_non_null(ms);
    assert_true(has_mention_text(art, ms, "民生银行信用卡中心"));
    const gx_entity *cs = fixture_find(art, "证监会", GX_ENT_GOVERNMENT);
    assert_non_null(cs);
    assert_true(has_mention_text(art, cs, "证监会发行监管部"));
    const gx_entity *zs = fixture_find(art, "招商银行", GX_ENT_COMPANY);
    assert_non_null(zs);
    assert_true(has_mention_text(art, zs, "招商银行"));
    const gx_entity *zx = fixture_find(art, "中信集团", GX_ENT_COMPANY);
    if (zx)
        assert_false(has_mention_text(art, zx, "中信集团担任战略发展部"));
    const gx_entity *xy = fixture_find(art, "兴业银行", GX_ENT_COMPANY);
    assert_non_null(xy);
    assert_false(has_mention_text(art, xy, "兴业银行个人业务部"));
    gx_article_free(art);
}

/* A body's unit before punctuation, 的, 在, 从 or 相关/有关负责人 is part of the mention too
 * (农业部|农村经济研究中心|的); an ordinary word ending like a unit is not (主办, 所有). */
static void test_unit_without_title(void **state)
{
    (void)state;
    gx_article *art = run("农业部农村经济研究中心的专家认为价格会回落。会议由商务部外贸发展局主办。"
                          "美国财政部保留使用所有权利。");
    const gx_entity *ny = fixture_find(art, "农业部", GX_ENT_GOVERNMENT);
    assert_non_null(ny);
    assert_true(has_mention_text(art, ny, "农业部农村经济研究中心"));
    /* (the ministry's bureau is a body of its own since gov14) */
    const gx_entity *sw = fixture_find(art, "商务部外贸发展局", GX_ENT_GOVERNMENT);
    assert_non_null(sw);
    assert_false(has_mention_text(art, sw, "商务部外贸发展局主办"));
    const gx_entity *cz = fixture_find(art, "美国财政部", GX_ENT_GOVERNMENT);
    if (cz)
        assert_false(has_mention_text(art, cz, "美国财政部保留使用所"));
    gx_article_free(art);
}

/* A broker's research desk named by its stem (国金策略, 招商宏观) is the broker: one entity with
 * the broker's other mentions, and its ticker; a stem that makes no securities company
 * (投资|策略, 全球|宏观) is nothing. */
static void test_broker_desks(void **state)
{
    (void)state;
    gx_article *art = run("国金策略：2月份市场结构分化依旧。招商宏观认为经济平稳。国金证券股价上涨。"
                          "投资策略方面，全球宏观经济平稳。");
    const gx_entity *e = fixture_find(art, "国金策略", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600109");
    assert_ptr_equal(e, fixture_find(art, "国金证券", GX_ENT_COMPANY));
    e = fixture_find(art, "招商宏观", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "600999");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 2);
    gx_article_free(art);
}

/* eighth session (latin8): Latin firm names inside Chinese text — a web address or a CamelCase
 * word before a title is the holder's firm, a Latin name before a Chinese company word is one
 * company, a Latin source ending in a firm word is a company, and market words before a desk
 * title belong to it. Sentences written for the test (not corpus lines). */
static void test_latin_firm_names(void **state)
{
    (void)state;
    gx_article *art = run("行业网站ChartLens.com首席分析师Anna Berg表示,油价仍将走高。"
                          "DataNest高级原油分析师Tom Reed称,库存下降。"
                          "波士顿Redwood资产管理公司的基金经理预计市场回暖。"
                          "西班牙Orvana公司宣布裁员,Orvana的股东表示反对。"
                          "Harbor Capital指出通胀压力上升。"
                          "部分ST公司和QDII基金表现不佳。");
    const gx_entity *mw = fixture_find(art, "ChartLens.com", GX_ENT_COMPANY);
    assert_non_null(mw);
    const gx_entity *ab = fixture_find(art, "Anna Berg", GX_ENT_PERSON);
    assert_non_null(ab);
    assert_true(has_role(ab, "首席分析师", "ChartLens.com"));
    assert_non_null(fixture_find(art, "DataNest", GX_ENT_COMPANY));
    const gx_entity *tr = fixture_find(art, "Tom Reed", GX_ENT_PERSON);
    assert_non_null(tr);
    assert_true(has_role(tr, "高级原油分析师", "DataNest"));
    assert_non_null(fixture_find(art, "Redwood资产管理公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Orvana", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "Orvana公司", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Harbor Capital", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST公司", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "ST", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "QDII基金", GX_ENT_COMPANY));
    gx_article_free(art);
}

/* eighth session (latin8): a company before 的 and a title with its holder is the title's
 * organization; a person before 的 is not. */
static void test_org_before_de_title(void **state)
{
    (void)state;
    gx_article *art = run("华泰证券的首席经济学家李明表示,利率将下行。Redwood Capital的投资总监Mary Lane称,美股偏贵。");
    const gx_entity *lm = fixture_find(art, "李明", GX_ENT_PERSON);
    assert_non_null(lm);
    assert_true(has_role(lm, "首席经济学家", "华泰证券"));
    const gx_entity *ml = fixture_find(art, "Mary Lane", GX_ENT_PERSON);
    assert_non_null(ml);
    assert_true(has_role(ml, "投资总监", "Redwood Capital"));
    gx_article_free(art);
}

/* ------------------------------------------------------------------ event frames (ninth session) */

/* the subject of a financing round, its investors, a name before a portal's quote, a US symbol or
 * a Hong Kong code with a dash: companies; the same words in other phrases are not */
static void test_event_frames(void **state)
{
    (void)state;
    gx_article *art = run("5月30日消息,社群零售企业星禾集市宣布完成新一轮C1轮融资,本轮融资由青岚资本领投,"
                          "远帆创投、北辰投资跟投。近日,和光编程完成新一轮千万美元级融资。");
    const char *names[] = {"星禾集市", "青岚资本", "远帆创投", "北辰投资", "和光编程"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!fixture_find(art, names[i], GX_ENT_COMPANY))
            fail_msg("no company %s", names[i]);
    assert_null(fixture_find(art, "社群零售企业星禾集市", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("9月10日消息,QuintoVerde获投2.5亿美元D轮融资,该轮融资由Alto Combinator、丹岩资本投资。");
    assert_non_null(fixture_find(art, "QuintoVerde", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Alto Combinator", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("客户端 云岭中国(5.95,-0.01,-0.17%)公布业绩。原标题:青禾能源(02623-HK)回购59万股。"
              "11月17日早间,欢腾(HT.US)公布业绩。");
    assert_non_null(fixture_find(art, "云岭中国", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "欢腾", GX_ENT_COMPANY));
    const gx_entity *e = fixture_find(art, "青禾能源", GX_ENT_COMPANY);
    assert_non_null(e);
    assert_string_equal(e->ticker.code, "02623");
    assert_string_equal(e->ticker.exchange, "HKEX");
    gx_article_free(art);
    /* a stake's company after its verb; a quote or a US symbol admits a stop word inside the name */
    art = run("公司以20.6亿收购青禾物业及新青禾物业各60%股权。截至21:49,信而达(XRD.US)跌1.5%。");
    assert_non_null(fixture_find(art, "青禾物业", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "新青禾物业", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "信而达", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a Latin name after a noun describing a company; not a possessive */
    art = run("微软收购知名游戏发行商ZENITHA。竞标破产的卫星服务提供商SkyNetra,其中包括多家公司。"
              "北美童装品牌The Kids’ Place达成合作。");
    assert_non_null(fixture_find(art, "ZENITHA", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "SkyNetra", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "The Kids", GX_ENT_COMPANY));
    gx_article_free(art);
    /* the issuer of an announcement; a describer over a stop word inside the name; a Latin name whose
     * shares move by a figure */
    art = run("18日,新三板公司青浪电气发布公告称,公司中标。直播电商平台生活有光完成天使轮数千万人民币融资。"
              "Sercona上涨超过7%,CPI上涨2%。");
    assert_non_null(fixture_find(art, "青浪电气", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "生活有光", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "Sercona", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "CPI", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("多只基金相继发布公告称,已触发折算。印度电子和信息技术部发布公告。公司持有其27.5%股权。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
    /* the unknown items of a list of known companies; not a kind of stock, not a body's unit */
    art = run("中标候选人为许继电气、山东青能智能、国电南瑞。比如中兴通讯、广汽集团、部分周期股等等。");
    assert_non_null(fixture_find(art, "山东青能智能", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "部分周期股", GX_ENT_COMPANY));
    gx_article_free(art);
    /* forum text: a verb that is a word's start, a time before the round, a title after a company noun,
     * a list's first item after a function character */
    art = run("沃时代宣布清盘跟投君给叫兽发来了一个消息。平台在过去一周刚刚完成一轮融资,融资额度为500万元。"
              "创始人胡鹏(原火币集团CMO)加入。也会看到天猫、京东、可口可乐在列。");
    assert_null(fixture_find(art, "清盘", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "过去一周", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "CMO", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "会看到天猫", GX_ENT_COMPANY));
    gx_article_free(art);
    /* a Latin name acquired, digits before a percentage left out; not an acronym */
    art = run("巨人网络收购Playmora历时三年。通过该公司收购SofiraSAS100%股权。公司拟收购EV业务。");
    assert_non_null(fixture_find(art, "Playmora", GX_ENT_COMPANY));
    assert_non_null(fixture_find(art, "SofiraSAS", GX_ENT_COMPANY));
    assert_null(fixture_find(art, "EV", GX_ENT_COMPANY));
    gx_article_free(art);
    art = run("股东计划减持不超过3%股份。商誉应该直接按照100%股权确认。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
    /* not names: a cause (由于…投资), a round told by its team, a bond's quote, 领投资者 */
    art = run("由于环保限产、基建投资有所放缓等影响。我们快速地完成了一轮3亿美元的B轮融资。"
              "转债简称:亨通转债(99.820,-0.29,-0.29%)。大数据引领投资者理性。");
    assert_int_equal(count_type(art, GX_ENT_COMPANY), 0);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_after_title),
        cmocka_unit_test(test_desk_titles),
        cmocka_unit_test(test_latin_org_before_title),
        cmocka_unit_test(test_legal_names_with_business_words), cmocka_unit_test(test_tickers),
        cmocka_unit_test(test_codes_after_quotes_and_in_announcements),
        cmocka_unit_test(test_everyday_phrases_are_weak_names),
        cmocka_unit_test(test_explicit_ticker_wins),
        cmocka_unit_test(test_bare_hong_kong_codes), cmocka_unit_test(test_share_class_alias),
        cmocka_unit_test(test_a_share_class_alias),
        cmocka_unit_test(test_ticker_as_of_listing),
        cmocka_unit_test(test_more_company_suffixes),
        cmocka_unit_test(test_weak_names_in_company_context),
        cmocka_unit_test(test_declared_alias),
        cmocka_unit_test(test_lists_and_suffixes),
        cmocka_unit_test(test_generic_phrases_are_not_companies),
        cmocka_unit_test(test_longest_match),
        cmocka_unit_test(test_people_with_titles),
        cmocka_unit_test(test_title_after_resolved_company),
        cmocka_unit_test(test_appointment),
        cmocka_unit_test(test_more_context_names),
        cmocka_unit_test(test_partner_of_known_company),
        cmocka_unit_test(test_positions_without_holder),
        cmocka_unit_test(test_byline_reporter),
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_coreference),
        cmocka_unit_test(test_ids_order_and_one_entity_per_thing),
        cmocka_unit_test(test_salience_subject_first),
        cmocka_unit_test(test_company_id_scheme),
        cmocka_unit_test(test_spans_point_at_text),
        cmocka_unit_test(test_numbers_are_not_names),
        cmocka_unit_test(test_indices_are_not_companies),
        cmocka_unit_test(test_country_bodies),
        cmocka_unit_test(test_government_needs_a_place),
        cmocka_unit_test(test_exchanges_and_outlets),
        cmocka_unit_test(test_tagger_persons_admitted_by_evidence),
        cmocka_unit_test(test_gazetteer_names_inside_words),
        cmocka_unit_test(test_company_left_edges),
        cmocka_unit_test(test_government_divisions),
        cmocka_unit_test(test_tagger_evidence_in_context),
        cmocka_unit_test(test_attribute_names_need_evidence),
        cmocka_unit_test(test_departments_and_desks),
        cmocka_unit_test(test_fund_products_and_departments),
        cmocka_unit_test(test_capital_groups),
        cmocka_unit_test(test_parent_and_subsidiary),
        cmocka_unit_test(test_quoted_source_institution),
        cmocka_unit_test(test_investor_lists),
        cmocka_unit_test(test_legal_names),
        cmocka_unit_test(test_government_shapes),
        cmocka_unit_test(test_kinds_of_business),
        cmocka_unit_test(test_coreference_head_company),
        cmocka_unit_test(test_platform_names),
        cmocka_unit_test(test_two_character_rule_names),
        cmocka_unit_test(test_quoted_company_names),
        cmocka_unit_test(test_company_word_compounds),
        cmocka_unit_test(test_special_treatment_and_share_class),
        cmocka_unit_test(test_place_and_known_name),
        cmocka_unit_test(test_tagger_person_edges),
        cmocka_unit_test(test_tagger_person_before_title),
        cmocka_unit_test(test_government_departments),
        cmocka_unit_test(test_legal_name_takes_its_region),
        cmocka_unit_test(test_legal_name_edges_comp42),
        cmocka_unit_test(test_tagger_latin_names),
        cmocka_unit_test(test_place_named_companies),
        cmocka_unit_test(test_industry_is_no_company),
        cmocka_unit_test(test_unit_before_title),
        cmocka_unit_test(test_unit_without_title),
        cmocka_unit_test(test_broker_desks),
        cmocka_unit_test(test_latin_firm_names),
        cmocka_unit_test(test_org_before_de_title),
        cmocka_unit_test(test_event_frames),
    };
    return cmocka_run_group_tests(tests, fixture_setup, fixture_teardown);
}
