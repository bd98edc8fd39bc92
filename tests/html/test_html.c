/* test_html.c — unit tests of HTML input (gx_html_extract, gx_charset): hand-written pages in
 * Chinese (UTF-8 and GBK) and English, WordPress and Ghost CMS fragments, mojibake detection,
 * hidden elements, metadata sources and hostile input. */
#include <iconv.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "gx_charset.h"
#include "gx_html.h"

static const char ZH_PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>宁德时代上半年净利润增长 - 新浪财经</title>"
    "<script>var pub = '2019-01-01'; document.write('广告代码');</script>"
    "<style>.x{color:red}</style></head><body>"
    "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/stock\">股票</a> <a "
    "href=\"/fund\">基金</a></div>"
    "<div class=\"main-content\"><h1>宁德时代上半年净利润增长</h1>"
    "<div class=\"date-source\"><span>2024年09月24日 08:30</span> <span>证券时报</span></div>"
    "<div id=\"artibody\" class=\"article\">"
    "<p>本报记者 王一鸣</p>"
    "<p>　　宁德时代（300750）8月1日晚间披露半年报，公司上半年实现营业收入1667.67亿元，"
    "同比下降11.88%；实现归母净利润228.65亿元，同比增长10.37%。</p>"
    "<p>　　公司表示，报告期内动力电池使用量市占率为37.5%，较去年同期提升1.1个百分点，"
    "储能电池出货量继续保持全球第一。</p>"
    "<p style=\"display:none\">隐藏的段落不应出现。</p>"
    "<p>　　分析人士认为，随着原材料价格回落，公司毛利率有望继续改善，海外市场拓展也在加快，"
    "匈牙利工厂建设按计划推进。</p>"
    "<p>责任编辑：李四</p>"
    "<div class=\"share\">分享到：微博 微信</div>"
    "</div></div>"
    "<div class=\"footer\">版权所有 2003-2024 新浪网 京ICP证000007 2023年01月01日</div>"
    "</body></html>";

static void no_substr(const char *hay, const char *needle)
{
    if (hay && strstr(hay, needle)) {
        fprintf(stderr, "unexpected \"%s\" in:\n%s\n", needle, hay);
        fail();
    }
}

static void has_substr(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle)) {
        fprintf(stderr, "missing \"%s\" in:\n%s\n", needle, hay ? hay : "(null)");
        fail();
    }
}

/* assert_string_equal that fails (instead of crashing) on NULL */
#define str_eq(a, b)                                                                               \
    do {                                                                                           \
        assert_non_null(a);                                                                        \
        assert_string_equal((a), (b));                                                             \
    } while (0)

static void check_zh(const gx_html_result *r)
{
    assert_non_null(r->title);
    str_eq(r->title, "宁德时代上半年净利润增长");
    assert_int_equal(r->nauthors, 1);
    str_eq(r->authors[0], "王一鸣");
    assert_non_null(r->published_at);
    str_eq(r->published_at, "2024-09-24");
    assert_non_null(r->editor);
    str_eq(r->editor, "李四");
    has_substr(r->body, "宁德时代（300750）8月1日晚间披露半年报");
    has_substr(r->body, "匈牙利工厂建设按计划推进。");
    /* paragraphs separated by blank lines, leading full-width spaces gone */
    has_substr(r->body, "10.37%。\n\n公司表示");
    no_substr(r->body, "　");
    no_substr(r->body, "首页");
    no_substr(r->body, "版权所有");
    no_substr(r->body, "广告代码");
    no_substr(r->body, "隐藏的段落");
    no_substr(r->body, "责任编辑");
    no_substr(r->body, "分享到");
    no_substr(r->body, "本报记者");
}

static void test_zh_utf8(void **state)
{
    (void)state;
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(ZH_PAGE, strlen(ZH_PAGE), NULL, &r, &err), 0);
    check_zh(&r);
    assert_int_equal(r.nwarnings, 0);
    gx_html_result_cleanup(&r);
}

/* ZH_PAGE converted to GB18030 with iconv, and its meta charset changed to gbk. */
static char *to_gbk(const char *utf8, size_t *outlen)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t inleft = strlen(utf8), cap = inleft * 2 + 16, oleft = cap;
    char *out = calloc(1, cap), *o = out, *in = (char *)utf8;
    assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
    iconv_close(cd);
    *outlen = cap - oleft;
    return out;
}

static void test_zh_gbk_meta(void **state)
{
    (void)state;
    char *page = strdup(ZH_PAGE);
    char *m = strstr(page, "charset=\"utf-8\"");
    memcpy(m, "charset=\"gbk\"  ", 15);
    size_t n;
    char *gbk = to_gbk(page, &n);
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(gbk, n, NULL, &r, &err), 0);
    check_zh(&r);
    assert_int_equal(r.nwarnings, 0);
    gx_html_result_cleanup(&r);
    /* the HTTP charset says gb2312: decoded as GB18030 too */
    assert_int_equal(gx_html_extract(gbk, n, "GB2312", &r, &err), 0);
    check_zh(&r);
    gx_html_result_cleanup(&r);
    free(gbk);
    free(page);
}

static void test_zh_info_line(void **state)
{
    (void)state;
    /* the information line is inside the story's container */
    const char *page =
        "<html><head><title>某公司发布公告</title></head><body><div class=\"article\">"
        "<h1>某公司发布公告</h1>"
        "<div class=\"info\"><span>2024-09-23 19:05</span> <span>来源：证券时报网</span> "
        "<span>作者：张一帆</span></div>"
        "<p>某科技股份有限公司9月23日晚间公告，公司拟以不超过5亿元收购某公司51%股权，"
        "交易完成后，标的公司将成为公司控股子公司。</p>"
        "<p>公告显示，标的公司主要从事储能系统集成业务，2023年实现营业收入3.2亿元，"
        "净利润4100万元。</p></div></body></html>";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(page, strlen(page), NULL, &r, &err), 0);
    str_eq(r.published_at, "2024-09-23");
    str_eq(r.outlet, "证券时报网");
    assert_int_equal(r.nauthors, 1);
    str_eq(r.authors[0], "张一帆");
    no_substr(r.body, "来源");
    no_substr(r.body, "19:05");
    has_substr(r.body, "某科技股份有限公司9月23日晚间公告");
    has_substr(r.body, "净利润4100万元。");
    gx_html_result_cleanup(&r);
}

static const char *pages_dir = "tests/html/pages";

/* A committed GBK page shaped like a Chinese portal's article page (meta http-equiv gb2312,
 * <br>-separated paragraphs in one div, share bar, related list, comments, ranking, footer). */
static void test_zh_portal_gbk_file(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/zh-portal-gbk.html", pages_dir);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    assert_true(n > 0 && n < sizeof buf);
    assert_null(strstr(buf, "央行")); /* really GBK bytes, not UTF-8 */
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(buf, n, NULL, &r, &err), 0);
    str_eq(r.title, "央行宣布降准0.5个百分点");
    str_eq(r.outlet, "新浪财经");
    str_eq(r.published_at, "2024-09-24");
    str_eq(r.editor, "王涵");
    assert_int_equal(r.nwarnings, 0);
    has_substr(r.body, "新华社北京9月24日电 中国人民银行行长潘功胜24日");
    has_substr(r.body, "约1万亿元。\n\n潘功胜表示");
    has_substr(r.body, "保持商业银行净息差稳定。");
    no_substr(r.body, "新浪首页");
    no_substr(r.body, "责任编辑");
    no_substr(r.body, "分享到");
    no_substr(r.body, "相关阅读");
    no_substr(r.body, "专家解读降准影响");
    no_substr(r.body, "网友评论");
    no_substr(r.body, "支持降准");
    no_substr(r.body, "热门排行");
    no_substr(r.body, "版权所有");
    gx_html_result_cleanup(&r);
}

static void test_mojibake_declared_utf8(void **state)
{
    (void)state;
    /* GBK bytes, but both the Content-Type and the meta say UTF-8 */
    size_t n;
    char *gbk = to_gbk(ZH_PAGE, &n);
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(gbk, n, "utf-8", &r, &err), 0);
    check_zh(&r);
    assert_true(r.nwarnings >= 1);
    has_substr(r.warnings[0], "GB18030");
    no_substr(r.body, "\xEF\xBF\xBD"); /* no U+FFFD */
    gx_html_result_cleanup(&r);
    free(gbk);
}

static void test_mojibake_declared_gbk(void **state)
{
    (void)state;
    /* UTF-8 bytes declared as GBK in the Content-Type */
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(ZH_PAGE, strlen(ZH_PAGE), "gbk", &r, &err), 0);
    check_zh(&r);
    assert_true(r.nwarnings >= 1);
    has_substr(r.warnings[0], "UTF-8");
    gx_html_result_cleanup(&r);
}

static void test_big5_detection(void **state)
{
    (void)state;
    const char *trad = "<html><body><p>中國的經濟在今年上半年保持增長，市場對於公司的業績表現"
                       "有信心，投資者認為股市的前景是樂觀的。</p></body></html>";
    iconv_t cd = iconv_open("BIG5-HKSCS", "UTF-8");
    size_t inleft = strlen(trad), cap = inleft * 2 + 16, oleft = cap;
    char *out = calloc(1, cap), *o = out, *in = (char *)trad;
    assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
    iconv_close(cd);
    gx_charset_result dec;
    gl_error err;
    assert_int_equal(gx_charset_decode(out, cap - oleft, NULL, &dec, &err), 0);
    str_eq(dec.used, "BIG5-HKSCS");
    has_substr(dec.utf8, "中國的經濟");
    free(dec.utf8);
    free(out);
}

static void test_charset_canonical(void **state)
{
    (void)state;
    char out[32];
    assert_int_equal(gx_charset_canonical("\"GB2312\"", 8, out, sizeof out), 0);
    str_eq(out, "GB18030");
    assert_int_equal(gx_charset_canonical("gbk", 3, out, sizeof out), 0);
    str_eq(out, "GB18030");
    assert_int_equal(gx_charset_canonical("ISO-8859-1", 10, out, sizeof out), 0);
    str_eq(out, "CP1252");
    assert_int_equal(gx_charset_canonical("", 0, out, sizeof out), -1);
    const char *h =
        "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
    assert_int_equal(gx_charset_sniff_meta(h, strlen(h), out, sizeof out), 0);
    str_eq(out, "GB18030");
    /* undeclared latin-1 bytes: not UTF-8, not Chinese -> windows-1252, with a warning */
    gx_charset_result dec;
    gl_error err;
    const char *l1 = "<p>Caf\xe9 cr\xe8me, na\xefve d\xe9j\xe0 vu, \xa9 2024</p>";
    assert_int_equal(gx_charset_decode(l1, strlen(l1), NULL, &dec, &err), 0);
    assert_string_equal(dec.used, "CP1252");
    has_substr(dec.utf8, "Caf\u00e9 cr\u00e8me, na\u00efve d\u00e9j\u00e0 vu, \u00a9 2024");
    assert_true(dec.warning[0] != 0);
    free(dec.utf8);
    /* a UTF-8 page with one stray byte stays UTF-8 */
    const char *u8 = "<p>宁德时代上半年实现营业收入1667.67亿元，同比下降11.88% text \xff more "
                     "text，归母净利润228.65亿元。</p>";
    assert_int_equal(gx_charset_decode(u8, strlen(u8), NULL, &dec, &err), 0);
    assert_string_equal(dec.used, "UTF-8");
    has_substr(dec.utf8, "text \xEF\xBF\xBD more");
    free(dec.utf8);
    const char *h2 = "<!-- <meta charset=big5> --><meta charset='utf-8'>";
    assert_int_equal(gx_charset_sniff_meta(h2, strlen(h2), out, sizeof out), 0);
    str_eq(out, "UTF-8");
}

static const char EN_PAGE[] =
    "<html><head><title>Fed holds rates steady | Reuters</title>"
    "<link rel=\"canonical\" href=\"https://example.com/markets/fed-holds\">"
    "<meta property=\"og:site_name\" content=\"Reuters\">"
    "<script "
    "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
    "\"headline\":\"Fed holds rates steady as inflation "
    "cools\",\"datePublished\":\"2024-07-31T18:05:00Z\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane "
    "Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Reuters News\"}}</script></head><body>"
    "<header class=\"site-header\"><nav><a href=\"/\">World</a><a "
    "href=\"/b\">Business</a></nav></header>"
    "<main><article><h1>Fed holds rates steady as inflation cools</h1>"
    "<div class=\"byline\">By Jane Doe and John Roe</div>"
    "<a href=\"mailto:x@example.com\">Email the author</a>"
    "<time datetime=\"2024-07-31\">July 31, 2024</time>"
    "<div class=\"article-body\">"
    "<p>WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, "
    "but opened the door to a cut as soon as September, saying inflation had moved closer to "
    "its 2% target.</p>"
    "<p>&ldquo;The committee judges that the risks to achieving its goals continue to move "
    "into better balance,&rdquo; the central bank said in a statement &amp; press release.</p>"
    "<div class=\"related-links\"><a href=\"/x\">Markets rally after jobs data</a> "
    "<a href=\"/y\">Oil slips on demand worries</a></div>"
    "<p>Fed Chair Jerome Powell is due to hold a news conference at 2:30 p.m. EDT (1830 GMT), "
    "where investors will look for clues about the pace of cuts later this year.</p>"
    "<p hidden>Subscribe to our newsletter for more.</p>"
    "<p aria-hidden=\"true\">Screen readers never see this.</p>"
    "</div></article>"
    "<aside><h2>Most read</h2><ul><li><a href=\"/1\">Story one</a></li></ul></aside></main>"
    "<footer><p>&copy; 2024 Reuters. All rights reserved. Published 2020-01-01.</p></footer>"
    "</body></html>";

static void test_english_page(void **state)
{
    (void)state;
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(EN_PAGE, strlen(EN_PAGE), "utf-8", &r, &err), 0);
    str_eq(r.title, "Fed holds rates steady as inflation cools");
    assert_int_equal(r.nauthors, 2);
    str_eq(r.authors[0], "Jane Doe");
    str_eq(r.authors[1], "John Roe");
    str_eq(r.published_at, "2024-07-31");
    str_eq(r.outlet, "Reuters");
    str_eq(r.url, "https://example.com/markets/fed-holds");
    has_substr(r.body, "WASHINGTON (Reuters) - The Federal Reserve held");
    has_substr(r.body, "\u201cThe committee judges"); /* entities decoded */
    has_substr(r.body, "statement & press release.");
    has_substr(r.body, "later this year.");
    no_substr(r.body, "Markets rally");
    no_substr(r.body, "Most read");
    no_substr(r.body, "All rights reserved");
    no_substr(r.body, "Subscribe");
    no_substr(r.body, "Screen readers");
    no_substr(r.body, "Email the author");
    no_substr(r.body, "By Jane Doe");
    no_substr(r.body, "Business");
    gx_html_result_cleanup(&r);
}

/* Author strings of page metadata that are no person: an agency as a JSON-LD "Person", a
 * phrase ("The Russian and Syrian defense ministries"), an outlet after the name ("Finian
 * Cunningham. Sputnik International"); initials and particles stay ("J. R. de la Cruz"). */
static void test_author_metadata_junk(void **state)
{
    (void)state;
    static const char *const PAGES[][2] = {
        {"{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Reuters\"}}", ""},
        {"{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Associated Press\"}}", ""},
        {"{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"The Russian and Syrian "
         "defense ministries\"}}",
         ""},
        {"{\"@type\":\"NewsArticle\"}", "Finian Cunningham. Sputnik International"},
        {"{\"@type\":\"NewsArticle\"}", "Dr. Jane Roe and J. R. de la Cruz"},
    };
    static const char *const WANT[][2] = {{NULL, NULL}, {NULL, NULL}, {NULL, NULL}, {"Finian Cunningham", NULL},
                                          {"Dr. Jane Roe", "J. R. de la Cruz"}};
    for (size_t k = 0; k < sizeof PAGES / sizeof *PAGES; k++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><head><title>Markets rally on rate hopes</title>"
                 "<script type=\"application/ld+json\">%s</script>"
                 "<meta name=\"author\" content=\"%s\"></head><body><h1>Markets rally on rate hopes</h1>"
                 "<div class=\"story\"><p>Stocks rose on Tuesday as investors bet that the central bank would "
                 "cut interest rates before the end of the year, traders said.</p><p>Bond yields fell to their "
                 "lowest level in three months, and the dollar weakened against the euro.</p></div></body></html>",
                 PAGES[k][0], PAGES[k][1]);
        gx_html_result r;
        gl_error err;
        assert_int_equal(gx_html_extract(page, strlen(page), "utf-8", &r, &err), 0);
        int want = (WANT[k][0] != NULL) + (WANT[k][1] != NULL);
        if (r.nauthors != want)
            fail_msg("page %zu: %d authors (%s), expected %d", k, r.nauthors, r.nauthors ? r.authors[0] : "-", want);
        for (int a = 0; a < want; a++)
            str_eq(r.authors[a], WANT[k][a]);
        gx_html_result_cleanup(&r);
    }
}

static void test_english_byline_only(void **state)
{
    (void)state;
    /* no JSON-LD, no meta author: the byline element gives the author, junk is refused */
    const char *page =
        "<html><head><title>Town approves new park - The Daily Bugle</title></head><body>"
        "<h1>Town approves new park</h1>"
        "<div class=\"byline\"><a href=\"/staff/1\">Email the author</a></div>"
        "<p class=\"byline\">By Mary Major</p>"
        "<p>Published Nov. 19, 2019</p>"
        "<div class=\"story\"><p>The town council voted 5-2 on Tuesday to turn the old rail yard "
        "into a park, ending a debate that had lasted for nearly a decade.</p>"
        "<p>Construction is expected to start next spring, officials said, and the park should "
        "open by the summer of 2021, with playgrounds, trails and a community garden.</p></div>"
        "</body></html>";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(page, strlen(page), NULL, &r, &err), 0);
    str_eq(r.title, "Town approves new park");
    str_eq(r.outlet, "The Daily Bugle");
    assert_int_equal(r.nauthors, 1);
    str_eq(r.authors[0], "Mary Major");
    str_eq(r.published_at, "2019-11-19");
    has_substr(r.body, "The town council voted 5-2");
    has_substr(r.body, "community garden.");
    gx_html_result_cleanup(&r);
}

static void test_boilerplate_rules(void **state)
{
    (void)state;
    /* an ASP.NET page (everything inside one <form>), a dateline, a link-only paragraph,
     * teasers listed as nested <article>s, a caption and a copyright block */
    const char *page =
        "<html><head><title>Council backs budget</title></head><body><form id=\"aspnetForm\">"
        "<div class=\"page\"><div class=\"main\">"
        "<article class=\"story\"><h1>Council backs budget</h1>"
        "<p>Monday, November 18, 2019, 04:05 pm PT</p>"
        "<p>The city council approved a $2.1 billion budget on Monday, with new money for "
        "parks, libraries and road repairs, after a debate that ran past midnight.</p>"
        "<p>SEE MORE: <a href=\"/a\">Council delays vote on transit plan again</a></p>"
        "<div class=\"photo-caption\">Council members vote on Monday night.</div>"
        "<p>The mayor said the plan keeps taxes flat while adding 120 jobs, and critics said "
        "it leaves the pension gap, estimated at $400 million, untouched for another year.</p>"
        "</article>"
        "<article class=\"more\"><h3>You may also like</h3>"
        "<article><p>Another story about a different topic entirely, with a teaser text that "
        "runs long enough to look like a paragraph of prose, for sure.</p></article>"
        "<article><p>A third story, also a teaser, also long enough to be scored as a paragraph "
        "of text by the extractor if nothing stopped it.</p></article>"
        "</article></div></div>"
        "<div class=\"site-copyright\"><p>Copyright 2019 City News Inc., 1 Main Street, "
        "Springfield. All rights reserved, no part may be reproduced.</p></div>"
        "</form></body></html>";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(page, strlen(page), NULL, &r, &err), 0);
    has_substr(r.body, "The city council approved");
    has_substr(r.body, "untouched for another year.");
    no_substr(r.body, "04:05");
    no_substr(r.body, "SEE MORE");
    no_substr(r.body, "Council members vote");
    no_substr(r.body, "Another story");
    no_substr(r.body, "A third story");
    no_substr(r.body, "Copyright");
    str_eq(r.published_at, "2019-11-18");
    gx_html_result_cleanup(&r);
}

static void test_jsonld_body_fallback(void **state)
{
    (void)state;
    /* a script-rendered page: the story is only in JSON-LD */
    const char *page =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Rates on hold\",\"articleBody\":\"The central bank kept its key rate "
        "at 3.45% on Monday, as expected by most economists polled last week.\\nThe decision "
        "came as inflation eased for a third month, and officials signalled that further cuts "
        "would depend on data.\\nMarkets barely moved after the announcement.\"}</script>"
        "</head><body><div id=\"root\"><a href=\"/\">Home</a></div></body></html>";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(page, strlen(page), NULL, &r, &err), 0);
    str_eq(r.title, "Rates on hold");
    has_substr(r.body, "The central bank kept its key rate at 3.45% on Monday");
    has_substr(r.body, "economists polled last week.\n\nThe decision came");
    has_substr(r.body, "Markets barely moved after the announcement.");
    gx_html_result_cleanup(&r);
}

static void test_wordpress_fragment(void **state)
{
    (void)state;
    const char *frag =
        "<!-- wp:paragraph -->\n<p>Shares of Acme Corp rose 12% on Monday after the company "
        "reported record quarterly revenue of $1.2 billion.</p>\n<!-- /wp:paragraph -->\n"
        "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"a.jpg\" alt=\"\"/>"
        "<figcaption>Acme headquarters</figcaption></figure>\n<!-- /wp:image -->\n"
        "<!-- wp:paragraph -->\n<p>&#8220;We&#8217;re just getting started,&#8221; CEO Ann Lee "
        "said.<br>Analysts expect more.</p>\n<!-- /wp:paragraph -->\n"
        "<!-- wp:list --><ul><li>Revenue: $1.2 billion</li><li>Margin: 18%</li></ul>"
        "<!-- /wp:list -->";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(frag, strlen(frag), NULL, &r, &err), 0);
    assert_null(r.title);
    str_eq(r.body, "Shares of Acme Corp rose 12% on Monday after the company reported record "
                   "quarterly revenue of $1.2 billion.\n\n"
                   "\u201cWe\u2019re just getting started,\u201d CEO Ann Lee said.\n\n"
                   "Analysts expect more.\n\nRevenue: $1.2 billion\n\nMargin: 18%");
    gx_html_result_cleanup(&r);
}

static void test_ghost_fragment(void **state)
{
    (void)state;
    const char *frag =
        "<p>比亚迪9月新能源汽车销量达41.9万辆，同比增长45.9%。</p>"
        "<h2>海外市场</h2>"
        "<p>海外销量为3.3万辆。<strong>出口</strong>继续增长。</p>"
        "<figure class=\"kg-card kg-image-card kg-card-hascaption\"><img src=\"x.png\">"
        "<figcaption>图片来源：公司公告</figcaption></figure>"
        "<blockquote>公司表示将继续加大研发投入。</blockquote>"
        "<div class=\"kg-card kg-button-card\" style=\"display: none\"><a "
        "href=\"#\">订阅</a></div>";
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(frag, strlen(frag), "utf-8", &r, &err), 0);
    str_eq(r.body, "比亚迪9月新能源汽车销量达41.9万辆，同比增长45.9%。\n\n海外市场\n\n"
                   "海外销量为3.3万辆。出口继续增长。\n\n公司表示将继续加大研发投入。");
    gx_html_result_cleanup(&r);
}

/* A data table (short cells) renders one row per line, "| a | b |", each its own paragraph,
 * header first, so the quantity stage reads cells under their column; a layout table (a cell
 * holding paragraphs) keeps one paragraph per cell; a row with a spanning cell is plain text. */
static const char TABLE_PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>主力资金流向 - 财经</title></head>"
    "<body><div class=\"article\"><h1>主力资金流向</h1>"
    "<p>　　今日两市主力资金净流出约120亿元，电子、计算机板块获得主力资金青睐，以下为主力净流入"
    "居前的个股，供投资者参考。</p>"
    "<table><thead><tr><th colspan=\"5\">主力净流入前三</th></tr>"
    "<tr><th>代码</th><th>名称</th><th>最新价(元)</th><th>涨跌幅(%)</th>"
    "<th>主力净流入(万元)</th></tr></thead><tbody>"
    "<tr><td>000001</td><td><a href=\"/s/000001\">平安|银行</a></td><td>12.35</td>"
    "<td>-1.20</td><td>-16700.5</td></tr>"
    "<tr><td>600519</td><td>贵州茅台</td><td> 1680.00 </td><td>2.35</td><td></td></tr>"
    "</tbody></table>"
    "<table><tr><td><p>　　分析人士表示，短期资金偏好业绩确定性高的龙头公司，市场风格仍以蓝筹"
    "为主。</p></td><td>第二栏</td></tr><tr><td>甲</td><td>乙</td></tr></table>"
    "</div></body></html>";

static void test_data_table(void **state)
{
    (void)state;
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract(TABLE_PAGE, strlen(TABLE_PAGE), NULL, &r, &err), 0);
    has_substr(r.body, "\n\n主力净流入前三\n\n| 代码 | 名称 | 最新价(元) | 涨跌幅(%) | 主力净流入(万元) |"
                       "\n\n| 000001 | 平安/银行 | 12.35 | -1.20 | -16700.5 |"
                       "\n\n| 600519 | 贵州茅台 | 1680.00 | 2.35 | |\n\n");
    /* the layout table: cells stay paragraphs, no bars */
    has_substr(r.body, "市场风格仍以蓝筹为主。\n\n第二栏\n\n甲\n\n乙");
    no_substr(r.body, "| 甲");
    gx_html_result_cleanup(&r);
}

static void test_hostile_input(void **state)
{
    (void)state;
    gx_html_result r;
    gl_error err;
    assert_int_equal(gx_html_extract("", 0, NULL, &r, &err), 0);
    str_eq(r.body, "");
    gx_html_result_cleanup(&r);
    /* NUL bytes, broken tags, unknown charset, deep nesting */
    static const char junk[] = "<p>a\0b</p><div <<>>&#0;&#xFFFFFFFF;<p>x";
    assert_int_equal(gx_html_extract(junk, sizeof junk - 1, "no-such-charset", &r, &err), 0);
    gx_html_result_cleanup(&r);
    size_t n = 200000 * 5 + 64;
    char *deep = malloc(n);
    size_t k = 0;
    for (int i = 0; i < 200000; i++) {
        memcpy(deep + k, "<div>", 5);
        k += 5;
    }
    memcpy(deep + k, "text", 4);
    k += 4;
    assert_int_equal(gx_html_extract(deep, k, NULL, &r, &err), 0);
    gx_html_result_cleanup(&r);
    free(deep);
    /* a UTF-16 page with a BOM */
    const char u16[] = "\xFF\xFE<\0p\0>\0h\0i\0<\0/\0p\0>\0";
    assert_int_equal(gx_html_extract(u16, sizeof u16 - 1, NULL, &r, &err), 0);
    str_eq(r.body, "hi");
    gx_html_result_cleanup(&r);
    gx_html_result_cleanup(NULL);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        pages_dir = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zh_utf8),
        cmocka_unit_test(test_zh_gbk_meta),
        cmocka_unit_test(test_zh_info_line),
        cmocka_unit_test(test_zh_portal_gbk_file),
        cmocka_unit_test(test_mojibake_declared_utf8),
        cmocka_unit_test(test_mojibake_declared_gbk),
        cmocka_unit_test(test_big5_detection),
        cmocka_unit_test(test_charset_canonical),
        cmocka_unit_test(test_english_page),
        cmocka_unit_test(test_english_byline_only),
        cmocka_unit_test(test_author_metadata_junk),
        cmocka_unit_test(test_boilerplate_rules),
        cmocka_unit_test(test_jsonld_body_fallback),
        cmocka_unit_test(test_wordpress_fragment),
        cmocka_unit_test(test_ghost_fragment),
        cmocka_unit_test(test_data_table),
        cmocka_unit_test(test_hostile_input),
    };
    return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
