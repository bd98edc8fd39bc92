/* test_struct12.c — outlets and authors credited in unusual ways (twelfth session,
 * gx_structure_outlets.c and the byline forms it brought): source lines with a portal's stock
 * quote or a WeChat ID, an outlet's desk, compiler or site, the paper in title marks, a dispatch
 * of any name, a closing credit in brackets, the interviewing reporter's outlet, an app's
 * promotion, template lines at the end. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gx_structure.h"
#include "gx_structure_outlets.h"
#include "structure_fixture.h"

static void test_canonical(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    static const char *const CASES[][2] = {
        {"证券时报·e公司", "证券时报"},
        {"腾讯自选股综合", "腾讯自选股"},
        {"中新经纬客户端", "中新经纬"},
        {"北京商报网", "北京商报网"}, /* a paper's site as written (fourteenth session) */
        {"中证网", "中证网"},
        {"新浪财经", "新浪财经"},
        {"综合", "综合"},
        {"商报网", "商报网"},
        {"阿尔法工场公众号", "阿尔法工场"},
        {"市值风云微信公众号", "市值风云"},
        {"公众号", "公众号"},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++)
        assert_string_equal(gx_outlet_canonical(a, CASES[k][0]), CASES[k][1]);
    assert_null(gx_outlet_canonical(a, NULL));
    gx_arena_free(a);
}

static void test_source_lines(void **state)
{
    (void)state;
    gx_arena *a = gx_arena_new();
    gx_byline bl;
    assert_true(fixture_byline(a, "来源：同花顺(98.830,1.62,1.67%)金融研究中心", &bl));
    assert_string_equal(bl.outlet, "同花顺金融研究中心"); /* the name as credited (fifteenth session) */
    assert_true(fixture_byline(a, "来源：牛交所全球财经（ID：Niujiaosuo02）", &bl));
    assert_string_equal(bl.outlet, "牛交所全球财经");
    assert_true(fixture_byline(a, "来自：中国基金报", &bl)); /* the credit word 来自 (twelfth session, lead) */
    assert_string_equal(bl.outlet, "中国基金报");
    /* a bracket of other words stays: no source line */
    assert_false(fixture_byline(a, "来源：同花顺(见附件)金融研究中心", &bl) && bl.outlet);

    /* the paper in title marks, before a role word or after the credit word */
    assert_true(fixture_byline(a, "《投资者报》高方方/文", &bl));
    assert_string_equal(bl.outlet, "投资者报");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "高方方");
    assert_true(fixture_byline(a, "文 《法人》特约撰稿 王佐发", &bl));
    assert_string_equal(bl.outlet, "法人");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "王佐发");
    assert_string_equal(bl.authors[0].role, "特约撰稿");
    assert_true(fixture_byline(a, "《证券市场红周刊》作者 赵康杰", &bl));
    assert_string_equal(bl.outlet, "证券市场红周刊");
    assert_string_equal(bl.authors[0].name, "赵康杰");
    assert_true(fixture_byline(a, "文|《中国企业家》见习记者 陈睿雅", &bl));
    assert_string_equal(bl.outlet, "中国企业家");
    assert_int_equal(bl.nauthors, 1);
    assert_string_equal(bl.authors[0].name, "陈睿雅");
    assert_string_equal(bl.authors[0].role, "见习记者");
    /* a researcher's description before the name gives the role */
    assert_true(fixture_byline(a, "文 | 标点财经研究员  赵春燕", &bl));
    assert_string_equal(bl.authors[0].name, "赵春燕");
    assert_string_equal(bl.authors[0].role, "研究员");
    /* a book's title is no outlet */
    assert_false(fixture_byline(a, "《红与黑》留下的思考", &bl) && bl.outlet);
    gx_arena_free(a);
}

static void test_outlets_in_text(void **state)
{
    (void)state;
    /* a dispatch of a name without an outlet's ending */
    expect_outlet("环球外汇2月1日讯--自即日起,环球外汇将为广大投资者收罗每日早间必看的财经新闻。",
                  "环球外汇");
    /* a key-points preamble before the dateline */
    expect_outlet(
        "核心提示:为进一步增强实力,大众软件部门将收购海拉前置摄像头系统业务,扩大图像处理能力。\n\n"
        "盖世汽车讯 据外媒报道,大众集团软件部门正在收购软件专家。",
        "盖世汽车");
    /* a credit in brackets closing the text, before an editor's line or not */
    expect_outlet("春季行情未完。\n\n中期行情仍未结束,关注低估值蓝筹。(中证网)\n\n(责任编辑:DF064)",
                  "中证网");
    expect_outlet("春季行情未完。\n\n就不会买到乐视这样的股票。(家电网? HEA.CN)", "家电网");
    expect_outlet("春季行情未完。\n\n关注低估值蓝筹。(见附件)", NULL);
    expect_outlet("春季行情未完。\n\n从容为中长线建仓布局。 (证券时报网快讯中心)", "证券时报网");
    expect_outlet("市场仍有风险,投资者宜减仓。(扬子晚报)\n\n周五反弹。", NULL);
    /* the outlet whose reporter interviewed; not a report cited; not two outlets */
    expect_outlet("一位私募基金人士在接受《国际金融报》记者采访时表示,踩雷的基金公司声誉会受影响。",
                  "国际金融报");
    expect_outlet("北上资金逆势加仓。《投资快报》记者观察到,北上资金对A股交投活跃。", "投资快报");
    expect_outlet("据《华尔街日报》记者了解,该公司计划裁员。", NULL);
    expect_outlet("他告诉《证券日报》记者,市场平稳。\n\n她告诉《中国经营报》记者,市场平稳。", NULL);
    expect_outlet("他在《红与黑》中留下了思考。", NULL);
    /* the name without title marks: after a word said to the reporter or at a sentence's start */
    expect_outlet("负责人在接受时代周报记者采访时表示,目前正在沟通。", "时代周报");
    expect_outlet("近日,证券时报记者采访了六家大型股票私募。", "证券时报");
    expect_outlet("李奇霖对21世纪经济报道记者说,通常影响偏情绪层面。", "21世纪经济报道");
    expect_outlet("据上证报记者获悉,上海自由贸易港方案已上报。", NULL);
    expect_outlet("本报记者从多个渠道获悉,方案已上报。", NULL);
    /* a portal's promotion of its app */
    expect_outlet("春泉产业信托公布回购0.5万股。\n\n海量资讯、精准解读,尽在新浪财经APP\n\n我要反馈",
                  "新浪财经");
    /* a closing byline before a page's template lines */
    gx_article *art = fixture_build("长江证券总裁辞任。本报记者向长江证券求证。\n\n邓晖仍会留在公司。\n\n"
                            "(国际金融报见习记者 李碧瑶 实习生 毛荻秋)\n\n@@title@@\n\n"
                            "@@teacher_name@@:@@title@@\n\n进入【新浪财经股吧】讨论",
                            "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "国际金融报");
    assert_int_equal(art->authors.n, 2);
    assert_string_equal(art->authors.v[0].name, "李碧瑶");
    assert_string_equal(art->authors.v[1].name, "毛荻秋");
    gx_article_free(art);
    /* a repost's statement after a site's menu lines: 本文来源于, 本文选自 … 研究报告, 作者X */
    art = fixture_build("热点栏目\n\n资金流向\n\n千股千评\n\n个股诊断\n\n客户端\n\n"
                "本文选自“东方证券”研究报告,作者朱剑涛。\n\n港股市场的发展历史源远流长,值得一读。",
                "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "东方证券");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "朱剑涛");
    gx_article_free(art);
    expect_outlet("本文来源于“王雅媛港股圈”微信公众号,作者青头。文中观点不代表本站。\n\n港股正文。",
                  "王雅媛港股圈");
    /* a portal's banner before the 原标题 line; a byline without an outlet over a dateline */
    art = fixture_build("【基金经理PK:谁更值得托付?】买基金就是选基金经理,什么样的基金经理值得托付?"
                "点击查看详情。\n\n"
                "原标题:广汇能源前董事长遭通报批评\n\n"
                "中国经济网北京5月11日讯 近日,广汇能源发布公告称,公司时任董事长遭上交所通报批评。",
                "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "中国经济网");
    gx_article_free(art);
    art =
        fixture_build("记者:张千千、吴雨\n\n新华社北京9月19日电 中国人民银行19日开展了1700亿元逆回购操作。",
              "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "新华社");
    assert_int_equal(art->authors.n, 2);
    gx_article_free(art);
    /* a portal's banner with a call to action is no lead */
    expect_outlet("牛市来了?安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】\n\n"
                  "新浪美股讯 北京时间8日消息,据知情人士称,博通接近达成收购。",
                  "新浪美股");
    /* a WeChat account's name under the writer's credit, or before it */
    art = fixture_build("作者 卖油翁\n\n市值风云\n\n风云君去理发,发现去做头发都有了新的含义。", "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "市值风云");
    assert_string_equal(art->authors.v[0].name, "卖油翁");
    gx_article_free(art);
    expect_outlet("本报记者 张三\n\n北京报道\n\n风云君去理发,发现去做头发都有了新的含义。", NULL);
    art = fixture_build("市值风云 作者 | 骆驼\n\nA股江湖每天都在上演新的故事,今天说说一家公司。", "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "市值风云");
    assert_int_equal(art->authors.n, 1);
    assert_string_equal(art->authors.v[0].name, "骆驼");
    gx_article_free(art);
    /* a byline run into the lead: the outlet is known, where the name ends is not */
    expect_outlet(
        "经济观察网 记者 郑淯心阿里重金投资的酒类电商继续亏损。8月30日晚公告显示亏损扩大。",
        "经济观察网");
    expect_outlet("公司 记者 郑淯心阿里重金投资的酒类电商继续亏损。8月30日晚公告显示亏损扩大。",
                  NULL);
    /* a headline run into the lead before its dateline; not a report cited */
    expect_outlet(
        "科华控股2019年上半年净利4817万融资租赁费用上升 挖贝网8月22日,科华控股近日发布半年报。",
        "挖贝网");
    expect_outlet("双成药业主业持续亏损待解 新浪财经讯 近日,双成药业发布公告称亏损扩大。",
                  "新浪财经");
    expect_outlet(
        "温哥华华裔商铺面临破产困境 据中新网24日消息,据加拿大媒体报道,疫情给零售业带来冲击。",
        NULL);
    /* the paper and its site */
    art = fixture_build("蔡鄂生:提高直接融资比重 打破价格歧视困境 上证报中国证券网讯(记者 "
                "张琼斯)蔡鄂生表示,要加强金融支持。",
                "标题", false);
    assert_non_null(art);
    assert_string_equal(art->outlet, "上海证券报");
    assert_string_equal(art->authors.v[0].name, "张琼斯");
    gx_article_free(art);
    /* a desk of the paper on a source line */
    expect_outlet(
        "原标题:公告精选\n\n来源:证券时报·e公司\n\ne公司讯,中国天楹再度中标生活垃圾分类项目。",
        "证券时报");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical),
        cmocka_unit_test(test_source_lines),
        cmocka_unit_test(test_outlets_in_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
