/* test_engine.c — the pipeline through the public interface (gx.h): decoding errors, empty
 * input, charsets, titles, splitting and the ARTICLE JSON shape with its offset invariants. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx.h"
#include "gx_test_engine.h"
#include "gx_utf8.h"

/* text[start:end] in code points, as a new heap string. */
static char *cp_slice(const char *text, json_int_t s, json_int_t e)
{
    const char *p = text;
    for (json_int_t i = 0; i < s && *p; i++) {
        int n;
        gx_utf8_decode((const unsigned char *)p, &n);
        p += n;
    }
    const char *q = p;
    for (json_int_t i = s; i < e && *q; i++) {
        int n;
        gx_utf8_decode((const unsigned char *)q, &n);
        q += n;
    }
    char *out = malloc((size_t)(q - p) + 1);
    memcpy(out, p, (size_t)(q - p));
    out[q - p] = '\0';
    return out;
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    gl_error err;
    const char bad[] = "正文\xC3\x28 more";
    assert_null(gx_test_extract(bad, sizeof bad - 1, GX_FORMAT_TEXT, NULL, &err));
    assert_int_equal(err.status, 400);
    assert_int_equal(err.offset, 6);
    const char overlong[] = "ab\xC0\xAF";
    assert_null(gx_test_extract(overlong, sizeof overlong - 1, GX_FORMAT_MARKDOWN, NULL, &err));
    assert_int_equal(err.offset, 2);
    const char surrogate[] = "\xED\xA0\x80";
    assert_null(gx_test_extract(surrogate, 3, GX_FORMAT_TEXT, NULL, &err));
    assert_int_equal(err.status, 400);
}

static void test_empty(void **state)
{
    (void)state;
    gl_error err;
    assert_null(gx_test_extract("", 0, GX_FORMAT_TEXT, NULL, &err));
    assert_int_equal(err.status, 422);
    const char *blank = " \n\r\n\t\xE3\x80\x80 \xEF\xBB\xBF";
    assert_null(gx_test_extract(blank, strlen(blank), GX_FORMAT_MARKDOWN, NULL, &err));
    assert_int_equal(err.status, 422);
    assert_null(gx_test_extract("---\n\n>\n", 7, GX_FORMAT_MARKDOWN, "", &err));
    assert_int_equal(err.status, 422);
    assert_null(gx_test_extract("# 标题\n\n# 另一个标题\n", 28, GX_FORMAT_MARKDOWN, NULL, &err));
    assert_int_equal(err.status, 422);
}

static void test_bom_crlf_and_title_empty(void **state)
{
    (void)state;
    gl_error err;
    const char *doc = "\xEF\xBB\xBF第一段，内容。\r\n\r\n第二段（内容）。\r\n";
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_TEXT, "", &err);
    assert_non_null(r);
    json_t *a = json_array_get(json_object_get(r, "articles"), 0);
    assert_string_equal(json_string_value(json_object_get(a, "text")),
                        "第一段,内容。\n\n第二段(内容)。");
    assert_true(json_is_null(json_object_get(a, "title")));
    assert_null(json_object_get(a, "id"));
    json_decref(r);
}

static void test_gbk_charset(void **state)
{
    (void)state;
    gl_error err;
    gx_input in = gx_input_default();
    const char gbk[] = "\xD6\xD0\xCE\xC4\xA1\xA3"; /* 中文。 in GBK */
    in.body = gbk;
    in.len = 6;
    in.charset = "GBK";
    gl_error_clear(&err);
    json_t *r = gx_extract(gx_test_eng, &in, &err);
    assert_non_null(r);
    json_t *a = json_array_get(json_object_get(r, "articles"), 0);
    assert_string_equal(json_string_value(json_object_get(a, "text")), "中文。");
    json_decref(r);
    in.charset = "no-such-charset";
    assert_null(gx_extract(gx_test_eng, &in, &err));
    assert_int_equal(err.status, 415);
}

/* Every span in an ARTICLE lies inside text and, where a text is given, matches it. */
static void check_spans(json_t *a)
{
    const char *text = json_string_value(json_object_get(a, "text"));
    size_t ncp = gx_utf8_count(text, strlen(text));
    size_t i;
    json_t *s;
    json_array_foreach(json_object_get(a, "sections"), i, s)
    {
        json_int_t st = json_integer_value(json_object_get(s, "start"));
        json_int_t en = json_integer_value(json_object_get(s, "end"));
        assert_true(st >= 0 && st <= en && (size_t)en <= ncp);
        const char *h = json_string_value(json_object_get(s, "heading"));
        char *got = cp_slice(text, st, st + (json_int_t)gx_utf8_count(h, strlen(h)));
        assert_string_equal(got, h);
        free(got);
    }
    const char *lists[] = {"positions", "quantities"};
    for (int l = 0; l < 2; l++) {
        json_array_foreach(json_object_get(a, lists[l]), i, s)
        {
            const char *t = json_string_value(json_object_get(s, l ? "text" : "title"));
            char *got = cp_slice(text, json_integer_value(json_object_get(s, "start")),
                                 json_integer_value(json_object_get(s, "end")));
            assert_string_equal(got, t);
            free(got);
        }
    }
    json_t *e;
    json_array_foreach(json_object_get(a, "entities"), i, e)
    {
        size_t k;
        json_t *m;
        json_array_foreach(json_object_get(e, "mentions"), k, m)
        {
            char *got = cp_slice(text, json_integer_value(json_object_get(m, "start")),
                                 json_integer_value(json_object_get(m, "end")));
            assert_string_equal(got, json_string_value(json_object_get(m, "text")));
            free(got);
        }
    }
}

static void test_page_split_and_shape(void **state)
{
    (void)state;
    gl_error err;
    const char *doc =
        "# 甲公司拟收购乙公司 布局海外\n\n证券时报记者 王一鸣\n\n"
        "甲公司(600000)公告,拟以不超过2亿元收购乙公司37.88%股份。\n\n"
        "## 背景\n\n乙公司成立于2019年,主营芯片设计。\n\n"
        "# 丙公司发布半年报\n\n本报记者 张三 李四\n\n丙公司上半年营收20.00亿元,同比增长20.38%。";
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_MARKDOWN, NULL, &err);
    assert_non_null(r);
    json_t *arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 2);
    json_t *a = json_array_get(arts, 0);
    const char *keys[] = {"title",    "language",  "outlet",      "authors", "published_at",
                          "url",      "source",    "external_id", "text",    "sections",
                          "entities", "positions", "quantities",  "events",  "warnings"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        assert_non_null(json_object_get(a, keys[k]));
    assert_string_equal(json_string_value(json_object_get(a, "title")),
                        "甲公司拟收购乙公司 布局海外");
    assert_string_equal(json_string_value(json_object_get(a, "outlet")), "证券时报");
    json_t *au = json_array_get(json_object_get(a, "authors"), 0);
    assert_string_equal(json_string_value(json_object_get(au, "name")), "王一鸣");
    assert_string_equal(json_string_value(json_object_get(au, "role")), "记者");
    assert_int_equal(json_array_size(json_object_get(a, "sections")), 1);
    check_spans(a);
    json_t *b = json_array_get(arts, 1);
    assert_int_equal(json_array_size(json_object_get(b, "authors")), 2);
    /* "本报记者": the outlet the page's other bylines name */
    assert_string_equal(json_string_value(json_object_get(b, "outlet")), "证券时报");
    check_spans(b);
    json_decref(r);

    /* split=false: one article, later "# " headings become sections */
    gx_input in = gx_input_default();
    in.body = doc;
    in.len = strlen(doc);
    in.format = GX_FORMAT_MARKDOWN;
    in.split = false;
    in.published_at = "2024-09-23";
    in.source = "证券时报";
    r = gx_extract(gx_test_eng, &in, &err);
    assert_non_null(r);
    arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 1);
    a = json_array_get(arts, 0);
    assert_int_equal(json_array_size(json_object_get(a, "sections")), 2);
    assert_string_equal(json_string_value(json_object_get(a, "published_at")), "2024-09-23");
    assert_string_equal(json_string_value(json_object_get(a, "source")), "证券时报");
    check_spans(a);
    json_decref(r);

    /* a lone "本报记者" article takes the request's source as its outlet; no byline, no outlet */
    const char *own = "# 丙公司发布半年报\n\n本报记者 张三\n\n丙公司上半年营收20.00亿元。";
    in.body = own;
    in.len = strlen(own);
    r = gx_extract(gx_test_eng, &in, &err);
    a = json_array_get(json_object_get(r, "articles"), 0);
    assert_string_equal(json_string_value(json_object_get(a, "outlet")), "证券时报");
    json_decref(r);
    const char *none = "# 丙公司发布半年报\n\n丙公司上半年营收20.00亿元。";
    in.body = none;
    in.len = strlen(none);
    r = gx_extract(gx_test_eng, &in, &err);
    a = json_array_get(json_object_get(r, "articles"), 0);
    assert_true(json_is_null(json_object_get(a, "outlet")));
    json_decref(r);

    /* a page gathering stories of several outlets lends none of them to a bare "记者" byline */
    const char *mixed = "# 甲公司中标\n\n来源:挖贝网\n\n甲公司中标金额约15亿元。\n\n"
                        "# 乙公司回购\n\n来源:和讯网\n\n乙公司回购80万股。\n\n"
                        "# 美国政府关门\n\n见习记者 吴二 北京报道\n\n美国国会通过临时拨款法案。";
    r = gx_test_extract(mixed, strlen(mixed), GX_FORMAT_MARKDOWN, NULL, &err);
    arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(arts), 3);
    assert_string_equal(json_string_value(json_object_get(json_array_get(arts, 0), "outlet")), "挖贝网");
    a = json_array_get(arts, 2);
    assert_int_equal(json_array_size(json_object_get(a, "authors")), 1);
    assert_true(json_is_null(json_object_get(a, "outlet")));
    json_decref(r);
    /* the places a byline was filed from are no authors, also when the parser takes one for a
     * name (上海/北京报道) */
    const char *places = "# 银行理财新规\n\n本报记者/蒋牧云/张荣旺/上海/北京报道\n\n银行理财子公司陆续开业，规模增长较快。";
    r = gx_test_extract(places, strlen(places), GX_FORMAT_MARKDOWN, NULL, &err);
    a = json_array_get(json_object_get(r, "articles"), 0);
    json_t *filed = json_object_get(a, "authors");
    assert_int_equal(json_array_size(filed), 2);
    for (size_t k = 0; k < json_array_size(filed); k++)
        assert_string_not_equal(json_string_value(json_object_get(json_array_get(filed, k), "name")), "上海");
    json_decref(r);
}

/* A name in brackets closing the text is its writer when a surname opens it (…下跌0.3个百分点。(张俊));
 * other closing words are not (附股). */
static void test_closing_name(void **state)
{
    (void)state;
    gl_error err;
    const char *doc = "# 美股周四高开\n\n美股周四高开，主要股指再创新高，道指逼近25000点关口。\n\n"
                      "黄金期货价格走低，美元指数下跌。(张俊)\n\n责任编辑：郭明煜";
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_MARKDOWN, NULL, &err);
    json_t *au = json_object_get(json_array_get(json_object_get(r, "articles"), 0), "authors");
    assert_int_equal(json_array_size(au), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(au, 0), "name")), "张俊");
    json_decref(r);
    const char *other = "# 两类股被推崇\n\n一季度机构疯狂买入，两类股票的业绩预期明显改善，值得关注。\n\n两类股被重磅推崇！(附股)";
    r = gx_test_extract(other, strlen(other), GX_FORMAT_MARKDOWN, NULL, &err);
    au = json_object_get(json_array_get(json_object_get(r, "articles"), 0), "authors");
    assert_int_equal(json_array_size(au), 0);
    json_decref(r);
}

/* A market or its index opening what the tagger reads as a name is no person (纳指|齐涨). */
static void test_index_no_person(void **state)
{
    (void)state;
    gl_error err;
    const char *doc = "美国股市依然表现坚挺，标普、纳指齐创收盘纪录新高。标普500指数收涨12.27点，涨幅0.44%。"
                      "标普500指数涨17.25点，或0.64%，报2，713.06点；纳指涨58.63点，或0.84%，报7，065.53点。";
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_TEXT, NULL, &err);
    json_t *ents = json_object_get(json_array_get(json_object_get(r, "articles"), 0), "entities");
    for (size_t k = 0; k < json_array_size(ents); k++)
        assert_string_not_equal(json_string_value(json_object_get(json_array_get(ents, k), "type")), "person");
    json_decref(r);
}

/* Seeded random documents made of markup, bylines, CJK text, punctuation, ligatures, BOMs and
 * odd spaces: every answer is an article list with valid text, or 422; never a crash. */
/* An amount written with a minus sign is reported as its size with "negative": true, by both
 * writers alike. */
static void test_negative_money(void **state)
{
    (void)state;
    const char *doc = "公司前三季度营业收入2.3亿元,归属上市公司股东的净利润-573.3万元。";
    gl_error err;
    gl_error_clear(&err);
    json_t *r = gx_test_extract(doc, strlen(doc), GX_FORMAT_TEXT, "", &err);
    json_t *qs = json_object_get(json_array_get(json_object_get(r, "articles"), 0), "quantities");
    int seen = 0;
    for (size_t i = 0; i < json_array_size(qs); i++) {
        json_t *q = json_array_get(qs, i);
        const char *text = json_string_value(json_object_get(q, "text"));
        if (!strcmp(text, "-573.3万元")) {
            assert_true(json_real_value(json_object_get(q, "value")) == 5733000.0 ||
                        json_integer_value(json_object_get(q, "value")) == 5733000);
            assert_true(json_is_true(json_object_get(q, "negative")));
            seen++;
        } else if (!strcmp(text, "2.3亿元")) {
            assert_null(json_object_get(q, "negative"));
            seen++;
        }
    }
    assert_int_equal(seen, 2);
    gx_input in = gx_input_default();
    in.body = doc;
    in.len = strlen(doc);
    in.format = GX_FORMAT_TEXT;
    in.title = "";
    size_t dl = 0;
    char *direct = gx_extract_dumps(gx_test_eng, &in, &dl, NULL, &err);
    char *dumped = json_dumps(r, GX_JSON_FLAGS);
    assert_string_equal(direct, dumped);
    free(direct);
    free(dumped);
    json_decref(r);
}

static void test_random_documents(void **state)
{
    (void)state;
    static const char *const frags[] = {"# ",
                                        "## ",
                                        "### ",
                                        "\n",
                                        "\n\n",
                                        "\r\n",
                                        " ",
                                        "\xE3\x80\x80",
                                        "\xE3\x80\x80\xE3\x80\x80",
                                        "记者 ",
                                        "证券时报记者 王一鸣",
                                        "(",
                                        ")",
                                        "。",
                                        "，",
                                        "?",
                                        "!",
                                        ".",
                                        "…",
                                        "“",
                                        "”",
                                        "文/",
                                        "By John Smith",
                                        "a",
                                        "中",
                                        "1",
                                        "3.33",
                                        "万",
                                        "- ",
                                        "1. ",
                                        "一、",
                                        "**",
                                        "[x](y)",
                                        "> ",
                                        "---",
                                        "\t",
                                        "\xEF\xAC\x81",
                                        "\xE3\x88\xB1",
                                        "\xEF\xBB\xBF",
                                        "来源:",
                                        "#",
                                        "\xC2\xA0",
                                        "新华社北京1月1日电(记者 张三)",
                                        "Inc.",
                                        "公司",
                                        "收购",
                                        "亿元",
                                        "2024年9月23日",
                                        "\"",
                                        "\\",
                                        "约1.2亿美元",
                                        "下降43.42%",
                                        "稳健医疗(300888)拟收购",
                                        "$1.5 billion",
                                        "■"};
    size_t nf = sizeof frags / sizeof *frags;
    unsigned seed = 12345;
    int ok = 0, empty = 0;
    for (int it = 0; it < 1500; it++) {
        char buf[2048];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int k = (int)((seed >> 16) % 40);
        for (int j = 0; j < k; j++) {
            seed = seed * 1103515245u + 12345u;
            const char *f = frags[(seed >> 16) % nf];
            size_t l = strlen(f);
            if (n + l >= sizeof buf)
                break;
            memcpy(buf + n, f, l);
            n += l;
        }
        gx_input in = gx_input_default();
        in.body = buf;
        in.len = n;
        in.format = (seed >> 8) % 2 ? GX_FORMAT_MARKDOWN : GX_FORMAT_TEXT;
        in.title = (seed >> 9) % 3 == 0 ? "" : (seed >> 9) % 3 == 1 ? "标题 x" : NULL;
        in.split = (seed >> 11) % 2;
        gl_error err;
        gl_error_clear(&err);
        json_t *r = gx_extract(gx_test_eng, &in, &err);
        /* the direct writer answers the same bytes as the jansson tree, dumped */
        gl_error err2;
        gl_error_clear(&err2);
        size_t dl = 0;
        char *direct = gx_extract_dumps(gx_test_eng, &in, &dl, NULL, &err2);
        char *dumped = r ? json_dumps(r, GX_JSON_FLAGS) : NULL;
        assert_true((direct == NULL) == (dumped == NULL));
        if (direct) {
            assert_string_equal(direct, dumped);
            assert_int_equal(dl, strlen(dumped));
        } else {
            assert_int_equal(err2.status, err.status);
        }
        free(direct);
        free(dumped);
        if (!r) {
            assert_int_equal(err.status, 422);
            empty++;
            continue;
        }
        ok++;
        size_t i;
        json_t *a;
        json_array_foreach(json_object_get(r, "articles"), i, a)
        {
            const char *t = json_string_value(json_object_get(a, "text"));
            size_t tl = strlen(t);
            assert_true(tl > 0);
            assert_int_equal(gx_utf8_validate(t, tl, NULL), 0);
            assert_null(strstr(t, "\n\n\n"));
            assert_true(t[0] != '\n' && t[0] != ' ' && t[tl - 1] != '\n' && t[tl - 1] != ' ');
            check_spans(a);
        }
        json_decref(r);
    }
    assert_true(ok > 1000 && empty > 0);
}

/* Whole pages of several articles (helper "page18", eighteenth session): the outlet a page's
 * bylines name is lent only to an article whose byline keeps a writer once the lexicon has judged
 * its names (a summary line read as bare names, 摘要 / 分析称…, lends none); setext underlines
 * (pandoc's markdown) split a page as "# " and "## " do. */

/* Runs a markdown page, asserts it splits into n articles; *arts borrows the result's array.
 * The caller owns (and json_decref's) the result. */
static json_t *run_page(const char *page, size_t n, json_t **arts)
{
    gl_error err;
    json_t *r = gx_test_extract(page, strlen(page), GX_FORMAT_MARKDOWN, NULL, &err);
    assert_non_null(r);
    *arts = json_object_get(r, "articles");
    assert_int_equal(json_array_size(*arts), n);
    return r;
}

/* a summary under the title taken for bare names and dropped lends no outlet of the page */
static void test_summary_lends_no_outlet(void **state)
{
    (void)state;
    const char *page = "# 甲公司中标\n\n来源:挖贝网\n\n甲公司中标金额约15亿元。\n\n"
                       "# 三大原因导致美股连续大跌 A股影响几何？\n\n摘要\n"
                       "分析称美股暴跌有三大原因：1、美债收益率连续走高；2、美股各大股指估值已处历史高位；"
                       "3、美联储加息超预期，通胀预期全面升温。A股市场受到的冲击或较小。";
    json_t *arts;
    json_t *r = run_page(page, 2, &arts);
    assert_string_equal(json_string_value(json_object_get(json_array_get(arts, 0), "outlet")), "挖贝网");
    json_t *b = json_array_get(arts, 1);
    assert_int_equal(json_array_size(json_object_get(b, "authors")), 0);
    assert_true(json_is_null(json_object_get(b, "outlet")));
    json_decref(r);
}

/* a byline that keeps its writer still takes the outlet the page's other bylines name */
static void test_byline_takes_page_outlet(void **state)
{
    (void)state;
    const char *page = "# 甲公司中标\n\n证券时报记者 王一鸣\n\n甲公司中标金额约15亿元。\n\n"
                       "# 乙公司回购\n\n本报记者 张三\n\n乙公司回购80万股。";
    json_t *arts;
    json_t *r = run_page(page, 2, &arts);
    json_t *b = json_array_get(arts, 1);
    assert_int_equal(json_array_size(json_object_get(b, "authors")), 1);
    assert_string_equal(json_string_value(json_object_get(b, "outlet")), "证券时报");
    json_decref(r);
}

/* "===" under a line is an article title, "---" a section heading; a title's double space and
 * its question mark stay in it; a rule after a blank line is no underline */
static void test_setext_page(void **state)
{
    (void)state;
    const char *page = "甲公司中标  乙项目落地?\n======\n\n证券时报记者 王一鸣\n\n甲公司中标金额约15亿元。\n\n"
                       "订单来源\n------\n\n甲公司表示，订单来自海外。\n\n"
                       "乙公司回购\n======\n\n乙公司回购80万股。\n\n------\n\n乙公司股价上涨。";
    json_t *arts;
    json_t *r = run_page(page, 2, &arts);
    json_t *a = json_array_get(arts, 0);
    assert_string_equal(json_string_value(json_object_get(a, "title")), "甲公司中标 乙项目落地?");
    json_t *secs = json_object_get(a, "sections");
    assert_int_equal(json_array_size(secs), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(secs, 0), "heading")), "订单来源");
    json_t *b = json_array_get(arts, 1);
    assert_string_equal(json_string_value(json_object_get(b, "title")), "乙公司回购");
    assert_int_equal(json_array_size(json_object_get(b, "sections")), 0);
    json_decref(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_bom_crlf_and_title_empty),
        cmocka_unit_test(test_gbk_charset),
        cmocka_unit_test(test_page_split_and_shape),
        cmocka_unit_test(test_negative_money), cmocka_unit_test(test_random_documents),
        cmocka_unit_test(test_index_no_person), cmocka_unit_test(test_closing_name),
        cmocka_unit_test(test_summary_lends_no_outlet), cmocka_unit_test(test_byline_takes_page_outlet),
        cmocka_unit_test(test_setext_page),
    };
    return cmocka_run_group_tests(tests, gx_test_engine_setup, gx_test_engine_teardown);
}
