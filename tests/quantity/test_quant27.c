/* test_quant27.c — quantity forms of round quant27 (twenty-fourth session): figures written in
 * English number words before a percent word ("Sixty-two percent", "twenty five per cent"), or
 * before a currency word with or without a magnitude ("three million dollars", "forty euros",
 * "two hundred and fifty million euros"); a number word alone, before a weight in pounds or
 * before "won" the verb is none. Data-driven as test_quant26.c. */
#include <stddef.h>

#include "quantity_fixture.h"

static const qty_case READ[] = {
    {"Sixty-two percent of voters agreed.", "Sixty-two percent", GX_QTY_PERCENT, 62, NULL},
    {"Only twenty five per cent replied.", "twenty five per cent", GX_QTY_PERCENT, 25, NULL},
    {"Turnout fell by three percentage points.", "three percentage points", GX_QTY_PERCENT, 3, NULL},
    {"Prices rose nine percent in May.", "nine percent", GX_QTY_PERCENT, 9, NULL},
    {"The firm paid three million dollars in fines.", "three million dollars", GX_QTY_MONEY, 3e6, "USD"},
    {"The club spent two hundred and fifty million euros.", "two hundred and fifty million euros",
     GX_QTY_MONEY, 2.5e8, "EUR"},
    {"Each ticket was forty euros.", "forty euros", GX_QTY_MONEY, 40, "EUR"},
    {"A stamp costs seventy cents now.", "seventy cents", GX_QTY_MONEY, 0.7, "USD"},
    {"They raised about six billion dollars.", "about six billion dollars", GX_QTY_MONEY, 6e9, "USD"},
};

static const qty_case NONE[] = {
    /* a number word without a percent word or a currency */
    {"Two million people marched.", "Two million", GX_QTY_MONEY, 0, NULL},
    {"One of them left.", "One", GX_QTY_PERCENT, 0, NULL},
    /* a weight; won the verb */
    {"He lost ten pounds in a month.", "ten pounds", GX_QTY_MONEY, 0, NULL},
    {"Of the seats, forty won by Labour.", "forty won", GX_QTY_MONEY, 0, NULL},
    /* a number word inside a longer word */
    {"Someone paid dollars.", "one", GX_QTY_MONEY, 0, NULL},
    {"A tenth percent", "tenth percent", GX_QTY_PERCENT, 0, NULL},
};

int main(int argc, char **argv)
{
    return qty_run_tables("test_quant27", argc, argv, READ, sizeof READ / sizeof READ[0], NONE,
                          sizeof NONE / sizeof NONE[0]);
}
