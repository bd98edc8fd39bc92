/* test_normalize.c — unit tests of gx_normalize: per-code-point NFKC, the source map,
 * paragraph splitting, portal quotes and page-break repair. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_normalize.h"
#include "gx_utf8.h"

/* Normalize s and return the UTF-8 of all code points (arena-owned). */
static const char *norm(gx_arena *a, const char *s, gx_cps *out)
{
    memset(out, 0, sizeof *out);
    gx_normalize_decode(a, s, strlen(s), 0, out);
    return gx_cps_utf8(a, out, NULL);
}

/* Paragraphs of s, joined by "|" after repair. */
static const char *paras(gx_arena *a, const char *s, bool markdown, int *njoins)
{
    gx_cps cps = {0};
    gx_normalize_decode(a, s, strlen(s), 0, &cps);
    gx_para_vec pv = {0};
    gx_normalize_paragraphs(a, &cps, markdown, true, &pv);
    int j = gx_normalize_repair(a, &pv, 0, pv.n);
    if (njoins)
        *njoins = j;
    gx_cps all = {0};
    for (int i = 0; i < pv.n; i++) {
        if (i)
            gx_cps_push(a, &all, '|', -1);
        gx_cps_append(a, &all, &pv.v[i].t);
    }
    return gx_cps_utf8(a, &all, NULL);
}

static void test_fullwidth_and_cjk_count(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_cps c;
    const char *in = "公司，（ＡＢＣ）：１２３！？“引号”。、…《书》";
    const char *out = norm(a, in, &c);
    assert_string_equal(out, "公司,(ABC):123!?“引号”。、…《书》");
    /* one code point out for every code point in */
    assert_int_equal(c.n, (int)gx_utf8_count(in, strlen(in)));
    gx_arena_free(a);
}

static void test_expansions(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_cps c;
    /* ligature and unit square expand (ASCII alnum), …, ㈱, ½, ℃ stay */
    assert_string_equal(norm(a, "ﬁne 5㎏ ㈱ ½ 30℃ ……", &c), "fine 5kg ㈱ ½ 30℃ ……");
    /* every output code point maps back to the byte where its source starts */
    const char *in = "aﬁb";
    norm(a, in, &c);
    assert_int_equal(c.n, 4);
    assert_int_equal(c.src[0], 0);
    assert_int_equal(c.src[1], 1);
    assert_int_equal(c.src[2], 1);
    assert_int_equal(c.src[3], 4);
    gx_arena_free(a);
}

static void test_controls_bom_crlf(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_cps c;
    assert_string_equal(norm(a,
                             "\xEF\xBB\xBF"
                             "a\r\nb\rc\td\x01"
                             "e\xE2\x80\x8B"
                             "f\xC2\xA0g",
                             &c),
                        "a\nb\nc def g");
    gx_arena_free(a);
}

static void test_source_map_offsets(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_cps c;
    const char *in = "\xEF\xBB\xBF中Ａ\r\n文";
    norm(a, in, &c);
    assert_int_equal(c.n, 4); /* 中 A \n 文 */
    assert_int_equal(c.src[0], 3);
    assert_int_equal(c.src[1], 6);
    assert_int_equal(c.src[2], 10); /* the \n of \r\n */
    assert_int_equal(c.src[3], 11);
    gx_arena_free(a);
}

static void test_paragraphs_spaces(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    assert_string_equal(paras(a, "  a   b.  \n\n\n C \n", false, NULL), "a b.|C");
    /* flattened Chinese news: runs of U+3000 start paragraphs */
    assert_string_equal(paras(a, "　　第一段内容。　　第二段内容。\n　　第三段。", false, NULL),
                        "第一段内容。|第二段内容。|第三段。");
    /* two spaces next to CJK text break a flattened line, one space does not */
    assert_string_equal(
        paras(a, "新浪财经讯 1月11日  今天大盘收出十连阳,强势特征非常明显。", false, NULL),
        "新浪财经讯 1月11日|今天大盘收出十连阳,强势特征非常明显。");
    /* a short line is not split (a byline spaced out with U+3000) */
    assert_string_equal(paras(a, "证券时报记者　　王一鸣", false, NULL), "证券时报记者 王一鸣");
    /* English double space after a period stays inside the paragraph */
    assert_string_equal(paras(a, "One.  Two.", false, NULL), "One. Two.");
    gx_arena_free(a);
}

static void test_headings_and_markdown(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_cps cps = {0};
    const char *s = "# 标题\n\n## 小节 ##\n\n- 条目一\n\n#话题# 不是标题。\n\n---\n\n> "
                    "引用[链接](http://x.y/z)。";
    gx_normalize_decode(a, s, strlen(s), 0, &cps);
    gx_para_vec pv = {0};
    gx_normalize_paragraphs(a, &cps, true, true, &pv);
    assert_int_equal(pv.n, 5);
    assert_int_equal(pv.v[0].kind, GX_PARA_H1);
    assert_string_equal(gx_cps_utf8(a, &pv.v[0].t, NULL), "标题");
    assert_int_equal(pv.v[1].kind, GX_PARA_H2);
    assert_string_equal(gx_cps_utf8(a, &pv.v[1].t, NULL), "小节");
    assert_int_equal(pv.v[2].kind, GX_PARA_LIST);
    assert_string_equal(gx_cps_utf8(a, &pv.v[2].t, NULL), "条目一");
    assert_int_equal(pv.v[3].kind, GX_PARA_TEXT);
    assert_string_equal(gx_cps_utf8(a, &pv.v[4].t, NULL), "引用链接。");
    /* markup with nothing after it, at the very end of the input */
    const char *tail[] = {"> ", "- ", "> > ", "#", "## ", "-  "};
    for (size_t k = 0; k < sizeof tail / sizeof *tail; k++) {
        gx_cps c2 = {0};
        gx_normalize_decode(a, tail[k], strlen(tail[k]), 0, &c2);
        gx_para_vec p2 = {0};
        gx_normalize_paragraphs(a, &c2, true, true, &p2);
        assert_int_equal(p2.n, 0);
    }
    gx_arena_free(a);
}

/* A portal's stock quote inside a legal name is page markup and goes; elsewhere it stays, and
 * so do look-alikes (a negative price, a wrong shape). Table: input, paragraph text (plain text
 * and markdown alike). */
static void test_portal_quote(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"国信证券(10.750,-0.11,-1.01%)股份有限公司公告", "国信证券股份有限公司公告"},
        {"苏州东山精密(29.640,0.15,0.51%)制造股份有限公司", "苏州东山精密制造股份有限公司"},
        {"览海医疗(5.030,0.09,1.82%)半年度亏损", "览海医疗(5.030,0.09,1.82%)半年度亏损"},
        {"建车B(4.720,-0.02,-0.42%)前三季", "建车B(4.720,-0.02,-0.42%)前三季"},
        {"甲公司(-1.000,0.1,1%)有限公司", "甲公司(-1.000,0.1,1%)有限公司"},
        {"甲(1.0,0.1,1%)有限公司", "甲(1.0,0.1,1%)有限公司"},
        {"甲(1.00,0.1,1%)。有限公司", "甲(1.00,0.1,1%)。有限公司"},
        {"涨幅(3.5%)有限公司", "涨幅(3.5%)有限公司"},
        {"今创集团(10.530,0.15,1.45%)等个别公司", "今创集团(10.530,0.15,1.45%)等个别公司"},
        {"本溪钢铁(1.00,0.10,1.01%)集团有限责任公司", "本溪钢铁集团有限责任公司"},
    };
    gx_arena *a = gx_arena_new();
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        assert_string_equal(paras(a, cases[k][0], false, NULL), cases[k][1]);
        assert_string_equal(paras(a, cases[k][0], true, NULL), cases[k][1]);
    }
    gx_arena_free(a);
}

static void test_page_break_repair(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    int j;
    /* the sample's breaks: inside a word, inside an amount, before a short fragment */
    assert_string_equal(paras(a,
                              "当前国内GPU产业的分化亦十分明显。今年8月底,"
                              "曾获得2024年度重庆市“独角兽企业”称\n\n号的象帝先被曝约400员工被裁。",
                              false, &j),
                        "当前国内GPU产业的分化亦十分明显。今年8月底,"
                        "曾获得2024年度重庆市“独角兽企业”称号的象帝先被曝约400员工被裁。");
    assert_int_equal(j, 1);
    assert_string_equal(
        paras(a, "英伟达达成如今成绩单的是什\n\n么?袁帅告诉证券时报记者,这主要源于技术积累。",
              false, &j),
        "英伟达达成如今成绩单的是什么?袁帅告诉证券时报记者,这主要源于技术积累。");
    assert_string_equal(
        paras(a,
              "2023年度整体营收1.52亿美元,净利润893.76万\n\n美元。整体来看,收入主要来自欧美市场。",
              false, &j),
        "2023年度整体营收1.52亿美元,净利润893.76万美元。整体来看,收入主要来自欧美市场。");
    assert_string_equal(
        paras(a, "2023年10月,壁仞科技、摩尔线程等亦被添加到实体\n\n清单中。", false, &j),
        "2023年10月,壁仞科技、摩尔线程等亦被添加到实体清单中。");
    /* English: a hard-wrapped sentence joins with a space */
    assert_string_equal(
        paras(a, "The company said on Monday that its revenue rose\nsharply in the quarter.", false,
              &j),
        "The company said on Monday that its revenue rose sharply in the quarter.");
    gx_arena_free(a);
}

static void test_page_break_no_join(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    int j;
    /* sentence-final punctuation */
    paras(a, "第一段结束了,真的结束了,完全结束。\n\n第二段开始了。", false, &j);
    assert_int_equal(j, 0);
    /* a label line, a heading, a list item, an indented paragraph */
    paras(a, "摘要\n大盘在银行板块的推动下,今天收出一根新高大阳线。", false, &j);
    assert_int_equal(j, 0);
    paras(a, "公司营收增长,净利润增长,毛利率也提升了不少\n\n## 行业分析\n\n行业整体向好。", true,
          &j);
    assert_int_equal(j, 0);
    paras(a, "公司营收增长,净利润增长,毛利率也提升了不少\n\n一、行业分析,整体向好。", false, &j);
    assert_int_equal(j, 0);
    paras(a, "公司营收增长,净利润增长,毛利率也提升了不少\n　　行业分析整体向好,前景广阔。", false,
          &j);
    assert_int_equal(j, 0);
    /* a short next paragraph without punctuation looks like a heading */
    paras(a, "公司营收增长,净利润增长,毛利率也提升了不少\n\n风险提示\n\n市场有风险。", false, &j);
    assert_int_equal(j, 0);
    /* a list-like short line followed by a new topic */
    paras(a, "鹏辉能源、赣锋锂业\n\n2018年,北斗卫星将进入密集发射期,全年预计发射18颗。", false, &j);
    assert_int_equal(j, 0);
    /* headlines with commas, ! or ? followed by their story */
    paras(a,
          "世纪联姻黄了!港交所弃购伦交所,李小加详解被拒细节\n港交所正式宣布放弃收购伦交所的计划。",
          false, &j);
    assert_int_equal(j, 0);
    paras(a,
          "获得三大品种,存量、增量品种有望持续推动公司业绩\n公司此前便已切入诺华抗心衰药物市场,"
          "销售额逐年增长。",
          false, &j);
    assert_int_equal(j, 0);
    /* a reposted headline with a stock quote in it */
    paras(a,
          "原标题:广汇能源(2.500,-0.01,-0.40%)前董事长宋东升遭通报批评 "
          "未完成增持承诺\n中国经济网北京5月11日讯 近日,广汇能源发布公告。",
          false, &j);
    assert_int_equal(j, 0);
    /* a short opening word with a comma starts a sentence */
    paras(a, "原标题:7年对赌8次!又一家新三板企业科创板IPO失利\n刚刚,又一家企业闯关科创板IPO失败。",
          false, &j);
    assert_int_equal(j, 0);
    /* a timeline: lines opening with a date are new sentences */
    paras(a, "2018年7月26日,泉州中院裁定受理富贵鸟重整\n2019年5月9日,债权人会议表决重整计划未通过",
          false, &j);
    assert_int_equal(j, 0);
    /* a heading-like line with only a colon */
    paras(a, "原标题:海南海药股份有限公司关于控股股东部分股份解除质押及质押的公告\n证券代码:000566",
          false, &j);
    assert_int_equal(j, 0);
    /* but a number after a word that asks for one continues */
    paras(a,
          "公开信息显示,2024年上半年,公司营业收入同比增长。其中营业收入为\n\n20.00亿元,净利润为4."
          "01亿元。",
          false, &j);
    assert_int_equal(j, 1);
    gx_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fullwidth_and_cjk_count),
        cmocka_unit_test(test_expansions),
        cmocka_unit_test(test_controls_bom_crlf),
        cmocka_unit_test(test_source_map_offsets),
        cmocka_unit_test(test_paragraphs_spaces),
        cmocka_unit_test(test_headings_and_markdown),
        cmocka_unit_test(test_portal_quote),
        cmocka_unit_test(test_page_break_repair),
        cmocka_unit_test(test_page_break_no_join),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
