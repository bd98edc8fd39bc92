/* test_sect26.c — structure (twentieth session, sect26): credits glued into a crawled page's run-on text
 * (gx_structure_glued.c). A source field read up to the page's next field or by an outlet's ending, and the
 * reporters glued after it; a dispatch glued after the headline (X讯——, X(place)讯, X+place+电, a wire's 社--); a site's name
 * between the page's fields (…开发·零壹财经阅读:18, 时间:中财网原标题:).
 * The texts are made up in the shape of crawled pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "gx_arena.h"
#include "gx_article.h"
#include "gx_structure.h"
#include "structure_fixture.h"

#define BODY "零售经纪商本周宣布推出一项新的自动交易工具,用户可以通过简单的命令创建交易策略并与主流平台集成。"

/* a source field ends at the page's next field (作者, 原标题, |), else where an outlet's name ends */
static void test_source_field(void **state)
{
    (void)state;
    expect_outlet("金桥理财平台上线新产品时间:信息来源:金桥网作者:佚名【字体:大中小】," BODY, "金桥网");
    expect_outlet("金桥理财平台上线新产品时间:信息来源:AB123作者:佚名【字体:大中小】," BODY, "AB123");
    expect_outlet("金桥理财平台上线新产品时间:|来源:汇讯|评论数:|" BODY, "汇讯");
    expect_outlet("金桥理财平台上线新产品来源:滨江晚报工作嘛,哪有轻松的" BODY, "滨江晚报");
    expect_outlet("金桥理财平台上线新产品来源:云猎网游戏区块链原标题:金桥理财平台上线新产品" BODY, "云猎网");
    /* (a name run into the page's tags names nothing; nor does the internet, a chart's data or a firm's funds) */
    expect_outlet("金桥理财平台上线新产品来源:某某碎谈操作系统三星原标题:金桥理财平台上线新产品" BODY, NULL);
    expect_outlet("金桥理财平台上线新产品时间:来源:互联网近年来随着智能合约的兴起" BODY, NULL);
    expect_outlet("金桥理财平台上线新产品数据来源:金桥网," BODY, NULL);
    expect_outlet("金桥理财平台资金来源:自有资金,金桥理财平台上线新产品" BODY, NULL);
    /* (the article's prose is past its fields) */
    expect_outlet("金桥理财平台上线新产品。公司表示来源:金桥网作者:佚名" BODY, NULL);
}

/* reporters glued after the source: a name ends where the house's name starts again, or before a place and 报道 */
static void test_glued_reporters(void **state)
{
    (void)state;
    gx_article *art = fixture_build("某某推出新品原标题:某某推出新品来源:东方时报网见习记者王小梅东方时报(dftimes.net.cn)"
                                    "记者李大东上海报道," BODY,
                                    "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "东方时报");
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[0].name, "王小梅");
    assert_string_equal(art->authors.v[0].role, "见习记者");
    assert_string_equal(art->authors.v[1].name, "李大东");
    assert_string_equal(art->authors.v[1].role, "记者");
    gx_article_free(art);
}

/* a dispatch glued after the headline: the shortest name ending like an outlet's, longer over a trade's word */
static void test_glued_dispatch(void **state)
{
    (void)state;
    expect_outlet("提供更好的投资环境,推出简化的交易方案金汇网讯——" BODY, "金汇网");
    expect_outlet("提供更好的投资环境,推出简化的交易方案中亿财经网讯:" BODY, "中亿财经网");
    expect_outlet("提供更好的投资环境推出简化的交易方案AB168财经报社(香港)讯据资讯网站报道," BODY, "AB168财经报社");
    expect_outlet("平台老板被抓宣告彻底崩盘中华网金边电柬埔寨警方" BODY, "中华网");
    expect_outlet("下沉市场用户增长持续资讯领域活力不减上海美通社--随着" BODY, "美通社");
    expect_outlet("【某评级机构再次确认某控股长期信用投资级评级】金云财经讯," BODY, "金云财经");
    /* reporters credited in brackets after it */
    gx_article *art = fixture_build("金诚财富加速全国金融布局中国证券报中证网讯(记者王丽娟)" BODY, "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "中国证券报"); /* (the paper before its site: gov23, docs/structure.md) */
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "王丽娟");
    gx_article_free(art);
    /* (the paper's own, a report cited, and words that are no dispatch) */
    expect_outlet("金汇科技金融创新模式研讨会在京举行本网讯," BODY, NULL);
    expect_outlet("平台老板被抓宣告彻底崩盘据中华网金边电," BODY, NULL);
    expect_outlet("社交电商平台发展迅速会员制的社群型社交电商平台" BODY, NULL);
    expect_outlet("只需一部安卓手机保持网络和通电后系统自动浏览广告" BODY, NULL);
    expect_outlet("中国的移动互联网移动电子商务蓬勃发展" BODY, NULL);
}

/* a site's name standing alone between the page's fields: after a middle dot closing the title, as the value of 时间: */
static void test_glued_site(void **state)
{
    (void)state;
    expect_outlet("链商城平台系统搭建【博文】链商城平台系统搭建区块链专业开发·金桥财经阅读:11" BODY, "金桥财经");
    expect_outlet("某某汇利暂停大额申购业务时间:金桥网原标题:某某汇利暂停大额申购业务的公告" BODY, "金桥网");
    /* (a foreign name's dot, a name that goes on into the text) */
    expect_outlet("公司创始人马克·史密斯报道阅读:11" BODY, NULL);
    expect_outlet("某某汇利暂停大额申购业务时间:金桥网上线原标题:某某汇利" BODY, NULL);
    /* (gov25: the author field holding the site's own name, the page crediting itself; a writer's name is no site) */
    expect_outlet("某某丽人保障团队成员收益区域字号+作者:金桥财经网来源:()" BODY, "金桥财经网");
    expect_outlet("某某丽人保障团队成员收益区域字号+作者:王小明来源:()" BODY, NULL);
}

/* people30: a reporter's credit run into the text: the paper and the Han run after the credit word (resolution
 * cuts it to the person read there); 文 after no Han character and a separator or a Latin name before 来源;
 * not a reporter spoken to or cited (接受…记者, 据…记者), nor after a field's colon (gx_glued_source's) */
static void expect_glued(const char *doc, const char *outlet, const char *author, bool glued)
{
    gx_article *art = fixture_build(doc, "标题", false);
    assert_non_null(art);
    if (outlet)
        assert_string_equal(art->outlet, outlet);
    else
        assert_null(art->outlet);
    if (author) {
        assert_int_equal(art->authors.n, 1);
        assert_string_equal(art->authors.v[0].name, author);
        assert_int_equal(art->authors.v[0].glued, glued);
    } else {
        assert_int_equal(art->authors.n, 0);
    }
    gx_article_free(art);
}

static void test_glued_reporter_credit(void **state)
{
    (void)state;
    expect_glued("某某重工二次闯关被指圈钱东海商报记者林度二次闯关的公司仍然实力不足" BODY, "东海商报", "林度二次", true);
    expect_glued("某某项目之疑经济观察网记者林越坤,一则消息称" BODY, "经济观察网", "林越坤", true);
    expect_glued("险企吹响开门红号角各家公司产品进一步提高本报见习记者周笑2019年各家公司" BODY, NULL, "周笑", true);
    /* (every role word: the walk reads them only where their first code point stands, speed30) */
    expect_glued("险企吹响开门红号角各家公司产品进一步提高本报实习记者周笑2019年各家公司" BODY, NULL, "周笑", true);
    expect_glued("险企吹响开门红号角各家公司产品进一步提高本报特约记者周笑2019年各家公司" BODY, NULL, "周笑", true);
    expect_glued("险企吹响开门红号角各家公司产品进一步提高本报首席记者周笑2019年各家公司" BODY, NULL, "周笑", true);
    expect_glued("险企吹响开门红号角各家公司产品进一步提高本报通讯员周笑2019年各家公司" BODY, NULL, "周笑", true);
    expect_glued("封面|数字中国践行者Original文&nbsp;&nbsp;钱筠从党的十九大到政府工作报告" BODY, NULL, "钱筠从党", true);
    expect_glued("某银行理财产品(编码:C10)文Mary来源:某某时报广告广告某银行推出" BODY, "某某时报", "Mary", false);
    /* (the interviewer's paper is the outlet by gx_outlet_interviewer; no author) */
    expect_glued("某某公司负责人在接受东海商报记者采访时表示公司经营正常" BODY, "东海商报", NULL, false);
    expect_glued("某某公司负责人表示,据东海商报记者林度了解公司经营正常" BODY, NULL, NULL, false);
}

/* gov26: a reporter's paper credited in the text is the outlet over the page title's site, which is kept as
 * the page's site (a credit, no company) */
static void test_glued_reporter_page_site(void **state)
{
    (void)state;
    gx_article *art = fixture_build("【某某重工二次闯关被指圈钱_西湖网财经】某某重工营收高度依赖华东地区被指圈钱东海商报记者林度二次闯关的公司仍然实力不足" BODY,
                                    "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "东海商报");
    assert_string_equal(art->page_site, "西湖网财经");
    gx_article_free(art);
    /* (no reporter: the page's site is the outlet) */
    art = fixture_build("【某某重工二次闯关被指圈钱_西湖网财经】某某重工营收高度依赖华东地区,二次闯关的公司仍然实力不足" BODY, "标题",
                        false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "西湖网财经");
    assert_null(art->page_site);
    gx_article_free(art);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_dispatch),
        cmocka_unit_test(test_glued_reporters),
        cmocka_unit_test(test_glued_reporter_credit),
        cmocka_unit_test(test_glued_reporter_page_site),
        cmocka_unit_test(test_glued_site),
        cmocka_unit_test(test_source_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
