/* SPDX-License-Identifier: MIT */
/* Normalised labels for the dates and periods the pattern rules find: 2026-03-17, --03, T17:00,
   FY2026Q3, 2025Q4, FY2014, Q1-Q3, 3M@2025-12-31, M10-M12. */
#include <stdio.h>
#include <string.h>

#include "patterns.h"

const char *const earn_group_names[G_COUNT] = {"y",      "m",  "d",  "mn", "fy", "fy2", "q",
                                               "h",      "cy", "cq", "qa", "qb", "era", "ey",
                                               "months", "ma", "mb", "hh", "mi"};

/* The text of the first group named `g` that took part in the match, or NULL. */
static const char *group_text(const earn_groups *gr, int g, size_t *len) {
  for (size_t i = 0; i < gr->names->count[g]; i++) {
    uint32_t n = gr->names->number[g][i];
    if (gr->ov[2 * n] != SIZE_MAX) {
      *len = gr->ov[2 * n + 1] - gr->ov[2 * n];
      return gr->s + gr->ov[2 * n];
    }
  }
  return NULL;
}

static bool starts_with_ci(const char *s, size_t len, const char *word) {
  size_t wl = strlen(word);
  if (len < wl)
    return false;
  for (size_t i = 0; i < wl; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c != word[i])
      return false;
  }
  return true;
}

/* The kanji digit at t (一 to 九, 〇 and 零 for zero), its length in *n; -1 if none. */
static int kanji_digit(const char *t, size_t len, size_t *n) {
  static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  *n = 3;
  if (len >= 3 && memcmp(t, "零", 3) == 0)
    return 0;
  for (int i = 0; i < 10; i++)
    if (len >= 3 && memcmp(t, digits[i], 3) == 0)
      return i;
  return -1;
}

/* A number in kanji: a run of digits read place by place (二〇二一 = 2021) or a count with
   十 (十二 = 12, 三十一 = 31, 二十 = 20); -1 if the text is none. */
static int kanji_int(const char *t, size_t len) {
  size_t i = 0, n;
  int v = 0, d, tens = -1;
  while (i < len) {
    if (len - i >= 3 && memcmp(t + i, "十", 3) == 0) {
      if (tens >= 0)
        return -1;
      tens = v ? v : 1;
      v = 0;
      i += 3;
      continue;
    }
    if ((d = kanji_digit(t + i, len - i, &n)) < 0)
      break;
    v = v * 10 + d;
    i += n;
  }
  if (i == 0)
    return -1;
  return tens >= 0 ? tens * 10 + v : v;
}

/* A small number written as digits, a kanji number, an ordinal or month word, or 上/下/元;
   -1 when the group is absent or unreadable. */
static int group_int(const earn_groups *gr, int g) {
  static const char *const words[] = {"first", "second", "third", "fourth"};
  static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char *const spelled[] = {"three",       "six",       "nine",
                                        "twelve",      "thirteen",  "twenty-six",
                                        "thirty-nine", "fifty-two", "fifty-three"};
  static const int spelled_values[] = {3, 6, 9, 12, 13, 26, 39, 52, 53};
  size_t len = 0;
  const char *t = group_text(gr, g, &len);
  if (!t || len == 0)
    return -1;
  if (t[0] >= '0' && t[0] <= '9') {
    int v = 0;
    for (size_t i = 0; i < len && i < 4 && t[i] >= '0' && t[i] <= '9'; i++)
      v = v * 10 + (t[i] - '0');
    return v;
  }
  for (int i = 0; i < 4; i++)
    if (starts_with_ci(t, len, words[i]))
      return i + 1;
  for (int i = 0; i < (int)(sizeof spelled / sizeof spelled[0]); i++)
    if (starts_with_ci(t, len, spelled[i]) && len == strlen(spelled[i]))
      return spelled_values[i];
  for (int i = 0; i < 12; i++)
    if (starts_with_ci(t, len, months[i]))
      return i + 1;
  int k = kanji_int(t, len);
  if (k >= 0)
    return k;
  if (starts_with_ci(t, len, "上") || starts_with_ci(t, len, "中間") ||
      starts_with_ci(t, len, "元"))
    return 1;
  if (starts_with_ci(t, len, "下"))
    return 2;
  return -1;
}

/* The Gregorian year of a Japanese era year (平成26年 = 2014). */
static int era_year(const earn_groups *gr) {
  size_t len = 0;
  const char *era = group_text(gr, G_ERA, &len);
  int n = group_int(gr, G_EY);
  if (!era || n < 0)
    return -1;
  if (starts_with_ci(era, len, "令和"))
    return 2018 + n;
  if (starts_with_ci(era, len, "平成"))
    return 1988 + n;
  return 1925 + n; /* 昭和 */
}

/* 5:00 p.m. -> T17:00. */
static bool time_label(const earn_groups *gr, char *out, size_t cap) {
  int hh = group_int(gr, G_HH), mi = group_int(gr, G_MI);
  if (hh < 0 || mi < 0)
    return false;
  const char *t = gr->s + gr->ov[0];
  size_t n = gr->ov[1] - gr->ov[0];
  const char *colon = memchr(t, ':', n);
  bool pm = colon && (memchr(colon, 'p', n - (size_t)(colon - t)) ||
                      memchr(colon, 'P', n - (size_t)(colon - t)));
  if (pm && hh < 12)
    hh += 12;
  snprintf(out, cap, "T%02d:%02d", hh, mi);
  return true;
}

static void date_label(const earn_groups *gr, char *out, size_t cap) {
  if (time_label(gr, out, cap))
    return;
  int y = group_int(gr, G_Y), m = group_int(gr, G_M), d = group_int(gr, G_D);
  if (y < 0)
    y = era_year(gr);
  else if (y < 100)
    y += 2000;
  if (m < 0)
    m = group_int(gr, G_MN);
  if (y >= 0 && m > 0 && d > 0)
    snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
  else if (y >= 0 && m > 0)
    snprintf(out, cap, "%04d-%02d", y, m);
  else if (y >= 0)
    snprintf(out, cap, "%04d", y);
  else if (m > 0 && d > 0)
    snprintf(out, cap, "--%02d-%02d", m, d);
  else if (m > 0)
    snprintf(out, cap, "--%02d", m);
  else if (d > 0)
    snprintf(out, cap, "---%02d", d);
}

static void period_label(const earn_groups *gr, const char *rule_id, char *out, size_t cap) {
  int fy = group_int(gr, G_FY), q = group_int(gr, G_Q), h = group_int(gr, G_H);
  if (strcmp(rule_id, "period.zh.half_year_report") == 0)
    h = 1; /* 2025年半年度报告: the first half */
  int cy = group_int(gr, G_CY), cq = group_int(gr, G_CQ), months = group_int(gr, G_MONTHS);
  if (strcmp(rule_id, "period.en.quarter_ended") == 0 ||
      strcmp(rule_id, "period.en.month_quarter") == 0)
    months = 3; /* "quarter ended December 31, 2025", "the December quarter 2024": three months */
  else if (strcmp(rule_id, "period.en.weeks_ended") == 0)
    months = months >= 52 ? 12 : months * 3 / 13; /* 13, 26, 39 weeks of a 52/53-week year */
  else if (strcmp(rule_id, "period.en.year_ended") == 0 ||
           strcmp(rule_id, "period.zh.year_ended") == 0)
    months = 12;
  int qa = group_int(gr, G_QA), qb = group_int(gr, G_QB);
  int y = group_int(gr, G_Y), m = group_int(gr, G_M), d = group_int(gr, G_D);
  size_t n = 0;
  out[0] = '\0';
#define APPEND(...)                                                                                \
  do {                                                                                             \
    if (n < cap) {                                                                                 \
      int w = snprintf(out + n, cap - n, __VA_ARGS__);                                             \
      n += w > 0 ? (size_t)w : 0;                                                                  \
    }                                                                                              \
  } while (0)
  if (fy < 0 && group_int(gr, G_FY2) >= 0)
    fy = 2000 + group_int(gr, G_FY2);
  if (fy < 0 && group_int(gr, G_EY) >= 0)
    fy = era_year(gr);
  int ma = group_int(gr, G_MA), mb = group_int(gr, G_MB);
  if (ma > 0 && mb > 0) {
    if (y > 0)
      APPEND("%04d", y);
    APPEND("M%02d-M%02d", ma, mb); /* 10～12月期 */
    return;
  }
  if (cy >= 0 && cq > 0) {
    APPEND("%04dQ%d", cy, cq);
    return;
  }
  if (strcmp(rule_id, "period.zh.quarter_month") == 0 && y > 0 && m > 0) {
    APPEND("%04dQ%d", y, (m + 2) / 3); /* the calendar quarter that ends in that month */
    return;
  }
  if (fy >= 0)
    APPEND("FY%04d", fy);
  if (q > 0)
    APPEND("Q%d", q);
  else if (h > 0)
    APPEND("H%d", h);
  else if (qb > 0)
    APPEND("Q%d-Q%d", qa > 0 ? qa : 1, qb);
  else if (months > 0) {
    APPEND("%dM", months);
    if (y > 0 && m > 0 && d > 0)
      APPEND("@%04d-%02d-%02d", y, m, d);
    else if (y > 0 && group_int(gr, G_MN) > 0 && d > 0)
      APPEND("@%04d-%02d-%02d", y, group_int(gr, G_MN), d);
    else if (y > 0 && group_int(gr, G_MN) > 0)
      APPEND("@%04d-%02d", y, group_int(gr, G_MN));
  }
#undef APPEND
}

/* ---- where to look ------------------------------------------------------------------ */

void earn_pattern_label(const earn_groups *gr, earn_qkind kind, const char *rule_id, char *out,
                        size_t cap) {
  out[0] = '\0';
  if (kind == EARN_Q_DATE)
    date_label(gr, out, cap);
  else if (kind == EARN_Q_PERIOD)
    period_label(gr, rule_id, out, cap);
}
