/* gx_wordlists.h — the rules' ordered word lists, loaded from data/lexicon/wordlists.tsv
 * (private to extract/; reached through the lexicon: gx_lexicon_words in gx_lexdata.h).
 *
 * A rule that needs a list itself (gx_word_at, gx_word_ending and friends take NULL-terminated
 * char32_t lists, first match wins) names it by a gx_word_list; the file holds `list<TAB>word`
 * lines in the order the rule reads them. Every list of GX_WORD_LISTS must have at least one
 * word and every line must name one of them: the load fails otherwise. Ownership: the lexicon
 * that loaded them (gx_lexicon_free frees them); the lists are immutable and shared by all
 * threads. */
#ifndef GX_WORDLISTS_H
#define GX_WORDLISTS_H

#include <stdint.h>
#include <uchar.h>

#include "gl_error.h"

/* X(enum name, name in wordlists.tsv); GX_WL__END closes the table (no list) */
#define GX_WORD_LISTS(X)                                                                           \
    X(GX_WL_NOT_A_NAME, "not_a_name")                                                              \
    X(GX_WL_HALT_LEAD, "halt_lead")                                                                \
    X(GX_WL_INDUSTRY_WORD, "industry_word")                                                        \
    X(GX_WL_SHARE_KIND, "share_kind")                                                              \
    X(GX_WL_ANNOUNCE_ADVERB, "announce_adverb")                                                    \
    X(GX_WL_GLOSS_OPEN, "gloss_open")                                                              \
    X(GX_WL_LIST_COUNT, "list_count")                                                              \
    X(GX_WL_RESUME_VERB, "resume_verb")                                                            \
    X(GX_WL_DEAL_HOLDER, "deal_holder")                                                            \
    X(GX_WL_PRICED_ASSET, "priced_asset")                                                          \
    X(GX_WL_KIN_WORD, "kin_word")                                                                  \
    X(GX_WL_SHAPE_FIRM_ENDING, "shape_firm_ending")                                                \
    X(GX_WL_FIRM_TASK, "firm_task")                                                                \
    X(GX_WL_POST_ADVERB, "post_adverb")                                                            \
    X(GX_WL_STAKE_VERB, "stake_verb")                                                              \
    X(GX_WL_UNIT_WORD, "unit_word")                                                                \
    X(GX_WL_DESCRIBER_KIND, "describer_kind")                                                      \
    X(GX_WL_AFTER_QUOTE, "after_quote")                                                            \
    X(GX_WL_THING_ENDING, "thing_ending")                                                          \
    X(GX_WL_INSTITUTION_END, "institution_end")                                                    \
    X(GX_WL_COMPANY_CONTEXT_AFTER, "company_context_after")                                        \
    X(GX_WL_COUNTRY_WORD, "country_word")                                                          \
    X(GX_WL_PARTY_NEXT, "party_next")                                                              \
    X(GX_WL_SHARE_COUNT_NOT, "share_count_not")                                                    \
    X(GX_WL_ROUND_NOT, "round_not")                                                                \
    X(GX_WL_PARALLEL_FIRM_HEAD, "parallel_firm_head")                                              \
    X(GX_WL_ROLE_PARTY_EDGE, "role_party_edge")                                                    \
    X(GX_WL_SOURCE_FIRM_WORD, "source_firm_word")                                                  \
    X(GX_WL_CLAUSE_POST_HOLD, "clause_post_hold")                                                  \
    X(GX_WL_CLAUSE_POST_OPEN, "clause_post_open")                                                  \
    X(GX_WL_RELATIVE_HOLD, "relative_hold")                                                        \
    X(GX_WL_EPITHET_CLOSE, "epithet_close")                                                        \
    X(GX_WL_PLACE_WORD, "place_word")                                                              \
    X(GX_WL_HALT_NOT_LAST, "halt_not_last")                                                        \
    X(GX_WL_RELATION_HOLDING, "relation_holding")                                                  \
    X(GX_WL_LATIN_TRADE, "latin_trade")                                                            \
    X(GX_WL_LATIN_FIRM_TITLE, "latin_firm_title")                                                  \
    X(GX_WL_CAMEL_PERSON_AFTER, "camel_person_after")                                              \
    X(GX_WL_FACTORY_NOT_END, "factory_not_end")                                                    \
    X(GX_WL_ROLE_PARTY_NOT_NAME, "role_party_not_name")                                            \
    X(GX_WL_SHARE_COUNT_QUALIFIER, "share_count_qualifier")                                        \
    X(GX_WL_SHARE_COUNT_VERB, "share_count_verb")                                                  \
    X(GX_WL_ROUND_VERB, "round_verb")                                                              \
    X(GX_WL_BRAND_CLOSING, "brand_closing")                                                        \
    X(GX_WL_SHORT_NAME_KIND, "short_name_kind")                                                    \
    X(GX_WL_WEAK_FORM_MOVE, "weak_form_move")                                                      \
    X(GX_WL_REPAIR_VERB, "repair_verb")                                                            \
    X(GX_WL_REPAIR_FIRM_WORD, "repair_firm_word")                                                  \
    X(GX_WL_ACCOUNT_WORD, "account_word")                                                          \
    X(GX_WL_TAGGER_PARTICLE, "tagger_particle")                                                    \
    X(GX_WL_PLATFORM_POST, "platform_post")                                                        \
    X(GX_WL_STAKE_PLAN, "stake_plan")                                                              \
    X(GX_WL_PARTY_ROLE, "party_role")                                                              \
    X(GX_WL_ARM_FIRM_WORD, "arm_firm_word")                                                        \
    X(GX_WL_ENGLISH_FIRST_TWO, "english_first_two")                                                \
    X(GX_WL_MOVE_VERB, "move_verb")                                                                \
    X(GX_WL_AUDIENCE_WORD, "audience_word")                                                        \
    X(GX_WL_DESCRIBED_MODIFIER, "described_modifier")                                              \
    X(GX_WL_GENERIC_QUANTIFIER, "generic_quantifier")                                              \
    X(GX_WL_DESCRIBER_BAD_ENDING, "describer_bad_ending")                                          \
    X(GX_WL_STAKE_BETWEEN, "stake_between")                                                        \
    X(GX_WL_ACQUIRED_AFTER, "acquired_after")                                                      \
    X(GX_WL_CONTEXT_WHEN, "context_when")                                                          \
    X(GX_WL_EDGE_PROFESSION, "edge_profession")                                                    \
    X(GX_WL_MANAGER_FIRM_END, "manager_firm_end")                                                  \
    X(GX_WL_MISSION_WORD, "mission_word")                                                          \
    X(GX_WL_EDGE_GOES_ON, "edge_goes_on")                                                          \
    X(GX_WL_DESCRIBED_NOT_FIRM, "described_not_firm")                                              \
    X(GX_WL_COUNTRY_UNIT_VERB, "country_unit_verb")                                                \
    X(GX_WL_FINANCIAL_LICENCE, "financial_licence")                                                \
    X(GX_WL_REPEATED_UNIT, "repeated_unit")                                                        \
    X(GX_WL_GLUED_ENDING, "glued_ending")                                                          \
    X(GX_WL_COPULA_WHEN, "copula_when")                                                            \
    X(GX_WL_PENALTY_WORD, "penalty_word")                                                          \
    X(GX_WL_CONTEXT_FIGURE, "context_figure")                                                      \
    X(GX_WL_BRANCH_WORD, "branch_word")                                                            \
    X(GX_WL_INNER_FIRM_WORD, "inner_firm_word")                                                    \
    X(GX_WL_STAKE_GAIN_VERB, "stake_gain_verb")                                                    \
    X(GX_WL_PLACE_HOLDER_EDGE, "place_holder_edge")                                                \
    X(GX_WL_COUNTERPART_DEAL, "counterpart_deal")                                                  \
    X(GX_WL_INVESTOR_MONEY, "investor_money")                                                      \
    X(GX_WL_DUI_HELD, "dui_held")                                                                  \
    X(GX_WL_ITEM_ALL, "item_all")                                                                  \
    X(GX_WL_CAMEL_FIRM_BEFORE, "camel_firm_before")                                                \
    X(GX_WL_DEAL_MODAL, "deal_modal")                                                              \
    X(GX_WL_LATIN_DEAL, "latin_deal")                                                              \
    X(GX_WL_BARE_BUSINESS, "bare_business")                                                        \
    X(GX_WL_AMONG_GOES_ON, "among_goes_on")                                                        \
    X(GX_WL_COPULA_ADDRESS, "copula_address")                                                      \
    X(GX_WL_AS_OPENER, "as_opener")                                                                \
    X(GX_WL_LIST_HEADCOUNT, "list_headcount")                                                      \
    X(GX_WL_LEGAL_TAIL, "legal_tail")                                                              \
    X(GX_WL_PLATFORM_POST_WORD, "platform_post_word")                                              \
    X(GX_WL_STAKE_ADVERB, "stake_adverb")                                                          \
    X(GX_WL_SELLER_VERB, "seller_verb")                                                            \
    X(GX_WL_SELLER_UNIT, "seller_unit")                                                            \
    X(GX_WL_BRACKET_OWN, "bracket_own")                                                            \
    X(GX_WL_DESCRIBER_FIRM_WORD, "describer_firm_word")                                            \
    X(GX_WL_ACQUIRE_VERB, "acquire_verb")                                                          \
    X(GX_WL_ASSOCIATION_WORD, "association_word")                                                  \
    X(GX_WL_FUND_PRODUCT_KIND, "fund_product_kind")                                                \
    X(GX_WL_PEER_JOIN, "peer_join")                                                                \
    X(GX_WL_NUMBERED_GROUP, "numbered_group")                                                      \
    X(GX_WL_RESPECTIVE_CUE, "respective_cue")                                                      \
    X(GX_WL_SHARED_ADVERB, "shared_adverb")                                                        \
    X(GX_WL_COUNTRY_BUSINESS_WORD, "country_business_word")                                        \
    X(GX_WL__END, "")

typedef enum gx_word_list {
#define GX_WL_ENUM(id, name) id,
    GX_WORD_LISTS(GX_WL_ENUM)
#undef GX_WL_ENUM
} gx_word_list;
#define GX_WL__COUNT GX_WL__END

typedef struct gx_wordlists gx_wordlists;

/* Loads data_dir/lexicon/wordlists.tsv; NULL with the reason in err. Caller frees. */
gx_wordlists *gx_wordlists_load(const char *data_dir, gl_error *err);
void gx_wordlists_free(gx_wordlists *wl); /* NULL ok */

/* The NULL-terminated list id, in the file's order. */
const char32_t *const *gx_wordlists_get(const gx_wordlists *wl, gx_word_list id);

/* The set of the last characters of list id's words (gx_word_last_set of gx_entity_util.h). */
uint64_t gx_wordlists_last(const gx_wordlists *wl, gx_word_list id);

#endif
