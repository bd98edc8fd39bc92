/* test_quant21.c — quantity forms of round quant21 (twenty-first session), read from web finance
 * texts: one-character verbs of spending, earning and owing right before a bare amount (花10万,
 * 挣30万, 输10万; money_head value "next"), the levels of a margin account (止盈线是60万), red
 * envelopes (十亿红包), and counts of plays that end like the head 放量 (播放量与5000万+粉丝).
 * Data-driven: each row of READ is a text, the surface of one quantity in it, its type, value
 * and currency (money); each row of NONE is a text in which the surface given is no quantity of
 * that type. Every text is run through the quantity stage alone (gx_article_set_text()); the
 * word lists are loaded from the data directory given as argv[1] (default "data"). */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    /* a verb of spending, earning or owing touching the amount */
    {"小a在配资平台花10万配资了4倍杠杆。", "10万", GX_QTY_MONEY, 1e5, "CNY"},
    {"说未来集市让每个人今年稳挣30万。", "30万", GX_QTY_MONEY, 3e5, "CNY"},
    {"立马能提现有人一夜输10万。", "10万", GX_QTY_MONEY, 1e5, "CNY"},
    {"一位美女老板投了2万多,加盟了一种家居。", "2万多", GX_QTY_MONEY, 2e4, "CNY"},
    {"前高管炒股亏176万被罚60万。", "60万", GX_QTY_MONEY, 6e5, "CNY"},
    {"一套房子首付我付了27万,完完全全自己付的。", "27万", GX_QTY_MONEY, 2.7e5, "CNY"},
    {"他向朋友借了5万,至今未还。", "5万", GX_QTY_MONEY, 5e4, "CNY"},
    /* the levels of a margin account */
    {"小a给自己设立的预期止盈线是60万,结果股市上涨。", "60万", GX_QTY_MONEY, 6e5, "CNY"},
    {"账户的平仓线为80万。", "80万", GX_QTY_MONEY, 8e5, "CNY"},
    /* red envelopes are cash */
    {"2018年东方头条十亿红包发不停。", "十亿", GX_QTY_MONEY, 1e9, "CNY"},
    {"平台拿出5000万红包补贴用户。", "5000万", GX_QTY_MONEY, 5e7, "CNY"},
    /* 放量 itself stays a head */
    {"两市成交放量1000亿。", "1000亿", GX_QTY_MONEY, 1e11, "CNY"},
};

static const qty_case NONE[] = {
    /* a one-character verb reads only the amount it touches */
    {"这座花园面积10万,游客众多。", "10万", GX_QTY_MONEY, 0, NULL},
    {"樱花开了,花期吸引10万游客。", "10万", GX_QTY_MONEY, 0, NULL},
    {"全年运输10万,同比增长。", "10万", GX_QTY_MONEY, 0, NULL},
    /* counts of plays, emissions and releases */
    {"100亿+的全网年累计播放量与5000万+全网累计粉丝成就了一个工厂。", "5000万", GX_QTY_MONEY, 0, NULL},
    {"二氧化碳排放量达到100亿。", "100亿", GX_QTY_MONEY, 0, NULL},
    {"视频播放量突破3亿。", "3亿", GX_QTY_MONEY, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant21", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
