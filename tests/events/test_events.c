/* test_events.c — unit tests of the event stage (extract/gx_events.c) on hand-built articles:
 * text set directly, entities with mentions added by hand (as the resolution stage would),
 * quantities left to the event stage's own number recognition or added by hand. One test per
 * event type, plus negation, hedging, planned/completed status and disclosure dates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_article.h"
#include "gx_engine_impl.h"
#include "gx_event_lex.h"
#include "gx_events.h"

#ifndef EVENTS_DATA_DIR
#define EVENTS_DATA_DIR "data"
#endif

static struct gx_engine ENG;

static int setup(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    ENG.events = gx_events_load(EVENTS_DATA_DIR, &err);
    if (!ENG.events)
        fprintf(stderr, "load: %s\n", err.message);
    return ENG.events ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gx_events_free(ENG.events);
    return 0;
}

/* Code point index of the n-th (0-based) occurrence of utf8 needle in the article, or -1. */
static int32_t find_cp(const gx_article *art, const char *needle, int nth)
{
    const char *p = art->text;
    for (;;) {
        p = strstr(p, needle);
        if (!p)
            return -1;
        if (nth-- == 0)
            break;
        p++;
    }
    int32_t b = (int32_t)(p - art->text);
    for (int32_t i = 0; i <= art->ncp; i++)
        if (art->cp_byte[i] == b)
            return i;
    return -1;
}

static int32_t cp_len(const char *s)
{
    int32_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static gx_article *mk(const char *title, const char *body, const char *published)
{
    gx_article *art = gx_article_new();
    char buf[8192];
    snprintf(buf, sizeof buf, "%s\n\n%s", title, body);
    gx_article_set_text(art, buf, (int32_t)strlen(buf));
    art->title = title;
    art->title_span.start = 0;
    art->title_span.end = cp_len(title);
    art->published_at = published;
    return art;
}

/* Add an entity whose mentions are every occurrence of each of the NULL-terminated names. */
static int ent(gx_article *art, gx_ent_type type, ...)
{
    gx_entity *e = GX_VEC_PUSH(art->arena, art->entities);
    snprintf(e->id, sizeof e->id, "e%d", art->entities.n % 100000);
    e->type = type;
    va_list ap;
    va_start(ap, type);
    const char *name;
    bool first = true;
    while ((name = va_arg(ap, const char *))) {
        if (first)
            e->name = name;
        first = false;
        for (int k = 0;; k++) {
            int32_t s = find_cp(art, name, k);
            if (s < 0)
                break;
            gx_mention *m = GX_VEC_PUSH(art->arena, e->mentions);
            m->span.start = s;
            m->span.end = s + cp_len(name);
        }
    }
    va_end(ap);
    return art->entities.n - 1;
}

static int count_type(const gx_article *art, const char *type)
{
    int n = 0;
    for (int i = 0; i < art->events.n; i++)
        n += strcmp(art->events.v[i].type, type) == 0;
    return n;
}

static const gx_event *event_of(const gx_article *art, const char *type)
{
    for (int i = 0; i < art->events.n; i++)
        if (strcmp(art->events.v[i].type, type) == 0)
            return &art->events.v[i];
    return NULL;
}

static const gx_argument *arg_of(const gx_event *ev, const char *role, int nth)
{
    for (int i = 0; ev && i < ev->args.n; i++)
        if (strcmp(ev->args.v[i].role, role) == 0 && nth-- == 0)
            return &ev->args.v[i];
    return NULL;
}

static void dump(const gx_article *art)
{
    for (int i = 0; i < art->events.n; i++) {
        const gx_event *ev = &art->events.v[i];
        fprintf(stderr, "  %s conf=%.2f trigger=%s status=%s disclosed=%s\n", ev->type, ev->confidence,
                gx_article_span_text(art, ev->trigger), ev->status ? ev->status : "-",
                ev->disclosed_at ? ev->disclosed_at : "-");
        for (int k = 0; k < ev->args.n; k++)
            fprintf(stderr, "    %s=%s\n", ev->args.v[k].role, gx_article_span_text(art, ev->args.v[k].span));
    }
}

/* The argument's text (exactly text[start:end]) equals want. */
static void expect_arg(const gx_article *art, const char *type, const char *role, const char *want)
{
    const gx_event *ev = event_of(art, type);
    if (!ev) {
        dump(art);
        fail_msg("no %s event", type);
    }
    for (int k = 0;; k++) {
        const gx_argument *a = arg_of(ev, role, k);
        if (!a) {
            dump(art);
            fail_msg("%s: no %s argument '%s'", type, role, want);
        }
        if (strcmp(gx_article_span_text(art, a->span), want) == 0)
            return;
    }
}

static void run(gx_article *art)
{
    gx_events_find(&ENG, art);
    for (int i = 0; i < art->events.n; i++) {
        const gx_event *ev = &art->events.v[i];
        assert_true(ev->confidence >= 0 && ev->confidence <= 1);
        assert_true(ev->trigger.start >= ev->sentence.start && ev->trigger.end <= ev->sentence.end);
        for (int k = 0; k < ev->args.n; k++) {
            assert_true(ev->args.v[k].span.start >= 0 && ev->args.v[k].span.end <= art->ncp);
            assert_true(ev->args.v[k].span.start < ev->args.v[k].span.end);
        }
    }
}

/* ---------------------------------------------------------------- tests */

static void test_acquisition_completed(void **state)
{
    (void)state;
    gx_article *art = mk("稳健医疗1.2亿美元海外并购",
                         "稳健医疗(300888)计划通过收购加速其全球化战略。公司9月23日晚间公告,以现金形式收购美国"
                         "Global Resources International,Inc.(简称“GRI公司”)75.2%股权,对应交易对价约为1.2亿美元。"
                         "截至目前,股权交割已经完成。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "稳健医疗", "公司", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "Global Resources International,Inc.", "GRI公司", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "acquisition"), 1);
    expect_arg(art, "acquisition", "acquirer", "稳健医疗");
    expect_arg(art, "acquisition", "target", "Global Resources International,Inc.");
    expect_arg(art, "acquisition", "stake", "75.2%股权");
    expect_arg(art, "acquisition", "amount", "约为1.2亿美元");
    expect_arg(art, "acquisition", "disclosed_at", "9月23日晚间");
    const gx_event *ev = event_of(art, "acquisition");
    assert_string_equal(ev->status, "completed");
    assert_non_null(ev->disclosed_at);
    assert_string_equal(ev->disclosed_at, "2024-09-23");
    const gx_argument *a = arg_of(ev, "amount", 0);
    assert_true(a->has_number && a->number > 1.19e8 && a->number < 1.21e8);
    assert_string_equal(a->currency, "USD");
    assert_true(ev->confidence >= 0.7);
    gx_article_free(art);
}

static void test_acquisition_planned(void **state)
{
    (void)state;
    gx_article *art = mk("", "于今年8月19日,东芯股份公告拟以不超过2亿元收购砺算科技37.88%股份,砺算科技的资金紧张局面方得以缓解。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "东芯股份", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "砺算科技", (const char *)NULL);
    run(art);
    expect_arg(art, "acquisition", "acquirer", "东芯股份");
    expect_arg(art, "acquisition", "target", "砺算科技");
    expect_arg(art, "acquisition", "stake", "37.88%股份");
    expect_arg(art, "acquisition", "amount", "不超过2亿元");
    assert_string_equal(event_of(art, "acquisition")->status, "planned");
    gx_article_free(art);
}

static void test_negation_and_hedging(void **state)
{
    (void)state;
    gx_article *art = mk("", "象帝先股东还在起诉其创始人唐志敏,因其未能筹集到承诺的5亿元B轮融资。"
                             "市场传闻甲公司将收购乙公司,甲公司予以否认。"
                             "卓朗科技称公司不存在被立案调查的情况。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "象帝先", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "唐志敏", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "甲公司", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "乙公司", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "卓朗科技", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "financing"), 0);
    assert_int_equal(count_type(art, "acquisition"), 0);
    assert_int_equal(count_type(art, "investigation"), 0);
    /* the lawsuit itself is real */
    expect_arg(art, "lawsuit", "defendant", "唐志敏");
    gx_article_free(art);
}

static void test_listing_preparing(void **state)
{
    (void)state;
    gx_article *art = mk("", "近日,国产GPU独角兽壁仞科技一则动态引起业内关注。该公司在上海证监局办理IPO辅导备案登记,辅导券商为国泰君安。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "壁仞科技", "该公司", (const char *)NULL);
    ent(art, GX_ENT_GOVERNMENT, "上海证监局", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "国泰君安", (const char *)NULL);
    run(art);
    expect_arg(art, "listing", "company", "壁仞科技");
    expect_arg(art, "listing", "sponsor", "国泰君安");
    const gx_argument *st = arg_of(event_of(art, "listing"), "stage", 0);
    assert_non_null(st);
    assert_string_equal(st->value_str, "preparing");
    gx_article_free(art);
}

static void test_financing_investors(void **state)
{
    (void)state;
    gx_article *art = mk("", "星河科技宣布完成5亿元B轮融资,由红杉中国领投,高瓴资本、IDG资本跟投。", "2024-09-24");
    ent(art, GX_ENT_COMPANY, "星河科技", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "红杉中国", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "高瓴资本", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "IDG资本", (const char *)NULL);
    run(art);
    expect_arg(art, "financing", "investee", "星河科技");
    expect_arg(art, "financing", "lead_investor", "红杉中国");
    expect_arg(art, "financing", "investors", "红杉中国");
    expect_arg(art, "financing", "investors", "高瓴资本");
    expect_arg(art, "financing", "investors", "IDG资本");
    expect_arg(art, "financing", "round", "B");
    expect_arg(art, "financing", "amount", "5亿元");
    gx_article_free(art);
}

static void test_buyback(void **state)
{
    (void)state;
    gx_article *art = mk("", "渣打集团公布,于2019年8月23日回购65.8万股,占已发行股份0.02%,每股回购价介乎6.144英镑至6.24英镑,涉资约407.85万英镑。",
                         "2019-08-24");
    ent(art, GX_ENT_COMPANY, "渣打集团", (const char *)NULL);
    run(art);
    expect_arg(art, "buyback", "company", "渣打集团");
    expect_arg(art, "buyback", "shares", "65.8万股");
    expect_arg(art, "buyback", "stake_percent", "0.02%");
    expect_arg(art, "buyback", "price", "6.144英镑至6.24英镑");
    expect_arg(art, "buyback", "amount", "约407.85万英镑");
    expect_arg(art, "buyback", "date", "2019年8月23日");
    gx_article_free(art);
}

static void test_pledge_release(void **state)
{
    (void)state;
    gx_article *art = mk("", "万里石9月20日晚间公告,公司股东邹鹏将其持有的472万股公司股份解除质押,占其所持股份的17.95%。", "2019-09-21");
    ent(art, GX_ENT_COMPANY, "万里石", "公司", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "邹鹏", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "share_pledge"), 0);
    expect_arg(art, "pledge_release", "pledger", "邹鹏");
    expect_arg(art, "pledge_release", "company", "万里石");
    expect_arg(art, "pledge_release", "shares", "472万股");
    expect_arg(art, "pledge_release", "holding_percent", "17.95%");
    expect_arg(art, "pledge_release", "collateral", "股份");
    expect_arg(art, "pledge_release", "disclosed_at", "9月20日晚间");
    gx_article_free(art);
}

static void test_share_pledge(void **state)
{
    (void)state;
    gx_article *art = mk("", "天成股份公告,控股股东天成集团将其持有的1000万股质押给华夏银行,占公司总股本的2.5%。", "2020-06-01");
    ent(art, GX_ENT_COMPANY, "天成股份", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "天成集团", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "华夏银行", (const char *)NULL);
    run(art);
    expect_arg(art, "share_pledge", "pledger", "天成集团");
    expect_arg(art, "share_pledge", "pledgee", "华夏银行");
    expect_arg(art, "share_pledge", "stake_percent", "2.5%");
    expect_arg(art, "share_pledge", "shares", "1000万股");
    gx_article_free(art);
}

static void test_executive_change(void **state)
{
    (void)state;
    gx_article *art = mk("", "远航科技董事会同意聘任李明为公司总经理。原总经理王强因个人原因辞去总经理职务。", "2020-06-01");
    ent(art, GX_ENT_COMPANY, "远航科技", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "李明", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "王强", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "executive_change"), 2);
    expect_arg(art, "executive_change", "person", "李明");
    expect_arg(art, "executive_change", "new_position", "总经理");
    expect_arg(art, "executive_change", "change", "聘任");
    gx_article_free(art);
}

static void test_results_and_loss(void **state)
{
    (void)state;
    gx_article *art = mk("", "公开信息显示,2024年上半年,中国汽研营业收入为20.00亿元,较去年同期增长20.38%;净利润为4.01亿元,较去年同期增长16.88%。"
                             "寒武纪公司上半年营收6476.53万元,较上年同期下降43.42%,净亏损5.3亿元。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "中国汽研", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "寒武纪", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "financial_result"), 3);
    expect_arg(art, "financial_result", "company", "中国汽研");
    expect_arg(art, "financial_result", "value", "20.00亿元");
    expect_arg(art, "financial_result", "change_percent", "20.38%");
    expect_arg(art, "loss", "company", "寒武纪");
    expect_arg(art, "loss", "net_loss", "5.3亿元");
    /* the revenue fall is negative */
    for (int i = 0; i < art->events.n; i++) {
        const gx_argument *v = arg_of(&art->events.v[i], "value", 0);
        const gx_argument *ch = arg_of(&art->events.v[i], "change_percent", 0);
        if (v && strcmp(gx_article_span_text(art, v->span), "6476.53万元") == 0) {
            assert_non_null(ch);
            assert_true(ch->number < -43 && ch->number > -44);
        }
    }
    gx_article_free(art);
}

static void test_contract_win(void **state)
{
    (void)state;
    gx_article *art = mk("", "中持股份9月14日晚间公告,公司近日中标息县第二污水处理改扩建工程项目,中标金额约5092.60万元。", "2019-09-15");
    ent(art, GX_ENT_COMPANY, "中持股份", "公司", (const char *)NULL);
    run(art);
    expect_arg(art, "contract_win", "winner", "中持股份");
    expect_arg(art, "contract_win", "project", "息县第二污水处理改扩建工程项目");
    expect_arg(art, "contract_win", "amount", "约5092.60万元");
    expect_arg(art, "contract_win", "disclosed_at", "9月14日晚间");
    expect_arg(art, "contract_win", "date", "近日");
    gx_article_free(art);
}

static void test_regulators(void **state)
{
    (void)state;
    gx_article *art = mk("", "今年3月,卓朗科技收到证监会《立案告知书》,因涉嫌信息披露违法违规,证监会决定对卓朗科技进行立案。"
                             "今年8月28日,卓朗科技发布公告称,公司及相关人员收到了天津证监局出具的警示函。"
                             "近日,市场监管局约谈美团、京东等平台企业。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "卓朗科技", "公司", (const char *)NULL);
    ent(art, GX_ENT_GOVERNMENT, "证监会", (const char *)NULL);
    ent(art, GX_ENT_GOVERNMENT, "天津证监局", (const char *)NULL);
    ent(art, GX_ENT_GOVERNMENT, "市场监管局", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "美团", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "京东", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "investigation"), 1);
    expect_arg(art, "investigation", "company", "卓朗科技");
    expect_arg(art, "investigation", "regulator", "证监会");
    expect_arg(art, "investigation", "reason", "信息披露违法违规");
    expect_arg(art, "regulatory_warning", "company", "卓朗科技");
    expect_arg(art, "regulatory_warning", "regulator", "天津证监局");
    assert_int_equal(count_type(art, "regulatory_summons"), 2);
    expect_arg(art, "regulatory_summons", "regulator", "市场监管局");
    gx_article_free(art);
}

static void test_sanction_layoff(void **state)
{
    (void)state;
    gx_article *art = mk("", "2022年12月,寒武纪等36家被美国政府列入“实体清单”。2023年10月,壁仞科技、摩尔线程等亦被添加到实体清单中。"
                             "今年8月底,象帝先被曝约400员工被裁。",
                         "2024-09-24");
    ent(art, GX_ENT_COMPANY, "寒武纪", (const char *)NULL);
    ent(art, GX_ENT_GOVERNMENT, "美国政府", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "壁仞科技", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "摩尔线程", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "象帝先", (const char *)NULL);
    gx_quantity *q = GX_VEC_PUSH(art->arena, art->quantities);
    q->type = GX_QTY_COUNT;
    q->span.start = find_cp(art, "约400员工", 0);
    q->span.end = q->span.start + cp_len("约400员工");
    q->value = 400;
    q->unit = "员工";
    run(art);
    assert_int_equal(count_type(art, "sanction"), 2);
    expect_arg(art, "sanction", "company", "寒武纪");
    expect_arg(art, "sanction", "authority", "美国政府");
    expect_arg(art, "sanction", "list", "实体清单");
    expect_arg(art, "layoff", "company", "象帝先");
    expect_arg(art, "layoff", "count", "约400员工");
    gx_article_free(art);
}

static void test_holdings_bankruptcy(void **state)
{
    (void)state;
    gx_article *art = mk("万达信息:中国人寿增持公司股份", "万达信息9月12日晚间公告,中国人寿于9月9日至12日增持公司股份约2244.73万股,占公司总股本约为2.05%,"
                                                          "增持均价约13.24元/股。另外,大股东星辰投资计划减持不超过1000万股。"
                                                          "美国租车公司赫兹于5月22日申请破产保护。",
                         "2019-09-13");
    ent(art, GX_ENT_COMPANY, "万达信息", "公司", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "中国人寿", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "星辰投资", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "赫兹", (const char *)NULL);
    run(art);
    expect_arg(art, "shareholder_increase", "shareholder", "中国人寿");
    expect_arg(art, "shareholder_increase", "company", "万达信息");
    expect_arg(art, "shareholder_increase", "shares", "约2244.73万股");
    expect_arg(art, "shareholder_increase", "price", "约13.24元");
    expect_arg(art, "shareholder_increase", "date", "9月9日至12日");
    expect_arg(art, "shareholder_decrease", "shareholder", "星辰投资");
    expect_arg(art, "shareholder_decrease", "shares", "不超过1000万股");
    assert_string_equal(event_of(art, "shareholder_decrease")->status, "planned");
    expect_arg(art, "bankruptcy", "company", "赫兹");
    expect_arg(art, "bankruptcy", "date", "5月22日");
    gx_article_free(art);
}

static void test_investment_planned(void **state)
{
    (void)state;
    gx_article *art = mk("中国汽研拟投资不超9亿元 设立全资子公司",
                         "9月23日晚间,中国汽研(601965)公告称,公司拟以不超过9亿元的自有资金设立全资子公司。", "2024-09-24");
    ent(art, GX_ENT_COMPANY, "中国汽研", "公司", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "investment"), 1);
    expect_arg(art, "investment", "investor", "中国汽研");
    assert_string_equal(event_of(art, "investment")->status, "planned");
    gx_article_free(art);
}

static void test_loss_comparison_period(void **state)
{
    (void)state;
    gx_article *art = mk("星海股份2020年上半年亏损85.31万", "星海股份近日发布2020年半年度报告,报告期内实现归属于挂牌公司股东的净利润-853,083.52元,"
                                                       "上年同期-1,213,589.07元,亏损减少。",
                         "2020-08-18");
    ent(art, GX_ENT_COMPANY, "星海股份", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "loss"), 2);
    expect_arg(art, "loss", "company", "星海股份");
    expect_arg(art, "loss", "period", "2020年半年度报告");
    expect_arg(art, "loss", "disclosed_at", "近日");
    /* the comparison period is its own event */
    bool found = false;
    for (int i = 0; i < art->events.n; i++) {
        const gx_argument *p = arg_of(&art->events.v[i], "period", 0);
        const gx_argument *l = arg_of(&art->events.v[i], "net_loss", 0);
        if (p && l && strcmp(gx_article_span_text(art, p->span), "上年同期") == 0)
            found = strcmp(gx_article_span_text(art, l->span), "1,213,589.07元") == 0;
    }
    assert_true(found);
    gx_article_free(art);
}

static void test_buyback_prices_and_cumulative_pledge(void **state)
{
    (void)state;
    gx_article *art = mk("", "截至5月31日,华信证券通过集中竞价交易方式已累计回购股份4072万股,占公司总股本0.4486%,"
                             "最高价为18.4元/股,最低价为17.19元/股,已支付总金额7.2亿元。"
                             "截至本公告日,控股股东华信集团累计质押其持有的公司股份2.5亿股,占其所持股份的60.52%。",
                         "2020-06-03");
    ent(art, GX_ENT_COMPANY, "华信证券", "公司", (const char *)NULL);
    ent(art, GX_ENT_COMPANY, "华信集团", (const char *)NULL);
    run(art);
    expect_arg(art, "buyback", "company", "华信证券");
    expect_arg(art, "buyback", "price", "最高价为18.4元");
    expect_arg(art, "buyback", "price", "最低价为17.19元");
    expect_arg(art, "buyback", "amount", "7.2亿元");
    expect_arg(art, "buyback", "stake_percent", "0.4486%");
    expect_arg(art, "share_pledge", "pledger", "华信集团");
    expect_arg(art, "share_pledge", "date", "截至本公告日");
    expect_arg(art, "share_pledge", "holding_percent", "60.52%");
    gx_article_free(art);
}

static void test_several_appointees(void **state)
{
    (void)state;
    gx_article *art = mk("", "德远股份董事会同意聘任黄一、钟二、刘三为公司副总经理。", "2019-05-03");
    ent(art, GX_ENT_COMPANY, "德远股份", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "黄一", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "钟二", (const char *)NULL);
    ent(art, GX_ENT_PERSON, "刘三", (const char *)NULL);
    run(art);
    assert_int_equal(count_type(art, "executive_change"), 3);
    for (int i = 0; i < art->events.n; i++)
        assert_non_null(arg_of(&art->events.v[i], "new_position", 0));
    gx_article_free(art);
}

static void test_no_events_in_plain_text(void **state)
{
    (void)state;
    gx_article *art = mk("", "英伟达市值在今年6月曾登顶全球第一。上市公司普遍加大研发投入,投资者关注度提升。", "2024-09-24");
    ent(art, GX_ENT_COMPANY, "英伟达", (const char *)NULL);
    run(art);
    assert_int_equal(art->events.n, 0);
    gx_article_free(art);
}

static void test_bad_data_dir(void **state)
{
    (void)state;
    gl_error err;
    gl_error_clear(&err);
    assert_null(gx_events_load("/nonexistent-dir", &err));
    assert_true(strlen(err.message) > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acquisition_completed),
        cmocka_unit_test(test_acquisition_planned),
        cmocka_unit_test(test_negation_and_hedging),
        cmocka_unit_test(test_listing_preparing),
        cmocka_unit_test(test_financing_investors),
        cmocka_unit_test(test_buyback),
        cmocka_unit_test(test_pledge_release),
        cmocka_unit_test(test_share_pledge),
        cmocka_unit_test(test_executive_change),
        cmocka_unit_test(test_results_and_loss),
        cmocka_unit_test(test_contract_win),
        cmocka_unit_test(test_regulators),
        cmocka_unit_test(test_sanction_layoff),
        cmocka_unit_test(test_holdings_bankruptcy),
        cmocka_unit_test(test_investment_planned),
        cmocka_unit_test(test_loss_comparison_period),
        cmocka_unit_test(test_buyback_prices_and_cumulative_pledge),
        cmocka_unit_test(test_several_appointees),
        cmocka_unit_test(test_no_events_in_plain_text),
        cmocka_unit_test(test_bad_data_dir),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
