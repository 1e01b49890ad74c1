/* SPDX-License-Identifier: MIT */
/* The embedded lexicons load, and lookups find the longest term in the right direction. */
#include <stdlib.h>
#include <string.h>

#include "failing-alloc.h"
#include "private.h"
#include "suites.h"

static earn_allocator alloc;
static earn_lexicon *lex;

static void setup(void) {
  earn_allocator_init(&alloc, NULL);
  earn_error err;
  ck_assert_int_eq(earn_lexicon_new(&alloc, NULL, &lex, &err), EARN_OK);
}

static void teardown(void) { earn_lexicon_free(lex, &alloc); }

typedef struct forward_case {
  int category;
  earn_lang lang;
  const char *text;
  size_t pos;
  bool after_space;
  const char *term; /* NULL: no match */
  size_t end;
} forward_case;

static const forward_case forward_cases[] = {
    {EARN_LEX_UNIT, EARN_LANG_ZH, "5港元", 1, false, "港元", 7},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "5港仙", 1, false, "港仙", 7},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "5元", 1, false, "元", 4},
    {EARN_LEX_UNIT, EARN_LANG_JA, "5ドル", 1, false, "ドル", 7},
    {EARN_LEX_UNIT, EARN_LANG_JA, "5香港ドル", 1, false, "香港ドル", 13},
    {EARN_LEX_UNIT, EARN_LANG_EN, "5 percentage points", 2, true, "percentage points", 19},
    {EARN_LEX_UNIT, EARN_LANG_EN, "5 percent", 2, true, "percent", 9},
    {EARN_LEX_UNIT, EARN_LANG_EN, "5 Percent", 2, true, "percent", 9},
    {EARN_LEX_UNIT, EARN_LANG_EN, "5 percentile", 2, true, NULL, 0},
    {EARN_LEX_UNIT, EARN_LANG_EN, "6x", 1, false, "x", 2},
    {EARN_LEX_UNIT, EARN_LANG_EN, "6 x", 2, true, NULL, 0},
    {EARN_LEX_UNIT, EARN_LANG_EN, "6 xylophones", 2, true, NULL, 0},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "3个百分点", 1, false, "个百分点", 13},
    {EARN_LEX_UNIT, EARN_LANG_EN, "20 bps", 3, true, "bps", 6},
    {EARN_LEX_UNIT, EARN_LANG_JA, "12四半期", 2, false, "四半期", 11},
    {EARN_LEX_SCALE, EARN_LANG_EN, "1.2 billion", 4, true, "billion", 11},
    {EARN_LEX_SCALE, EARN_LANG_EN, "1.2bn", 3, false, "bn", 5},
    {EARN_LEX_SCALE, EARN_LANG_EN, "5m", 1, false, "m", 2},
    {EARN_LEX_SCALE, EARN_LANG_EN, "5 m", 2, true, NULL, 0},
    {EARN_LEX_SCALE, EARN_LANG_EN, "5 MM", 2, true, "MM", 4},
    {EARN_LEX_SCALE, EARN_LANG_EN, "5 mm", 2, true, NULL, 0},
    {EARN_LEX_SCALE, EARN_LANG_EN, "5 millions", 2, true, "millions", 10},
    {EARN_LEX_QUALIFIER, EARN_LANG_JA, "400以上", 3, false, "以上", 9},
    {EARN_LEX_QUALIFIER, EARN_LANG_JA, "3000万を超える", 7, false, "を超える", 19},
    {EARN_LEX_QUALIFIER, EARN_LANG_JA, "7000万近く", 7, false, "近く", 13},
    {EARN_LEX_QUALIFIER, EARN_LANG_EN, "5 or more", 2, true, "or more", 9},
    {EARN_LEX_QUALIFIER, EARN_LANG_EN, "about 5", 0, false, NULL, 0}, /* a prefix only */
    {EARN_LEX_WORD, EARN_LANG_JA, "三桁成長", 0, false, "三桁", 6},
    {EARN_LEX_WORD, EARN_LANG_EN, "double-digit growth", 0, false, "double-digit", 12},
    /* Metric words: the longest wins, and a word must not run on into a letter. */
    {EARN_LEX_METRIC, EARN_LANG_ZH, "归属于上市公司股东的净利润为", 0, false,
     "归属于上市公司股东的净利润", 39},
    {EARN_LEX_METRIC, EARN_LANG_JA, "親会社株主に帰属する当期純利益は", 0, false,
     "親会社株主に帰属する当期純利益", 45},
    {EARN_LEX_METRIC, EARN_LANG_EN, "Net revenues were", 0, false, "net revenues", 12},
    {EARN_LEX_METRIC, EARN_LANG_EN, "Revenuesharing", 0, false, NULL, 0},
    {EARN_LEX_METRIC, EARN_LANG_JA, "1株当たり当期純利益", 0, false, "1株当たり当期純利益", 28},
    {EARN_LEX_METRIC, EARN_LANG_ZH, "营业收入", 0, false, "营业收入", 12},
    {EARN_LEX_METRIC, EARN_LANG_JA, "营业收入", 0, false, NULL, 0}, /* a Chinese word */
    /* Cue words. */
    {EARN_LEX_CUE, EARN_LANG_ZH, "同比增长", 0, false, "同比", 6},
    {EARN_LEX_CUE, EARN_LANG_ZH, "较上年同期增长", 0, false, "较上年同期", 15},
    {EARN_LEX_CUE, EARN_LANG_EN, "year-over-year", 0, false, "year-over-year", 14},
    {EARN_LEX_CUE, EARN_LANG_EN, "per\nshare", 0, false, "per share", 9}, /* a wrapped line */
    {EARN_LEX_CUE, EARN_LANG_JA, "前年同期比3.5％増", 0, false, "前年同期比", 15},
    {EARN_LEX_NOUN, EARN_LANG_JA, "企業顧客の", 0, false, "企業顧客", 12},
    {EARN_LEX_NOUN, EARN_LANG_EN, "monthly active users", 0, false, "monthly active users", 20},
    {EARN_LEX_NOUN, EARN_LANG_EN, "usership", 0, false, NULL, 0},
};

/* What the metric and cue files say about their words. */
typedef struct attr_case {
  int category;
  earn_lang lang;
  const char *text;
  const char *metric_or_cue; /* metric id, or the cue's number as text */
  uint8_t flags;             /* flags that must be set */
  uint8_t basis;             /* earn_basis + 1, or 0 */
} attr_case;

static const attr_case attr_cases[] = {
    {EARN_LEX_METRIC, EARN_LANG_EN, "net loss", "net_income", EARN_LEXF_NEG, 0},
    {EARN_LEX_METRIC, EARN_LANG_EN, "diluted net income per ADS", "eps",
     EARN_LEXF_ADS | EARN_LEXF_DILUTED | EARN_LEXF_PER_SHARE, 0},
    {EARN_LEX_METRIC, EARN_LANG_ZH, "扣非净利润", "net_income", 0, EARN_BASIS_ADJUSTED + 1},
    {EARN_LEX_METRIC, EARN_LANG_ZH, "基本每股收益", "eps", EARN_LEXF_BASIC | EARN_LEXF_PER_SHARE,
     0},
    {EARN_LEX_METRIC, EARN_LANG_JA, "営業損失", "operating_income", EARN_LEXF_NEG, 0},
    {EARN_LEX_METRIC, EARN_LANG_EN, "operating expenses", "other", 0, 0},
    {EARN_LEX_METRIC, EARN_LANG_ZH, "月活跃用户", "users", 0, 0},
};

START_TEST(test_attributes) {
  const attr_case *c = &attr_cases[_i];
  size_t end = 0;
  const earn_lex_entry *e =
      earn_lexicon_match(lex, c->category, c->lang, c->text, strlen(c->text), 0, 0, &end);
  ck_assert_msg(e != NULL && end == strlen(c->text), "\"%s\" is no whole term", c->text);
  ck_assert_str_eq(e->unit, c->metric_or_cue);
  ck_assert_msg((e->flags & c->flags) == c->flags, "\"%s\": flags %#x, want %#x set", c->text,
                e->flags, c->flags);
  ck_assert_int_eq(e->basis, c->basis);
}
END_TEST

/* The two-byte test never refuses a position where a term starts. */
START_TEST(test_may_start) {
  static const char *const texts[] = {"营业收入为",    "Revenue was", "per\nshare",
                                      "1株当たり利益", "前年同期比",  "x"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    size_t end = 0, len = strlen(texts[i]);
    for (int cat = EARN_LEX_METRIC; cat <= EARN_LEX_CUE; cat++)
      for (earn_lang lang = EARN_LANG_EN; lang <= EARN_LANG_ZH; lang++)
        if (earn_lexicon_match(lex, cat, lang, texts[i], len, 0, 0, &end))
          ck_assert_msg(earn_lexicon_may_start(lex, cat, texts[i], len, 0), "%s", texts[i]);
  }
  ck_assert(!earn_lexicon_may_start(lex, EARN_LEX_METRIC, "x", 1, 0));
  ck_assert(!earn_lexicon_may_start(lex, EARN_LEX_METRIC, "x", 1, 1));
}
END_TEST

START_TEST(test_forward) {
  const forward_case *c = &forward_cases[_i];
  size_t end = 0;
  const earn_lex_entry *e = earn_lexicon_match(lex, c->category, c->lang, c->text, strlen(c->text),
                                               c->pos, c->after_space, &end);
  if (!c->term) {
    ck_assert_msg(e == NULL, "%s: unexpected match %s", c->text, e ? e->term : "");
    return;
  }
  ck_assert_msg(e != NULL, "%s: no match", c->text);
  ck_assert_str_eq(e->term, c->term);
  ck_assert_uint_eq(end, c->end);
}
END_TEST

typedef struct backward_case {
  int category;
  earn_lang lang;
  const char *text; /* the term ends at the end of the text */
  const char *term;
  const char *unit;
} backward_case;

static const backward_case backward_cases[] = {
    {EARN_LEX_UNIT, EARN_LANG_EN, "revenue of US$", "US$", "USD"},
    {EARN_LEX_UNIT, EARN_LANG_EN, "revenue of HK$", "HK$", "HKD"},
    {EARN_LEX_UNIT, EARN_LANG_EN, "revenue of $", "$", "USD"},
    {EARN_LEX_UNIT, EARN_LANG_EN, "revenue of RMB", "RMB", "CNY"},
    {EARN_LEX_UNIT, EARN_LANG_EN, "revenue of XRMB", NULL, NULL},
    {EARN_LEX_UNIT, EARN_LANG_JA, "売上高¥", "¥", "JPY"},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "营收¥", "¥", "CNY"},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "营收人民币", "人民币", "CNY"},
    {EARN_LEX_UNIT, EARN_LANG_ZH, "占比百分之", "百分之", "pct"},
    {EARN_LEX_QUALIFIER, EARN_LANG_EN, "grew more than", "more than", ""},
    {EARN_LEX_QUALIFIER, EARN_LANG_EN, "grew approximately", "approximately", ""},
    {EARN_LEX_QUALIFIER, EARN_LANG_EN, "turnover", NULL, NULL},
    {EARN_LEX_QUALIFIER, EARN_LANG_ZH, "用户超过", "超过", ""},
    {EARN_LEX_QUALIFIER, EARN_LANG_JA, "売上高約", "約", ""},
    {EARN_LEX_NOUN, EARN_LANG_JA, "66PLUSの会員数", "会員数", "members"},
    {EARN_LEX_NOUN, EARN_LANG_ZH, "月活跃用户", "月活跃用户", "users"},
    {EARN_LEX_LINK, EARN_LANG_ZH, "用户达", "达", ""},
};

START_TEST(test_backward) {
  const backward_case *c = &backward_cases[_i];
  size_t start = 0, len = strlen(c->text);
  const earn_lex_entry *e =
      earn_lexicon_match_before(lex, c->category, c->lang, c->text, len, &start);
  if (!c->term) {
    ck_assert_msg(e == NULL, "%s: unexpected match %s", c->text, e ? e->term : "");
    return;
  }
  ck_assert_msg(e != NULL, "%s: no match", c->text);
  ck_assert_str_eq(e->term, c->term);
  ck_assert_uint_eq(start, len - strlen(c->term));
  ck_assert_str_eq(e->unit, c->unit);
}
END_TEST

/* Allocation failures at every step of loading are reported, never crash or leak. */
START_TEST(test_oom) {
  failing_alloc state;
  bool succeeded = false;
  for (long fail_at = 1; fail_at < 2000 && !succeeded; fail_at++) {
    earn_alloc hooks = failing_hooks(&state, fail_at);
    earn_allocator a;
    earn_allocator_init(&a, &hooks);
    earn_lexicon *l = NULL;
    earn_error err;
    earn_status st = earn_lexicon_new(&a, NULL, &l, &err);
    if (st == EARN_OK) {
      succeeded = true;
      earn_lexicon_free(l, &a);
    } else {
      ck_assert_int_eq(st, EARN_ERR_NOMEM);
    }
    ck_assert_int_eq(state.live, 0);
  }
  ck_assert(succeeded);
}
END_TEST

/* No data file states a row twice: a copy hides which of two edits is meant. */
static int compare_rows(const void *a, const void *b) {
  const char *const *x = a, *const *y = b;
  return strcmp(*x, *y);
}

START_TEST(test_no_repeated_rows) {
  const earn_embedded *file = &earn_embedded_lexicons[_i];
  size_t pos = 0, line_no = 0, len, n = 0;
  const char *line;
  char **rows = NULL;
  while (earn_data_next_line(file, &pos, &line_no, &line, &len)) {
    rows = realloc(rows, (n + 1) * sizeof *rows);
    ck_assert_ptr_nonnull(rows);
    rows[n] = strndup(line, len);
    ck_assert_ptr_nonnull(rows[n]);
    n++;
  }
  qsort(rows, n, sizeof *rows, compare_rows);
  for (size_t i = 1; i < n; i++)
    ck_assert_msg(strcmp(rows[i - 1], rows[i]) != 0, "%s states twice: %s", file->name, rows[i]);
  for (size_t i = 0; i < n; i++)
    free(rows[i]);
  free(rows);
}
END_TEST

Suite *lexicon_suite(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("lookup");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_forward, 0, sizeof forward_cases / sizeof forward_cases[0]);
  tcase_add_loop_test(tc, test_backward, 0, sizeof backward_cases / sizeof backward_cases[0]);
  tcase_add_loop_test(tc, test_attributes, 0, sizeof attr_cases / sizeof attr_cases[0]);
  tcase_add_test(tc, test_may_start);
  tcase_add_loop_test(tc, test_no_repeated_rows, 0, (int)earn_embedded_lexicon_count);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_test(oom, test_oom);
  tcase_set_timeout(oom, 60);
  suite_add_tcase(s, oom);
  return s;
}
