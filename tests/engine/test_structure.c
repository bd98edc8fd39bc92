/* test_structure.c — unit tests of gx_structure: bylines, titles, sections, sentences,
 * language, article splitting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_normalize.h"
#include "gx_structure.h"
#include "structure_fixture.h"

static void test_bylines(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "证券时报记者 王一鸣", &bl));
    assert_string_equal(bl.outlet, "证券时报");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "王一鸣");
    assert_string_equal(bl.authors[0].role, "记者");

    assert_true(fixture_byline(a, "本报记者 张涵 李四 北京报道", &bl));
    assert_null(bl.outlet);
    assert_int_equal(bl.nauthors, 2);
    assert_string_equal(bl.authors[1].name, "李四");

    assert_true(fixture_byline(a, "记者 罗仙仙、吴平 通讯员 赵六", &bl));
    assert_int_equal(bl.nauthors, 3);
    assert_string_equal(bl.authors[2].name, "赵六");
    assert_string_equal(bl.authors[2].role, "通讯员");

    assert_true(fixture_byline(a, "新华社记者李铭 王文", &bl));
    assert_string_equal(bl.outlet, "新华社");
    assert_int_equal(bl.nauthors, 2);

    assert_true(fixture_byline(a, "■本报记者 张三", &bl));
    assert_string_equal(bl.authors[0].name, "张三");

    /* a newspaper's square before the writer's name stands for the credit (□金灿 来源:经济参考报);
     * a square before words that are no name is no byline */
    assert_true(fixture_byline(a, "□金灿 来源：经济参考报", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "金灿");
    assert_string_equal(bl.authors[0].role, "作者");
    assert_string_equal(bl.outlet, "经济参考报");
    assert_false(fixture_byline(a, "□截至本公告披露日，公司股份总数未变", &bl) && bl.nauthors > 0);

    assert_true(fixture_byline(a, "每经记者 王琳 每经编辑 陈俊杰", &bl));
    assert_string_equal(bl.outlet, "每经");
    assert_int_equal(bl.nauthors, 1); /* editors are not authors */
    assert_string_equal(bl.authors[0].name, "王琳");

    assert_true(fixture_byline(a, "证券时报·e公司记者 张三 实习生 李四", &bl));
    assert_string_equal(bl.outlet, "证券时报");
    assert_int_equal(bl.nauthors, 2);
    assert_string_equal(bl.authors[1].role, "实习生");

    assert_true(fixture_byline(a, "文/潘攀", &bl));
    assert_string_equal(bl.authors[0].name, "潘攀");

    /* a columnist's self-description between 文/ and the name gives his role, and the outlet
     * whose column it is (fourteenth session) */
    assert_true(fixture_byline(a, "文/新浪财经意见领袖专栏（微信公众号kopleader）专栏作家 皮海洲", &bl));
    assert_string_equal(bl.outlet, "新浪财经");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "皮海洲");
    assert_string_equal(bl.authors[0].role, "专栏作家");
    assert_true(fixture_byline(a, "文/某财经首席评论员 王大明[微博] 微信公众号：大明说股", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "王大明");
    assert_string_equal(bl.authors[0].role, "首席评论员");
    assert_false(fixture_byline(a, "文/某财经首席分析 王大明", &bl));
    /* the writer's credit after the page, the column or the paper's name */
    assert_true(fixture_byline(a, "某某青年报 本版文/陈婷婷", &bl));
    assert_string_equal(bl.outlet, "某某青年报");
    assert_string_equal(bl.authors[0].name, "陈婷婷");
    assert_true(fixture_byline(a, "《某某财经》文/张凌云", &bl));
    assert_string_equal(bl.authors[0].name, "张凌云");
    assert_false(fixture_byline(a, "某某青年报", &bl));
    /* the credit word after the names */
    assert_true(fixture_byline(a, "李皙寅 俞燕 龚奕洁 | 文", &bl));
    assert_int_equal(bl.nauthors, 3);
    assert_string_equal(bl.authors[2].name, "龚奕洁");
    assert_string_equal(bl.authors[0].role, "作者");
    assert_false(fixture_byline(a, "某某青年报 北京报道", &bl));

    assert_true(fixture_byline(a, "来源：证券时报", &bl));
    assert_string_equal(bl.outlet, "证券时报");
    assert_int_equal(bl.nauthors, 0);

    assert_true(fixture_byline(a, "By Jane Doe and John Roe, Reuters", &bl));
    assert_int_equal(bl.nauthors, 2);
    assert_string_equal(bl.authors[0].name, "Jane Doe");
    assert_string_equal(bl.authors[1].name, "John Roe");
    assert_string_equal(bl.outlet, "Reuters");

    assert_true(fixture_byline(a, "来源:格隆汇 作者:联讯证券李奇霖、钟林楠", &bl));
    assert_string_equal(bl.outlet, "格隆汇");
    assert_true(fixture_byline(a, "金百临咨询 秦洪 来源:澎湃新闻", &bl));
    assert_string_equal(bl.outlet, "澎湃新闻");
    assert_int_equal(bl.nauthors, 0);

    assert_true(fixture_byline(a, "By Jane Doe, Staff Writer | Associated Press", &bl));
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.outlet, "Associated Press");

    assert_true(fixture_byline(a, "澎湃新闻资深记者 何念台", &bl));
    assert_string_equal(bl.outlet, "澎湃新闻");
    assert_string_equal(bl.authors[0].name, "何念台");
    assert_true(fixture_byline(a, "文 | 财联社 晴缨", &bl)); /* the outlet after the credit word */
    assert_string_equal(bl.outlet, "财联社");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "晴缨");
    assert_true(fixture_byline(a, "来源：公开资料", &bl)); /* a source line, but no publisher */
    assert_null(bl.outlet);
    assert_true(fixture_byline(a, "以下是最近一年来股票型基金收益排行：来源：东方财富Choice数据", &bl));
    assert_true(bl.mixed); /* a caption: the article builder takes it only near the top */

    /* not bylines */
    /* names typeset a character at a time */
    assert_true(fixture_byline(a, "每经记者 张 斯 宗 旭 每经编辑 曾健辉", &bl));
    assert_int_equal(bl.nauthors, 2);
    assert_string_equal(bl.authors[0].name, "张斯");
    assert_string_equal(bl.authors[1].name, "宗旭");
    assert_true(fixture_byline(a, "记者 王 小 明", &bl));
    assert_string_equal(bl.authors[0].name, "王小明");
    assert_false(fixture_byline(a, "图片来源:视觉中国", &bl));
    assert_false(
        fixture_byline(a, "北京社科院研究员王鹏向证券时报记者分析,当前国产GPU产业处于快速发展阶段。", &bl));
    assert_false(fixture_byline(a, "记者获悉", &bl));
    assert_false(fixture_byline(a, "记者 了解到公司情况", &bl));
    assert_false(fixture_byline(a, "By the end of the year", &bl));
    assert_false(fixture_byline(a, "中国汽研方面表示", &bl));
    gx_arena_free(a);
}

static const char *span(gx_article *art, gx_span s)
{
    return gx_article_span_text(art, s);
}

static void test_article_sections(void **state)
{
    (void)state;
    gx_article *art = fixture_build("# 大标题\n\n证券时报记者 王一鸣\n\n导语段落。\n\n## "
                            "第一节\n\n内容一。\n\n内容二。\n\n## 第二节\n\n内容三。",
                            NULL, true);
    assert_non_null(art);
    assert_string_equal(art->title, "大标题");
    assert_string_equal(
        art->text, "大标题\n\n证券时报记者 "
                   "王一鸣\n\n导语段落。\n\n第一节\n\n内容一。\n\n内容二。\n\n第二节\n\n内容三。");
    assert_string_equal(art->outlet, "证券时报");
    assert_int_equal(art->authors.n, 1);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "第一节");
    assert_string_equal(span(art, art->sections.v[0].span), "第一节\n\n内容一。\n\n内容二。");
    assert_string_equal(span(art, art->sections.v[1].span), "第二节\n\n内容三。");
    assert_int_equal(art->sections.v[1].span.end, art->ncp);
    assert_string_equal(art->language, "zh");
    /* paragraphs: title, byline, lead, heading, two, heading, one */
    assert_int_equal(art->paragraphs.n, 8);
    assert_string_equal(span(art, art->paragraphs.v[1]), "证券时报记者 王一鸣");
    gx_article_free(art);
}

static void test_plain_headings(void **state)
{
    (void)state;
    /* short lines of their own between paragraphs of plain text, and numbered lines */
    gx_article *art = fixture_build("标题在这里\n\n第一段说了很多事情,公司的业绩增长主要依靠并购,研发投入占营收比例较高。\n\n"
                            "研发投入较高\n\n公司研发投入占营收的比例连续三年超过百分之十,高于同行业的平均水平很多。\n\n"
                            "并购驱动增长\n\n公司近年收购了多家企业,并购带来的商誉占净资产的比例已经超过一半以上。",
                            NULL, false);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "研发投入较高");
    assert_string_equal(art->sections.v[1].heading, "并购驱动增长");
    gx_article_free(art);
    art = fixture_build("标题在这里\n\n一、事件概述\n\n公司公告拟以现金收购某某公司百分之百的股权,交易对价为十二亿元人民币。\n\n"
                "二、分析与判断\n\n收购完成后公司将进入新的业务领域,预计明年起增厚公司的每股收益约三毛钱。",
                NULL, false);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[1].heading, "二、分析与判断");
    gx_article_free(art);
    /* an outline numbered in Chinese: its items numbered in digits stay items; a heading's
     * closing colon is dropped */
    art = fixture_build("标题在这里\n\n一、解除质押基本情况:\n\n公司控股股东近日办理了股份质押式购回业务,将累计质押的股份解除质押。\n\n"
                "1、股东股份累计质押情况\n\n截至公告披露日,控股股东累计质押其持有的公司股份一亿股,占其所持股份的一半。\n\n"
                "二、备查文件\n\n解除证券质押登记通知。",
                NULL, false);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "一、解除质押基本情况");
    assert_string_equal(art->sections.v[1].heading, "二、备查文件");
    gx_article_free(art);
    /* a heading under its number written alone on the line before; a question line between
     * numbered headings is the text's own */
    art = fixture_build("标题在这里\n\n开头的一段话很长,说明了文章的背景,公司的业绩增长主要依靠并购和研发投入。\n\n1\n\n"
                "你能花的钱,并没有想象中那么多\n\n公司研发投入占营收的比例连续三年超过百分之十,高于同行业的平均水平很多。\n\n"
                "那么中产阶层呢?\n\n公司近年收购了多家企业,并购带来的商誉占净资产的比例已经超过一半以上,风险不小。\n\n"
                "2\n\n腰包有钱,想花不敢花才最寂寞\n\n公司近年收购了多家企业,并购带来的商誉占净资产的比例已经超过一半以上。",
                NULL, false);
    assert_int_equal(art->sections.n, 2);
    assert_string_equal(art->sections.v[0].heading, "你能花的钱,并没有想象中那么多");
    assert_string_equal(art->sections.v[1].heading, "腰包有钱,想花不敢花才最寂寞");
    gx_article_free(art);
    /* one short line alone is no section; nor a caption */
    art = fixture_build("标题在这里\n\n第一段说了很多事情,公司的业绩增长主要依靠并购,研发投入占营收比例较高。\n\n"
                "小鹏P7(图片来源:小鹏汽车)\n\n公司研发投入占营收的比例连续三年超过百分之十,高于同行业的平均水平很多。",
                NULL, false);
    assert_int_equal(art->sections.n, 0);
    gx_article_free(art);
}

static void test_titles(void **state)
{
    (void)state;
    /* explicit empty title: text is the body alone, even with a heading */
    gx_article *art = fixture_build("# 标题\n\n正文。", "", false);
    assert_null(art->title);
    assert_string_equal(art->text, "标题\n\n正文。");
    gx_article_free(art);
    /* given title: first line of text; a duplicate heading is dropped */
    art = fixture_build("# 标题\n\n正文。", "标题", false);
    assert_string_equal(art->title, "标题");
    assert_string_equal(art->text, "标题\n\n正文。");
    gx_article_free(art);
    /* a different heading under a given title stays a body line, not a section */
    art = fixture_build("# 另一个标题\n\n正文。\n\n### 小节\n\n内容。", "给定标题", true);
    assert_string_equal(art->text, "给定标题\n\n另一个标题\n\n正文。\n\n小节\n\n内容。");
    assert_int_equal(art->sections.n, 1);
    assert_string_equal(art->sections.v[0].heading, "小节");
    gx_article_free(art);
    art = fixture_build("正文第一段。", "给定 的标题", false);
    assert_string_equal(art->text, "给定 的标题\n\n正文第一段。");
    assert_int_equal(art->title_span.end, 6);
    gx_article_free(art);
    /* plain text: a clear title line, then the body */
    art = fixture_build("稳健医疗海外并购 "
                "布局全球\n\n稳健医疗计划通过收购加速其全球化战略,"
                "公司9月23日晚间公告。\n\n第二段正文内容比较长一些。",
                NULL, false);
    assert_string_equal(art->title, "稳健医疗海外并购 布局全球");
    gx_article_free(art);
    /* a title line glued to its byline */
    art = fixture_build("稳健医疗海外并购 布局全球\n证券时报记者 "
                "张一帆\n稳健医疗计划通过收购加速其全球化战略,公司9月23日晚间公告。",
                NULL, false);
    assert_string_equal(art->title, "稳健医疗海外并购 布局全球");
    assert_string_equal(art->authors.v[0].name, "张一帆");
    gx_article_free(art);
    /* a headline whose clauses are joined by commas, 、 or a semicolon, up to 64 characters */
    art = fixture_build("第三家新势力赴美上市，小鹏汽车称其目标市值400亿美元\n\n"
                "小鹏汽车向美国证券交易委员会提交了招股书更新文件，计划发行8500万股美国存托股。"
                "这是继蔚来和理想汽车之后第三家赴美上市的中国造车新势力。",
                NULL, false);
    assert_string_equal(art->title, "第三家新势力赴美上市,小鹏汽车称其目标市值400亿美元");
    gx_article_free(art);
    /* two spaces between a headline's parts keep it one line (markdown input splits runs of
     * spaces in body lines), but not before a portal's source credit */
    art = fixture_build("港股十年来最大跌市  泻逾1600点创第二大点数跌幅\n\n"
                "港股周二大幅低开,恒指收市跌1649点,跌幅创十年来最大。成交额高达3000亿港元,"
                "为历史第三高。分析师认为美股大跌拖累港股。", NULL, true);
    assert_string_equal(art->title, "港股十年来最大跌市 泻逾1600点创第二大点数跌幅");
    gx_article_free(art);
    art = fixture_build("原标题:某信息联合中标运维服务项目  来源:某券时报\n\n"
                "某信息股份有限公司联合某控建设发展有限公司共同中标运维服务项目,中标金额2018万元。", "", true);
    assert_string_equal(art->outlet, "某券时报");
    gx_article_free(art);
    /* a headline that trails off */
    art = fixture_build("调查:美股吓坏全球市场!A股是否比你想象得顽强?股民们有话说...\n\n"
                "美股周一暴跌,道指盘中一度下跌近1600点。A股的表现是否比你想象得顽强呢?从两方面来看,"
                "外围市场暴跌,确实对市场情绪有一定影响;另一方面,A股估值处于历史低位。", NULL, false);
    assert_string_equal(art->title, "调查:美股吓坏全球市场!A股是否比你想象得顽强?股民们有话说...");
    gx_article_free(art);
    /* ... but not a sentence, nor a line glued to the next */
    art = fixture_build("稳健医疗计划通过收购加速其全球化战略,公司公告。\n\n第二段。", NULL, false);
    assert_null(art->title);
    gx_article_free(art);
    art = fixture_build("摘要\n大盘在银行与基本金属整体板块的上涨的推动下,今天收出一根新高大阳线。", NULL,
                false);
    assert_null(art->title);
    gx_article_free(art);
    /* nothing at all, or a title alone */
    assert_null(fixture_build("   \n\n  ", NULL, false));
    assert_null(fixture_build("# 只有标题", NULL, true));
    assert_null(fixture_build("", "给定标题", false));
}

static void test_sentences(void **state)
{
    (void)state;
    gx_article *art =
        fixture_build("“长远来看,前景广阔。这源于技术发展;同时政策支持。”王鹏说。他又问:为什么?\n\n"
              "营收增长3.33%,达到1.2亿美元!",
              "", false);
    const char *want[] = {"“长远来看,前景广阔。", "这源于技术发展;",
                          "同时政策支持。”",      "王鹏说。",
                          "他又问:为什么?",       "营收增长3.33%,达到1.2亿美元!"};
    assert_int_equal(art->sentences.n, 6);
    for (int i = 0; i < 6; i++)
        assert_string_equal(span(art, art->sentences.v[i]), want[i]);
    assert_int_equal(gx_article_sentence_at(art, 0), 0);
    gx_article_free(art);

    art = fixture_build("Nvidia Corp. said revenue rose 3.5% to $1.2 billion. Mr. Huang was pleased! "
                "The U.S. market grew.\n\nShares of Global Resources International, Inc. rose.",
                "", false);
    assert_string_equal(art->language, "en");
    const char *en[] = {"Nvidia Corp. said revenue rose 3.5% to $1.2 billion.",
                        "Mr. Huang was pleased!", "The U.S. market grew.",
                        "Shares of Global Resources International, Inc. rose."};
    assert_int_equal(art->sentences.n, 4);
    for (int i = 0; i < 4; i++)
        assert_string_equal(span(art, art->sentences.v[i]), en[i]);
    gx_article_free(art);
}

static void test_english_article(void **state)
{
    (void)state;
    gx_article *art =
        fixture_build("Nvidia Beats Estimates\n\nBy Jane Doe\n\nNvidia said on Wednesday that revenue "
              "rose.\n\nAnalysts expected less growth from the company this quarter.",
              NULL, false);
    assert_string_equal(art->title, "Nvidia Beats Estimates");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "Jane Doe");
    assert_string_equal(art->language, "en");
    gx_article_free(art);
}

/* English wire conventions: the agency of a dateline is the outlet; the closing credits name
 * the reporters (not the editors); a lead that only looks like a dateline names no outlet. */
static void test_english_wire(void **state)
{
    (void)state;
    gx_article *art = fixture_build("Apple to Buy Startup\n\nSAN FRANCISCO, April 24 (Reuters) - Apple Inc said on Wednesday it "
                            "would buy a startup.\n\nThe deal is small. (Reporting by Jane Doe and Ann Lee in San "
                            "Francisco; Additional reporting by Tom O'Neil; Editing by Peter Roe)",
                            NULL, false);
    assert_string_equal(art->outlet, "Reuters");
    assert_int_equal(art->authors.n, 3); /* the editor is no author */
    assert_string_equal(art->authors.v[0].name, "Jane Doe");
    assert_null(art->authors.v[0].role);
    assert_string_equal(art->authors.v[1].name, "Ann Lee");
    assert_string_equal(art->authors.v[2].name, "Tom O'Neil");
    assert_int_equal(art->paragraphs.n, 3);
    gx_article_free(art);
    /* credits as a paragraph of their own; an em dash after the agency */
    art = fixture_build("Oil Rises\n\nLONDON (AP) \u2014 Oil prices rose on Monday.\n\nReporting by Jane Doe; editing by "
                "Peter Roe",
                NULL, false);
    assert_string_equal(art->outlet, "AP");
    assert_int_equal(art->authors.n, 1);
    gx_article_free(art);
    /* no dash after the bracket, lower case before it, no credits: nothing */
    art = fixture_build("Oil Rises\n\nOil prices (Brent) rose on Monday, traders said.\n\nIt was reported by the Times.",
                NULL, false);
    assert_null(art->outlet);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    art = fixture_build("Oil Rises\n\nOPEC (Vienna) said oil rose.", NULL, false);
    assert_null(art->outlet);
    gx_article_free(art);
}

/* The language by script: kana make Japanese, Hangul Korean, Cyrillic Russian; a Chinese text
 * with a Japanese name's middle dot or a few English words stays Chinese. */
static void test_language(void **state)
{
    (void)state;
    static const char *const CASES[][2] = {
        {"\u30c8\u30e8\u30bf\u81ea\u52d5\u8eca\u306f\u3001\u65b0\u3057\u3044\u96fb\u6c17\u81ea\u52d5\u8eca\u3092\u767a\u8868\u3057\u307e\u3057\u305f\u3002", "ja"},
        {"\uc0bc\uc131\uc804\uc790\ub294 \uc0c8\ub85c\uc6b4 \uc2a4\ub9c8\ud2b8\ud3f0\uc744 \ubc1c\ud45c\ud588\ub2e4.", "ko"},
        {"\u0413\u0430\u0437\u043f\u0440\u043e\u043c \u0441\u043e\u043e\u0431\u0449\u0438\u043b \u043e \u0440\u043e\u0441\u0442\u0435 \u043f\u0440\u0438\u0431\u044b\u043b\u0438.", "ru"},
        {"\u5b89\u500d\u30fb\u664b\u4e09\u8868\u793a\uff0cApple\u548cGoogle\u90fd\u5728\u4e2d\u56fd\u6295\u8d44\u3002", "zh"},
        {"Apple said revenue rose.", "en"},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        gx_arena *a = gx_arena_new();
        gx_cps c = {0};
        gx_normalize_decode(a, CASES[k][0], strlen(CASES[k][0]), 0, &c);
        assert_string_equal(gx_structure_language(c.cp, c.n), CASES[k][1]);
        gx_arena_free(a);
    }
}

static void test_dateline(void **state)
{
    (void)state;
    gx_article *art =
        fixture_build("新华社芝加哥1月10日电(记者汪平)纽约商品交易所黄金期价10日上涨。", "标题", false);
    assert_string_equal(art->outlet, "新华社");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "汪平");
    gx_article_free(art);
    art = fixture_build("经济日报－中国经济网北京2月2日讯（记者马常艳 通讯员 李四）1月23日,市场上涨。",
                "标题", false);
    assert_string_equal(art->outlet, "经济日报-中国经济网");
    assert_int_equal(art->authors.n, 2);
    gx_article_free(art);
    art = fixture_build("本报讯(记者 张三)近日,公司公告。", "标题", false);
    assert_null(art->outlet);
    assert_string_equal(art->authors.v[0].name, "张三");
    gx_article_free(art);
    /* a chart's caption further down names its data's source, not the article's outlet */
    art = fixture_build("# 标题\n\n市场大跌。\n\n欧洲股市低开。\n\n美国股指期货下挫。\n\n亚洲股市全线下跌。\n\n"
                "(法国CAC40指数60分钟走势图 来源:某财经网)\n\n道指期货跌1%。", NULL, true);
    assert_null(art->outlet);
    gx_article_free(art);
    art = fixture_build("# 标题\n\n来源:某财经网\n\n市场大跌。", NULL, true);
    assert_string_equal(art->outlet, "某财经网");
    gx_article_free(art);
    /* a dateline without a credit names the outlet; a 快讯 column, 资讯 and the paper's own
     * 本报讯 name none, and a credit after it is still read */
    art = fixture_build("新浪美股讯 北京时间5日消息,摩根大通认为市场将回调。", "标题", false);
    assert_string_equal(art->outlet, "新浪美股");
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    const char *no_outlet[] = {"财经快讯,公司公告称拟回购股份。", "最新资讯,公司公告称拟回购股份。",
                               "本报讯 公司公告称拟回购股份。"};
    for (size_t k = 0; k < sizeof no_outlet / sizeof *no_outlet; k++) {
        art = fixture_build(no_outlet[k], "标题", false);
        assert_null(art->outlet);
        gx_article_free(art);
    }
    /* an outlet named by its short name, in its flash column or its reporter's credit, is
     * reported by its full name; a site's column in lenticular brackets names the site */
    art = fixture_build("每经AI快讯,公司公告称拟回购股份。\n\n(记者 宋可嘉)", "标题", false);
    assert_string_equal(art->outlet, "每日经济新闻");
    assert_string_equal(art->authors.v[0].name, "宋可嘉");
    gx_article_free(art);
    art = fixture_build("每经记者 王琳 每经编辑 陈俊杰\n\n公司公告称拟回购股份。", "标题", false);
    assert_string_equal(art->outlet, "每日经济新闻");
    gx_article_free(art);
    art = fixture_build("【某床商务网栏目 某床股市】10月29日消息,某机床发布三季度报告。", "标题", false);
    assert_string_equal(art->outlet, "某床商务网");
    gx_article_free(art);
    /* a site's domain name glued to its name in a source credit */
    art = fixture_build("# 标题\n\n来源:某商网linkshop\n\n某商网消息:公司发布一季报。", NULL, true);
    assert_string_equal(art->outlet, "某商网");
    gx_article_free(art);
    /* the reporters before 报道 in a plain dateline, after a picture's caption; a dateline with
     * its credit under a source-only line */
    art = fixture_build("# 标题\n\n某某视频截图\n\n某羊网讯 记者赵燕华、郑诚报道:业主花上百万元买的公寓,不料却是办公室。", NULL, true);
    assert_string_equal(art->outlet, "某羊网");
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[1].name, "郑诚");
    gx_article_free(art);
    art = fixture_build("原标题:某铁建中标49.67亿元项目  来源:某海证券报\n\n"
                "某证报某国证券网讯(记者 孔子元)某铁建公告,公司下属企业联合中标项目。", "", true);
    assert_string_equal(art->authors.v[0].name, "孔子元");
    gx_article_free(art);
    /* a byline run into the next words up to its 报道 */
    art = fixture_build("# 标题\n\n特派记者 某涵 纽约报道蓝筹股的春天    2018年开年,全球重要的市场指数中,7个指数创下新高。", NULL, true);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "某涵");
    gx_article_free(art);
    /* a plain dateline before a credited one */
    art = fixture_build("某江商报消息 某江商报讯(记者 陈妮希)某在线英语教育服务公司日前发布了第三季度财报。", "标题", false);
    assert_string_equal(art->outlet, "某江商报");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "陈妮希");
    gx_article_free(art);
    /* a repost's statement of its source and writer */
    art = fixture_build("本文来自“某某港股圈”微信公众号,作者为晴天。听说某某炒股炒成了落水狗。", "标题", false);
    assert_string_equal(art->outlet, "某某港股圈");
    assert_string_equal(art->authors.v[0].name, "晴天");
    gx_article_free(art);
    art = fixture_build("编者按:本文来自某法工场(ID:alpworks),作者:人大相食。某某经授权转发。", "标题", false);
    assert_string_equal(art->outlet, "某法工场");
    assert_string_equal(art->authors.v[0].name, "人大相食");
    gx_article_free(art);
    /* an outlet's name, a day and 消息 */
    const char *news[][2] = {{"挖贝网 4月24日消息,普瑞物联近日公布年报。", "挖贝网"},
                             {"路透社8月1日消息,油价上涨。", "路透社"},
                             {"集微网消息,公司发布新品。", "集微网"},
                             {"某贝网 10月29日,某医药发布三季度报告。", "某贝网"},
                             {"公司6月2日消息,股价上涨。", NULL}};
    for (size_t k = 0; k < sizeof news / sizeof *news; k++) {
        art = fixture_build(news[k][0], "标题", false);
        if (news[k][1])
            assert_string_equal(art->outlet, news[k][1]);
        else
            assert_null(art->outlet);
        gx_article_free(art);
    }
    /* a place and a day between the outlet and 讯, after a reposting portal's preamble */
    art = fixture_build("# 某公司跌停 股东持股肉痛\n\n某公司跌停 股东持股肉痛 点击投票,评选年度人物。\n\n"
                "原标题:某公司(6.660,-0.23,-3.34%)跌停\n\n某某经济网北京11月18日讯 今日某公司股价跌停。",
                NULL, true);
    assert_string_equal(art->outlet, "某某经济网");
    gx_article_free(art);
    art = fixture_build("某某新闻社纽约2月5日电 纽约股市三大股指5日再现大幅下跌。", "标题", false);
    assert_string_equal(art->outlet, "某某新闻社");
    gx_article_free(art);
    /* a source line naming the writer names no outlet */
    art = fixture_build("# 标题\n\n来源:皮海洲\n\n文/某某专栏作家 皮海洲\n\n市场大跌。", NULL, true);
    assert_null(art->outlet);
    assert_string_equal(art->authors.v[0].name, "皮海洲");
    gx_article_free(art);
    /* a dateline in lenticular brackets; a 快讯 column in them names none */
    art = fixture_build("【某邦动力讯】9月10日消息,某公司获投2.5亿美元D轮融资。", "标题", false);
    assert_string_equal(art->outlet, "某邦动力");
    gx_article_free(art);
    art = fixture_build("【财经快讯】某公司获投2.5亿美元D轮融资。", "标题", false);
    assert_null(art->outlet);
    gx_article_free(art);
    /* a source credited at the end, on a line of its own; a chart's data source is none */
    art = fixture_build("# 标题\n\n市场大跌。\n\n(原文转自:某某基金)", NULL, true);
    assert_string_equal(art->outlet, "某某基金");
    gx_article_free(art);
    art = fixture_build("# 标题\n\n市场大跌。\n\n数据来源:某某基金,截至2017.9.30", NULL, true);
    assert_null(art->outlet);
    gx_article_free(art);
    art = fixture_build("某微网消息(文/春夏)近日,某公司完成A轮融资。", "标题", false);
    assert_string_equal(art->outlet, "某微网");
    assert_string_equal(art->authors.v[0].name, "春夏");
    gx_article_free(art);
    art = fixture_build("中证网讯 (记者 于蒙蒙)7月22日,北京市消协接到投诉。", "标题", false);
    assert_string_equal(art->outlet, "中证网");
    assert_string_equal(art->authors.v[0].name, "于蒙蒙");
    gx_article_free(art);
    /* a portal summary credits its source at its end; a short credit may be a person */
    art = fixture_build("# 标题\n\n摘要\n\n【标题】市场仍有风险,投资者宜减仓。(扬子晚报)\n\n周五三大指数反弹。", NULL, true);
    assert_string_equal(art->outlet, "扬子晚报");
    gx_article_free(art);
    art = fixture_build("# 标题\n\n摘要\n\n【标题】市场仍有风险,投资者宜减仓。(券商中国)\n\n周五三大指数反弹。", NULL, true);
    assert_string_equal(art->outlet, "券商中国");
    gx_article_free(art);
    const char *no_credit[] = {"# 标题\n\n摘要\n\n【标题】市场仍有风险,投资者宜减仓。(张俊)\n\n周五反弹。",
                               "# 标题\n\n摘要\n\n【标题】市场仍有风险,投资者宜减仓(见附件)\n\n周五反弹。",
                               "# 标题\n\n市场仍有风险,投资者宜减仓。(扬子晚报)\n\n周五反弹。"};
    for (size_t k = 0; k < sizeof no_credit / sizeof *no_credit; k++) {
        art = fixture_build(no_credit[k], NULL, true);
        assert_null(art->outlet);
        gx_article_free(art);
    }
    /* a parenthesis that is not a dateline */
    art = fixture_build("稳健医疗(300888)计划通过收购加速其全球化战略。", "标题", false);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

static void test_closing_byline(void **state)
{
    (void)state;
    gx_article *art =
        fixture_build("# 标题\n\n公司公告称,拟收购某公司51%股权。\n\n(证券时报记者 王一鸣)", NULL, true);
    assert_string_equal(art->outlet, "证券时报");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "王一鸣");
    gx_article_free(art);
    art = fixture_build("# 标题\n\n公司公告称,拟收购某公司51%股权。\n\n(责任编辑:DF062)", NULL, true);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
    /* glued after the last sentence, without parentheses: the paragraph stays text */
    art = fixture_build("# 标题\n\n多家机构卖出某公司股票。\u00a0本报记者\u00a0张晓明", NULL, true);
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "张晓明");
    assert_string_equal(art->authors.v[0].role, "记者");
    assert_int_equal(art->paragraphs.n, 2);
    gx_article_free(art);
    /* a last sentence that merely mentions a reporter is no byline */
    art = fixture_build("# 标题\n\n某公司回应称已向记者说明情况。", NULL, true);
    assert_int_equal(art->authors.n, 0);
    gx_article_free(art);
}

static void test_split(void **state)
{
    (void)state;
    gx_arena *d = gx_arena_new();
    const char *doc = "报眼 2024年9月24日\n\n# 一\n\n甲。\n\n# 二\n\n乙。\n\n# 三\n\n丙。";
    gx_cps c = {0};
    gx_normalize_decode(d, doc, strlen(doc), 0, &c);
    gx_para_vec pv = {0};
    gx_normalize_paragraphs(d, &c, true, true, &pv);
    gx_part *parts;
    /* the page header before the first heading has no real content */
    assert_int_equal(gx_structure_split(d, &pv, true, &parts), 3);
    assert_int_equal(parts[0].from, 1);
    assert_int_equal(gx_structure_split(d, &pv, false, &parts), 1);
    gx_arena_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bylines),         cmocka_unit_test(test_article_sections),
        cmocka_unit_test(test_titles), cmocka_unit_test(test_plain_headings),          cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_english_article), cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_closing_byline),  cmocka_unit_test(test_split),
        cmocka_unit_test(test_english_wire),    cmocka_unit_test(test_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
