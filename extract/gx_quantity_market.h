/* gx_quantity_market.h — the currency a bare 元 means in a market context: a Hong Kong share
 * price or market turnover written in 元 ("恒指收报…,成交金额1699.36亿元", "中信银行(0998)…
 * 股份上日收报6.71元") is in Hong Kong dollars, a US-listed share's price in 美股 context in US
 * dollars. A pass over the quantities already found (gx_quantities_find calls it last); the
 * word lists (roles market and market_head) are in data/lexicon/quantity_words.tsv. */
#ifndef GX_QUANTITY_MARKET_H
#define GX_QUANTITY_MARKET_H

#include "gx_article.h"
#include "gx_quantity_lex.h"

/* Give HKD or USD (currency_inferred = true) to each CNY money quantity of art whose currency
 * is a bare 元 or implied, whose clause names a share price or a market total before it, and
 * whose nearest market mention is Hong Kong or US (see gx_quantity_market.c). Never fails. */
void gx_quantity_market_currency(const gx_qtylex *lx, gx_article *art);

#endif
