/* SPDX-License-Identifier: MIT */
/* The PCRE2 rules for dates, periods and names: which rule fires where, over which bytes, and
   the normalised label it gives. Spans are byte offsets into the folded text. */
#include <string.h>

#include "private.h"
#include "suites.h"

static earn_allocator alloc;
static earn_patterns *patterns;

static void setup(void) {
  earn_allocator_init(&alloc, NULL);
  earn_error err;
  ck_assert_int_eq(earn_patterns_new(&alloc, NULL, &patterns, &err), EARN_OK);
}

static void teardown(void) { earn_patterns_free(patterns); }

typedef struct pattern_case {
  const char *text;
  const char *match; /* the expected matched text (first hit); NULL: no hit at all */
  earn_qkind kind;
  const char *label;
  const char *rule;
} pattern_case;

#define HIT(t, m, k, l, r)                                                                         \
  { t, m, EARN_Q_##k, l, r }
#define NONE(t)                                                                                    \
  { t, NULL, EARN_Q_NUMBER, NULL, NULL }

static const pattern_case cases[] = {
    /* Japanese and Chinese fiscal and calendar periods */
    HIT("2026年度第3四半期の業績", "2026年度第3四半期", PERIOD, "FY2026Q3", "period.ja.fy_quarter"),
    HIT("2026年3月期第3四半期", "2026年3月期第3四半期", PERIOD, "FY2026Q3",
        "period.ja.fy_end_quarter"),
    HIT("2026年3月期の通期", "2026年3月期", PERIOD, "FY2026", "period.ja.fy_end_quarter"),
    HIT("平成26年3月期決算", "平成26年3月期", PERIOD, "FY2014", "period.ja.era_fy_end"),
    HIT("令和元年3月期", "令和元年3月期", PERIOD, "FY2019", "period.ja.era_fy_end"),
    HIT("(自然年2025年第4四半期)", "自然年2025年第4四半期", PERIOD, "2025Q4",
        "period.calendar_quarter"),
    HIT("2025年第三季度营收", "2025年第三季度", PERIOD, "FY2025Q3", "period.zh.year_quarter"),
    HIT("2025年前三季度", "2025年前三季度", PERIOD, "FY2025Q1-Q3",
        "period.zh.year_quarters_to_date"),
    HIT("2025年上半年", "2025年上半年", PERIOD, "FY2025H1", "period.zh.year_half"),
    HIT("2025财年下半年", "2025财年下半年", PERIOD, "FY2025H2", "period.zh.year_half"),
    HIT("2025年12月季度", "2025年12月季度", PERIOD, "2025Q4", "period.zh.quarter_month"),
    HIT("截至2025年12月31日止三个月", "截至2025年12月31日止三个月", PERIOD, "3M@2025-12-31",
        "period.zh.months_ended"),
    HIT("2025年度の計画", "2025年度", PERIOD, "FY2025", "period.fiscal_year_cjk"),
    HIT("2025财年", "2025财年", PERIOD, "FY2025", "period.fiscal_year_zh"),
    HIT("10~12月期", "10~12月期", PERIOD, "M10-M12", "period.month_range"), /* ～ folded */
    HIT("2025年1-3月", "2025年1-3月", PERIOD, "2025M01-M03", "period.month_range"),
    HIT("第2四半期累計", "第2四半期", PERIOD, "Q2", "period.ja.quarter"),
    HIT("第四季度", "第四季度", PERIOD, "Q4", "period.zh.quarter"),
    HIT("三季度净利润", "三季度", PERIOD, "Q3", "period.zh.quarter_short"),
    HIT("前三季度", "前三季度", PERIOD, "Q1-Q3", "period.zh.quarters_to_date"),
    /* English periods */
    HIT("the fourth quarter of fiscal 2025", "fourth quarter of fiscal 2025", PERIOD, "FY2025Q4",
        "period.en.quarter_of_year"),
    HIT("Third Quarter 2024 Results", "Third Quarter 2024", PERIOD, "FY2024Q3",
        "period.en.quarter_of_year"),
    HIT("in the 2nd quarter", "2nd quarter", PERIOD, "Q2", "period.en.quarter_of_year"),
    HIT("the first half of 2025", "first half of 2025", PERIOD, "FY2025H1",
        "period.en.half_of_year"),
    HIT("for the three months ended December 31, 2025", "three months ended December 31, 2025",
        PERIOD, "3M@2025-12-31", "period.en.months_ended"),
    HIT("in fiscal 2025", "fiscal 2025", PERIOD, "FY2025", "period.en.fiscal_year"),
    HIT("Q1-Q3 sales", "Q1-Q3", PERIOD, "Q1-Q3", "period.en.q_range"),
    HIT("FY26 guidance", "FY26", PERIOD, "FY2026", "period.en.fy"),
    HIT("FY2025 Q4", "FY2025 Q4", PERIOD, "FY2025Q4", "period.en.fy"),
    HIT("Q3 FY26 results", "Q3 FY26", PERIOD, "FY2026Q3", "period.en.q_fy"),
    HIT("3Q25 margin", "3Q25", PERIOD, "FY2025Q3", "period.en.q_fy"),
    HIT("H1 2025", "H1 2025", PERIOD, "FY2025H1", "period.en.h_fy"),
    HIT("for the nine months", "nine months", PERIOD, "9M", "period.en.nine_months"),
    /* Dates */
    HIT("2023年3月19日、発表", "2023年3月19日", DATE, "2023-03-19", "date.ymd_cjk"),
    HIT("平成26年4月1日", "平成26年4月1日", DATE, "2014-04-01", "date.era_ymd"),
    HIT("2026年2月までに", "2026年2月", DATE, "2026-02", "date.ym_cjk"),
    HIT("3月17日に", "3月17日", DATE, "--03-17", "date.md_cjk"),
    HIT("今年2月", "2月", DATE, "--02", "date.m_cjk"),
    HIT("2025年には", "2025年", DATE, "2025", "date.y_cjk"),
    HIT("on December 31, 2025.", "December 31, 2025", DATE, "2025-12-31", "date.en_mdy"),
    HIT("Jan. 25, 2005", "Jan. 25, 2005", DATE, "2005-01-25", "date.en_mdy"),
    HIT("on 5 March 2026", "5 March 2026", DATE, "2026-03-05", "date.en_dmy"),
    HIT("in December 2025", "December 2025", DATE, "2025-12", "date.en_my"),
    HIT("at 5:00 p.m. ET", "5:00 p.m.", DATE, "T17:00", "date.time"),
    HIT("11日に", "11日", DATE, "---11", "date.d_cjk"),
    HIT("as of 2025-12-31", "2025-12-31", DATE, "2025-12-31", "date.iso"),
    HIT("2025/12/31現在", "2025/12/31", DATE, "2025-12-31", "date.ymd_slash"),
    HIT("12/31/2025", "12/31/2025", DATE, "2025-12-31", "date.mdy_slash"),
    /* Names and codes */
    HIT("(NYSE: BABA)", "NYSE: BABA", LABEL, "NYSE: BABA", "label.ticker"),
    HIT("HKEX: 3987.", "HKEX: 3987", LABEL, "HKEX: 3987", "label.ticker"),
    HIT("3987.HK", "3987.HK", LABEL, "3987.HK", "label.ticker_suffix"),
    HIT("股票代码:600519", "股票代码:600519", LABEL, "股票代码:600519", "label.stock_code"),
    HIT("Tel: +1 408-996-1010", "Tel: +1 408-996-1010", LABEL, NULL, "label.phone"),
    HIT("call 1-800-555-0199", "1-800-555-0199", LABEL, NULL, "label.phone"),
    HIT("(852) 3018-9939", "(852) 3018-9939", LABEL, NULL, "label.phone"),
    HIT("双11期间", "双11", LABEL, NULL, "label.event_date"),
    HIT("11.11期間中", "11.11", LABEL, NULL, "label.event_date"),
    HIT("Revenue(1) rose", "(1)", LABEL, NULL, "label.footnote"),
    HIT("売上高※1は", "※1", LABEL, NULL, "label.footnote"),
    HIT("1. Overview", "1.", LABEL, NULL, "label.list_marker"),
    HIT("1株当たり利益", "1株当たり", LABEL, NULL, "label.per_share"),
    HIT("每10股派", "每10股", LABEL, NULL, "label.per_share"),
    HIT("Form 10-K", "10-K", LABEL, NULL, "label.form"),
    HIT("第98期", "第98", LABEL, NULL, "label.ordinal_cjk"),
    HIT("施策③の効果", "③", LABEL, NULL, "label.enclosed_number"),
    HIT("③の施策", "③", LABEL, NULL, "label.list_marker"),
    /* Not dates, periods or names */
    NONE("revenue of $5.2 billion"),
    NONE("前年比27%増"),
    NONE("7000万近く"),
    NONE("up 5% year over year"),
    NONE("1.5 million users"),
};

START_TEST(test_pattern) {
  const pattern_case *c = &cases[_i];
  earn_pattern_scan *scan = earn_pattern_scan_new(patterns);
  ck_assert_ptr_nonnull(scan);
  earn_pattern_hit hit;
  earn_status failed;
  /* The cases are written folded: full-width text would be folded first by earn_text. */
  bool found = earn_pattern_next(scan, c->text, strlen(c->text), 0, &hit, &failed);
  earn_pattern_scan_free(scan);
  ck_assert_int_eq(failed, EARN_OK);
  if (!c->match) {
    ck_assert_msg(!found, "%s: unexpected %s [%zu,%zu)", c->text, found ? hit.rule : "",
                  found ? hit.start : 0, found ? hit.end : 0);
    return;
  }
  ck_assert_msg(found, "%s: no match", c->text);
  const char *at = strstr(c->text, c->match);
  ck_assert_ptr_nonnull(at);
  ck_assert_msg(hit.start == (size_t)(at - c->text) && hit.end == hit.start + strlen(c->match),
                "%s: span [%zu,%zu), want \"%s\"", c->text, hit.start, hit.end, c->match);
  ck_assert_int_eq(hit.kind, c->kind);
  ck_assert_str_eq(hit.rule, c->rule);
  if (c->label)
    ck_assert_str_eq(hit.label, c->label);
}
END_TEST

Suite *patterns_suite(void) {
  Suite *s = suite_create("patterns");
  TCase *tc = tcase_create("rules");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_pattern, 0, sizeof cases / sizeof cases[0]);
  suite_add_tcase(s, tc);
  return s;
}
