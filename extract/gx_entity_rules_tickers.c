/* gx_entity_rules_tickers.c — listed companies shown by their stock code or mark: explicit
 * tickers (卓朗科技(600225), （600225.SH）, (NASDAQ: NVDA), (00700.HK), (02357-HK), NVDA.O) linked to the
 * name before them (one reader of that name, code_name, for every code), and stocks under special
 * treatment (*ST华业, ST康美). Part of the entity rules
 * (gx_entity_rules_impl.h). */
#include <string.h>
#include <uchar.h>

#include "gx_entity_rules_impl.h"
#include "gx_cand_shape.h"
#include "gx_tagger.h"

/* ST + an ordinary word, unknown to the gazetteer, is the mark read as a noun (最快ST纪录, ST之下,
 * 因为有ST保护), not a stock's name: the two characters after a bare ST (no star, no S*ST)
 * are a common word of the tagger's lexicon (not a name class there), no code follows in
 * brackets, and the article writes ST + that word only once (a stock under a word-like name,
 * ST长生 or ST银河, is named again or carries its star or code). */
static bool st_ordinary_word(const gx_hit_index *ix, const gx_article *art, int32_t start, int32_t i, int32_t b,
                             int32_t end)
{
    const uint32_t *cp = art->cp;
    if (start != i || b != i + 2 || end != b + 2 || !gx_tagger_common_word(ix->tagger, cp + b, 2))
        return false;
    if (end < art->ncp && (cp[end] == '(' || cp[end] == 0xFF08 /* （ */))
        return false;
    int n = 0;
    for (int32_t j = 0; j + 3 < art->ncp && n < 2; j++)
        n += cp[j] == 'S' && cp[j + 1] == 'T' && cp[j + 2] == cp[b] && cp[j + 3] == cp[b + 1];
    return n == 1;
}

/* *ST华业, ST康美, S*ST: a stock under special treatment is a listed company. The mark and two to
 * four characters make the name; it links to the gazetteer when the characters after the mark
 * are a known name (ST盐湖股份 -> 盐湖股份). */
void gx_er_special_treatment_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_S], i, art->ncp)) + 3 < art->ncp; i++) {
        if (cp[i] != 'S' || (i > 0 && gx_is_alnum(cp[i - 1])))
            continue;
        int32_t k = i;
        if (k + 1 < art->ncp && cp[k + 1] == '*') /* S*ST */
            k += 2;
        if (k + 2 >= art->ncp || cp[k] != 'S' || cp[k + 1] != 'T' || !gx_is_cjk(cp[k + 2]))
            continue;
        int32_t start = i > 0 && cp[i - 1] == '*' ? i - 1 : i;
        int32_t b = k + 2, e = b;
        /* not a phrase about such stocks (ST公司, ST的, 成为*ST一族) */
        if (gx_hit_len_starting(ix, b, GX_LEX_LEFT_STOP) > 0 || gx_lexicon_char_is(ix->lex, cp[b], GX_LEX_NOT_GIVEN) ||
            cp[b] == 0x4E00 /* 一 */)
            continue;
        while (e < art->ncp && e - b < 4 && gx_is_cjk(cp[e]))
            e++;
        if (e - b < 2)
            continue;
        /* the longest known name after the mark, else two characters */
        int32_t lex = -1, end = b + 2;
        for (int32_t n = e - b; n >= 2 && lex < 0; n--) {
            lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, cp + b, n);
            if (lex < 0) {
                /* a stock delisted later keeps only its last name, X退 or 退市X (ST华泽 -> 华泽退,
                 * ST吉恩 -> 退市吉恩) */
                uint32_t delisted[7];
                memcpy(delisted, cp + b, sizeof(uint32_t) * (size_t)n);
                delisted[n] = 0x9000; /* 退 */
                lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, delisted, n + 1);
                if (lex < 0) {
                    delisted[0] = 0x9000; /* 退 */
                    delisted[1] = 0x5E02; /* 市 */
                    memcpy(delisted + 2, cp + b, sizeof(uint32_t) * (size_t)n);
                    lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, delisted, n + 2);
                }
                /* an ST name drops the 股份 of the short name (*ST利源 -> 利源股份) */
                if (lex < 0) {
                    memcpy(delisted, cp + b, sizeof(uint32_t) * (size_t)n);
                    delisted[n] = 0x80A1;     /* 股 */
                    delisted[n + 1] = 0x4EFD; /* 份 */
                    lex = gx_lexicon_find(ix->lex, GX_LEX_COMPANY, delisted, n + 2);
                }
            }
            if (lex >= 0)
                end = b + n;
        }
        gx_span name = {start, end};
        if (lex < 0 && st_ordinary_word(ix, art, start, i, b, end))
            continue;
        if (gx_er_cand_with_span(art, name, GX_ORGLIKE) >= 0)
            continue;
        /* the gazetteer's ST name after a star (*|ST美讯: it knows ST美讯) takes the star in, the name as
         * written */
        bool starred = false;
        for (int q = start < i ? gx_cand_pos_next(art, -1, i, false) : -1, nq; q >= 0; q = nq) {
            gx_candidate *o = &art->candidates.v[q];
            nq = gx_cand_pos_next(art, q, i, false); /* (before o moves out of the chain at i) */
            if (o->source == GX_SRC_GAZETTEER && o->type == GX_ENT_COMPANY && o->span.start == i && o->span.end >= end) {
                gx_cand_set_start(art, o, start);
                starred = true;
            }
        }
        if (starred)
            continue;
        int c = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_RULE, 0.9f, NULL, -1);
        art->candidates.v[c].lex_id = lex;
        i = end - 1;
    }
}

/* ------------------------------------------------------------------ ticker rule */

static int parse_digits(const uint32_t *cp, int32_t i, int32_t end, char *out, int max)
{
    int n = 0;
    while (i + n < end && gx_is_digit(cp[i + n]) && n < max - 1) {
        out[n] = (char)cp[i + n];
        n++;
    }
    out[n] = '\0';
    return n;
}

static bool match_ascii(const uint32_t *cp, int32_t i, int32_t end, const char *w)
{
    for (int k = 0; w[k]; k++)
        if (i + k >= end || cp[i + k] != (uint32_t)(unsigned char)w[k])
            return false;
    return true;
}

static const char *a_share_exchange(const char *code)
{
    if (code[0] == '6')
        return "SSE";
    if (code[0] == '0' || code[0] == '3')
        return "SZSE";
    if (code[0] == '4' || code[0] == '8' || (code[0] == '9' && code[1] == '2'))
        return "BSE";
    return NULL;
}

/* The position after a code word opening a ticker item (股票代码, 证券代码, the Hong Kong
 * 股份代号, a bare 代码 or 代号), or i when there is none. */
static int32_t after_code_word(const gx_article *art, int32_t i, int32_t end)
{
    static const uint32_t words[][4] = {
        {0x80A1, 0x7968, 0x4EE3, 0x7801}, /* 股票代码 */
        {0x8BC1, 0x5238, 0x4EE3, 0x7801}, /* 证券代码 */
        {0x80A1, 0x4EFD, 0x4EE3, 0x7801}, /* 股份代码 */
        {0x80A1, 0x4EFD, 0x4EE3, 0x53F7}, /* 股份代号 */
        {0x80A1, 0x7968, 0x4EE3, 0x53F7}, /* 股票代号 */
        {0x8BC1, 0x5238, 0x4EE3, 0x53F7}, /* 证券代号 */
    };
    static const uint32_t short_words[][2] = {{0x4EE3, 0x7801} /* 代码 */, {0x4EE3, 0x53F7} /* 代号 */};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (gx_er_match_utf8_word(art, i, end, words[w], 4))
            return i + 4;
    for (size_t w = 0; w < sizeof short_words / sizeof short_words[0]; w++)
        if (gx_er_match_utf8_word(art, i, end, short_words[w], 2))
            return i + 2;
    return i;
}

/* Parse a ticker inside ( ... ) at [i, end). Fills t; returns true on success. */
static bool parse_ticker(const gx_article *art, int32_t i, int32_t end, gx_ticker *t)
{
    const uint32_t *cp = art->cp;
    char dig[16], sym[16];
    memset(t, 0, sizeof *t);
    while (i < end && cp[i] == ' ')
        i++;
    i = after_code_word(art, i, end);
    while (i < end && (cp[i] == ':' || cp[i] == ' '))
        i++;
    int nd = parse_digits(cp, i, end, dig, sizeof dig);
    if (nd > 0) {
        int32_t j = i + nd;
        if (nd == 6 && (j == end || cp[j] == '.')) {
            const char *ex = a_share_exchange(dig);
            if (j < end) {
                if (match_ascii(cp, j, end, ".SH") || match_ascii(cp, j, end, ".SS"))
                    ex = "SSE";
                else if (match_ascii(cp, j, end, ".SZ"))
                    ex = "SZSE";
                else if (match_ascii(cp, j, end, ".BJ"))
                    ex = "BSE";
                /* a 新三板 quotation (壹玖壹玖(830993.OC)): the Beijing exchange's codes; the
                 * caller makes it a NEEQ code unless the Beijing list holds the company */
                else if ((match_ascii(cp, j, end, ".OC") || match_ascii(cp, j, end, ".NQ")) && (dig[0] == '8' || dig[0] == '4'))
                    ex = "BSE";
                else
                    return false;
                j += 3;
                if (j != end)
                    return false;
            }
            if (!ex)
                return false;
            snprintf(t->code, sizeof t->code, "%s", dig);
            snprintf(t->exchange, sizeof t->exchange, "%s", ex);
            return true;
        }
        /* Hong Kong: "(00700.HK)", and a bare "(00700)" / "(0700)": Hong Kong codes are written
         * with leading zeros, which neither A-share codes nor years have */
        bool hk_suffix = (match_ascii(cp, j, end, ".HK") || match_ascii(cp, j, end, "-HK")) && j + 3 == end;
        /* (and a broker's "(700 HK)": the code without its zeros, a space before HK) */
        bool hk_spaced = match_ascii(cp, j, end, " HK") && j + 3 == end && nd <= 5;
        bool hk_bare = j == end && dig[0] == '0';
        if (((nd == 4 || nd == 5) && (hk_suffix || hk_bare)) || hk_spaced) {
            gx_ticker_set_hk(t, dig);
            return true;
        }
        return false;
    }
    /* EXCHANGE: SYMBOL */
    static const struct {
        const char *prefix;
        const char *exchange;
    } ex[] = {{"NASDAQ", "NASDAQ"}, {"Nasdaq", "NASDAQ"}, {"NYSE", "NYSE"}, {"HKEX", "HKEX"},
              {"HK", "HKEX"},       {"SH", "SSE"},        {"SZ", "SZSE"}};
    static const uint32_t nsdk[] = {0x7EB3, 0x65AF, 0x8FBE, 0x514B}; /* 纳斯达克 */
    static const uint32_t njs[] = {0x7EBD, 0x4EA4, 0x6240};          /* 纽交所 */
    static const uint32_t gjs[] = {0x6E2F, 0x4EA4, 0x6240};          /* 港交所 */
    const char *exchange = NULL;
    int32_t j = i;
    for (size_t k = 0; k < sizeof ex / sizeof ex[0]; k++)
        if (match_ascii(cp, i, end, ex[k].prefix)) {
            exchange = ex[k].exchange;
            j = i + (int32_t)strlen(ex[k].prefix);
            break;
        }
    if (!exchange) {
        if (gx_er_match_utf8_word(art, i, end, nsdk, 4)) {
            exchange = "NASDAQ";
            j = i + 4;
        } else if (gx_er_match_utf8_word(art, i, end, njs, 3)) {
            exchange = "NYSE";
            j = i + 3;
        } else if (gx_er_match_utf8_word(art, i, end, gjs, 3)) {
            exchange = "HKEX";
            j = i + 3;
        }
    }
    if (exchange) {
        /* HK3709: a Hong Kong code glued to its prefix, as announcements write it */
        bool glued = !strcmp(exchange, "HKEX") && j < end && gx_is_digit(cp[j]);
        if (!glued && (j >= end || (cp[j] != ':' && cp[j] != ' ')))
            return false;
        while (j < end && (cp[j] == ':' || cp[j] == ' '))
            j++;
        int n = 0;
        while (j + n < end && (gx_is_alnum(cp[j + n]) || cp[j + n] == '.') && n < 15) {
            sym[n] = (char)cp[j + n];
            n++;
        }
        sym[n] = '\0';
        if (n == 0 || j + n != end)
            return false;
        if (!strcmp(exchange, "HKEX") && strspn(sym, "0123456789") == strlen(sym)) {
            gx_ticker_set_hk(t, sym);
            return true;
        }
        if ((!strcmp(exchange, "SSE") || !strcmp(exchange, "SZSE")) && strlen(sym) != 6)
            return false;
        snprintf(t->code, sizeof t->code, "%s", sym);
        snprintf(t->exchange, sizeof t->exchange, "%s", exchange);
        return true;
    }
    /* NVDA.O / BABA.N / TSLA.US */
    int n = 0;
    while (i + n < end && gx_is_upper(cp[i + n]) && n < 6) {
        sym[n] = (char)cp[i + n];
        n++;
    }
    sym[n] = '\0';
    if (n >= 1 && i + n < end && cp[i + n] == '.') {
        if (match_ascii(cp, i + n, end, ".O") && i + n + 2 == end)
            exchange = "NASDAQ";
        else if (match_ascii(cp, i + n, end, ".N") && i + n + 2 == end)
            exchange = "NYSE";
        else if (match_ascii(cp, i + n, end, ".US") && i + n + 3 == end)
            exchange = "US"; /* NASDAQ or NYSE: the caller asks the gazetteer which */
        if (exchange) {
            snprintf(t->code, sizeof t->code, "%s", sym);
            snprintf(t->exchange, sizeof t->exchange, "%s", exchange);
            return true;
        }
    }
    return false;
}

/* The longest bracket read for a ticker: a Hong Kong announcement names the company's short
 * names before its code (「赢家时尚」或「公司」,连同其附属公司「本集团」,股份代号:HK3709). */
#define LONG_BRACKET 120

static bool is_item_sep(uint32_t c)
{
    return c == ';' || c == ',' || c == 0x3001 /* 、 */;
}

/* The ticker of the bracket [open, close]: its first item ("(股票代码:600225.SH)", "(600225)",
 * "(NASDAQ: NVDA; HKEX: 9988)") in a bracket of under 40 characters, or else a last item led by
 * a code word (…,股份代号:HK3709). Fills t; returns true on success. */
static bool bracket_ticker(const gx_article *art, int32_t open, int32_t close, gx_ticker *t)
{
    const uint32_t *cp = art->cp;
    int32_t first_end = close, last = open + 1;
    for (int32_t k = open + 1; k < close; k++)
        if (is_item_sep(cp[k])) {
            if (first_end == close)
                first_end = k;
            last = k + 1;
        }
    if (close - open < 40 && parse_ticker(art, open + 1, first_end, t))
        return true;
    if (last == open + 1)
        return false;
    while (last < close && cp[last] == ' ')
        last++;
    return after_code_word(art, last, close) > last && parse_ticker(art, last, close, t);
}

/* Where the name before the bracket at open ends: open, or the start of a portal's inline stock
 * quote between them (IMAX CHINA(12.96,-0.02,-0.15%)(01970), 康宁医院(14.56,-0.74,-4.84%)(02120)). */
static int32_t quote_start_before(const gx_article *art, int32_t open)
{
    if (open < 2 || art->cp[open - 1] != ')')
        return open;
    for (int32_t q = open - 2; q >= 0 && q >= open - 32; q--)
        if (art->cp[q] == '(')
            return gx_stock_quote_end(art, q) == open ? q : open;
    return open;
}

/* The start of a bracket of at most 48 characters that closes right before pos and follows a
 * name's character, else pos. */
static int32_t bracket_start_before(const gx_article *art, int32_t pos)
{
    if (pos < 3 || art->cp[pos - 1] != ')')
        return pos;
    for (int32_t q = pos - 2; q > 0 && q >= pos - 48; q--) {
        if (art->cp[q] == ')')
            return pos;
        if (art->cp[q] == '(')
            return q < pos - 2 && (gx_is_cjk(art->cp[q - 1]) || gx_is_alnum(art->cp[q - 1])) ? q : pos;
    }
    return pos;
}

/* The name of the listed company whose code (or quote) starts at ne, in *name; false when there
 * is none. One reader for every code: a name the gazetteer, a ticker or an alias gave already
 * ends there (中国移动(00941), not a sure context's reach back over a function word: 予|中国移动),
 * unless that name is itself a stop word another name holds (亚洲|联合(00711-HK)); else the name
 * gx_er_listed_name_before reads (gx_company_name_left's edges and the checks of a name: ,长和(00001),
 * 生活有鱼, no 管理 of 中国金融投资管理); else any name ending there that covers it (a legal name,
 * the tagger's). */
static bool code_name(const gx_hit_index *ix, gx_article *art, int32_t ne, gx_span *name)
{
    int prev = gx_er_cand_ending_at(art, ne, GX_ORGLIKE);
    /* a name does not open on a number's unit (3,700亿|人币工商银行(01398.HK)): the longest
     * candidate ending there that does not */
    if (prev >= 0 && gx_shape_opens_on_number_unit(art, art->candidates.v[prev].span)) {
        prev = -1;
        for (int i = gx_cand_pos_next(art, -1, ne, true); i >= 0; i = gx_cand_pos_next(art, i, ne, true)) {
            const gx_candidate *c = &art->candidates.v[i];
            if (c->span.end == ne && c->type != GX_ENT_POSITION && (GX_ORGLIKE & (1 << c->type)) &&
                !gx_shape_opens_on_number_unit(art, c->span) &&
                (prev < 0 || c->span.start < art->candidates.v[prev].span.start))
                prev = i;
        }
    }
    gx_span found;
    bool have = gx_er_listed_name_before(ix, art, ne, &found);
    if (have && gx_shape_opens_on_number_unit(art, found))
        have = false;
    if (prev >= 0) {
        const gx_candidate *p = &art->candidates.v[prev];
        int32_t len = p->span.end - p->span.start;
        bool trusted = (p->source == GX_SRC_GAZETTEER || p->source == GX_SRC_TICKER || p->source == GX_SRC_ALIAS) &&
                       gx_hit_len_starting(ix, p->span.start, GX_LEX_LEFT_STOP) < len;
        if (!have || trusted || p->span.start <= found.start) {
            *name = p->span;
            return true;
        }
    }
    if (!have)
        return false;
    *name = found;
    return true;
}

void gx_er_ticker_rule(const gx_hit_index *ix, gx_article *art, triggers *tr)
{
    const uint32_t *cp = art->cp;
    tr->l[TR_PAREN].k = 0;
    for (int32_t i = 0; (i = trig_next(&tr->l[TR_PAREN], i, art->ncp)) < art->ncp; i++) {
        if (cp[i] != '(')
            continue;
        int32_t close = i + 1;
        while (close < art->ncp && close - i < LONG_BRACKET && cp[close] != ')' && cp[close] != '\n')
            close++;
        gx_ticker t;
        if (close >= art->ncp || cp[close] != ')' || !bracket_ticker(art, i, close, &t))
            continue;
        /* a US code without its exchange (德斯维尔(DSWL.US), 欢聚(YY.US)): the exchange the
         * gazetteer lists it on, or lists it on as a ticker given up since (a rename or a
         * delisting: 欢聚 YY, now JOYY; 瑞幸咖啡 LK), else none (the name before it is still a
         * company) */
        if (!strcmp(t.exchange, "US")) {
            static const char *const US[] = {"NASDAQ", "NYSE"};
            int32_t found = -1;
            for (int k = 0; k < 4 && found < 0; k++) {
                snprintf(t.exchange, sizeof t.exchange, "%s", US[k % 2]);
                found = k < 2 ? gx_lexicon_find_ticker(ix->lex, &t) : gx_lexicon_find_former(ix->lex, &t);
            }
            if (found < 0)
                memset(&t, 0, sizeof t);
        }
        int32_t th = t.code[0] ? gx_lexicon_find_ticker(ix->lex, &t) : -1;
        const gx_lex_thing *thing = th >= 0 ? gx_lexicon_thing(ix->lex, th) : NULL;
        /* a 4/8 code the Beijing list does not hold is a 新三板 quotation (雷克利达(831046)):
         * its code on the National Equities Exchange and Quotations, NEEQ */
        if (!thing && !strcmp(t.exchange, "BSE") && (t.code[0] == '4' || t.code[0] == '8'))
            snprintf(t.exchange, sizeof t.exchange, "%s", "NEEQ");
        else if (!thing && !strcmp(t.exchange, "BSE"))
            memset(&t, 0, sizeof t);
        /* the name right before the parenthesis; a Hong Kong share-class marker between them
         * is not part of it (君实生物-B(01877.HK), 小米集团-W, 阿里巴巴-SW) */
        int32_t ne = quote_start_before(art, i);
        /* spaces between a name and its code (东方时尚 (股票代码:603377), Acme Inc. (NASDAQ: ACME)) */
        while (ne > 1 && cp[ne - 1] == ' ' && ne > i - 3)
            ne--;
        /* another bracket between them, a gloss or another listing (赫兹(Hertz Global Holdings)(NYSE:HTZ),
         * 百威英博(Euronext:ABI)(NYSE:BUD), 香港建设(控股)(00190)): the name is before it */
        int32_t before_bracket = ne;
        if (ne == i)
            ne = bracket_start_before(art, ne);
        if (ne >= 3 && gx_is_upper(cp[ne - 1]) && (cp[ne - 2] == '-' || (ne >= 4 && gx_is_upper(cp[ne - 2]) && cp[ne - 3] == '-')))
            ne -= cp[ne - 2] == '-' ? 2 : 3;
        gx_span name;
        if (!code_name(ix, art, ne, &name))
            continue;
        /* (a bracketed part of the name is the name's: 香港建设(控股)(00190)) */
        if (ne < before_bracket && name.end == ne && gx_er_bracket_name_part(ix, art, ne, before_bracket - 1))
            name.end = before_bracket;
        /* the star of a special-treatment mark belongs to the name (*ST盐湖) */
        if (name.start > 0 && art->cp[name.start - 1] == '*' && name.end - name.start > 2 && art->cp[name.start] == 'S')
            name.start--;
        int c = gx_add_candidate(art, name, GX_ENT_COMPANY, GX_SRC_TICKER, 0.98f,
                                 thing ? thing->name : NULL, -1);
        art->candidates.v[c].ticker = t;
        if (thing) {
            /* the gazetteer entry of that thing, so resolution links them */
            for (int k = gx_cand_pos_next(art, -1, name.start, false); k >= 0;
                 k = gx_cand_pos_next(art, k, name.start, false)) {
                gx_candidate *g = &art->candidates.v[k];
                if (g->source == GX_SRC_GAZETTEER && g->span.start == name.start && g->span.end == name.end)
                    art->candidates.v[c].lex_id = g->lex_id;
            }
        }
    }
}
