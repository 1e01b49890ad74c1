/* SPDX-License-Identifier: MIT */
/* What a document says about itself, read before its facts: the issuer, the release date,
   the period it reports and the month its fiscal year ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader.h"

/* The head of a release: its title and first paragraph name the issuer and the period. */
static size_t head_end(const earn_doc *doc) {
  size_t n = doc->text.len / 4;
  if (n < 1500)
    n = 1500;
  return n < doc->text.len ? n : doc->text.len;
}

static const char *label_of(const earn_doc *doc, const earn_quantity *q) {
  return doc->strings + q->label_off;
}

/* ---- dates and periods ------------------------------------------------------------------------
 */

static long parse_ymd(const char *label) {
  int y, m, d;
  if (strlen(label) == 10 && sscanf(label, "%4d-%2d-%2d", &y, &m, &d) == 3)
    return (long)y * 10000 + m * 100 + d;
  return 0;
}

/* "2026年3月期" and "平成26年3月期" say the month the fiscal year ends ("10～12月期" does not:
   that is a range of months). */
static int month_before_kimatsu(const earn_doc *doc, const earn_quantity *q) {
  const char *s = doc->text.s;
  if (strcmp(q->rule, "period.ja.fy_end_quarter") != 0 &&
      strcmp(q->rule, "period.ja.era_fy_end") != 0)
    return 0;
  for (size_t i = q->fstart; i + 6 <= q->fend; i++)
    if (memcmp(s + i, "月期", 6) == 0) {
      int m = 0, scale = 1;
      for (size_t k = i; k > q->fstart && s[k - 1] >= '0' && s[k - 1] <= '9' && scale <= 10; k--) {
        m += (s[k - 1] - '0') * scale;
        scale *= 10;
      }
      return m >= 1 && m <= 12 ? m : 0;
    }
  return 0;
}

static bool has_word(const char *s, size_t from, size_t to, const char *word) {
  size_t n = strlen(word);
  for (size_t i = from; i + n <= to; i++)
    if (strncasecmp(s + i, word, n) == 0)
      return true;
  return false;
}

/* A label of calendar months that covers one quarter: a calendar quarter, three months
   ended a day, or a range of three months with its year. */
static bool covers_a_quarter(const earn_plabel *l) {
  return l->type == EARN_PL_CALENDAR_Q ||
         ((l->type == EARN_PL_MONTHS || l->type == EARN_PL_MONTH_RANGE) && l->months == 3 &&
          l->year && l->month);
}

/* Set the fiscal year end, and the issuer's fiscal-year numbering, from a fiscal quarter and
   the calendar months it covers. */
static bool pair(earn_doc *doc, const earn_plabel *fiscal, const earn_plabel *calendar) {
  earn_report *r = &doc->report;
  earn_fperiod fp = {(short)fiscal->fy, (unsigned char)fiscal->qa, (unsigned char)fiscal->qb};
  int fye = earn_fye_from_pair(fp, calendar);
  if (!fye)
    return false;
  r->fye = fye;
  r->fye_known = true;
  /* The fiscal year by the calendar year it ends in, against the issuer's own number. */
  earn_fperiod by_end;
  if (earn_plabel_resolve(calendar, fye, 0, &by_end))
    r->fy_offset = fiscal->fy - by_end.fy;
  return true;
}

/* The fiscal quarter label i beside a calendar one (2026年度第3四半期(自然年2025年第4四半期)). */
static bool pair_adjacent(earn_doc *doc, size_t i, const earn_plabel *fiscal) {
  for (size_t j = i ? i - 1 : 0; j <= i + 1 && j < doc->nq; j++) {
    const earn_quantity *a = &doc->q[j < i ? j : i], *b = &doc->q[j < i ? i : j];
    earn_plabel c;
    if (j != i && b->fstart - a->fend < 48 && doc->q[j].kind == EARN_Q_PERIOD &&
        earn_plabel_parse(label_of(doc, &doc->q[j]), &c) && covers_a_quarter(&c) &&
        pair(doc, fiscal, &c))
      return true;
  }
  return false;
}

/* "THIRD QUARTER NET INCOME … 13 weeks ended November 2, 2024 … third quarter of fiscal
   2024": the quarter a release reports (its first period label) is the calendar quarter that
   ended shortly before the release; the issuer's number for that fiscal year is the latest
   one it gives that quarter. */
static bool pair_with_release(earn_doc *doc, size_t head) {
  const earn_report *r = &doc->report;
  earn_plabel fiscal = {0}, calendar = {0}, l;
  long release = r->release_date / 10000 * 12 + r->release_date / 100 % 100, calendar_key = 0;
  for (size_t i = 0; i < doc->nq; i++) {
    if (doc->q[i].kind != EARN_Q_PERIOD || !earn_plabel_parse(label_of(doc, &doc->q[i]), &l))
      continue;
    if (!fiscal.qb && doc->q[i].fstart < head && l.type == EARN_PL_FISCAL && l.qa == l.qb)
      fiscal = l; /* the quarter reported */
    if (covers_a_quarter(&l)) {
      long key = l.year * 12L + (l.type == EARN_PL_CALENDAR_Q ? l.month * 3 : l.month);
      if (key > calendar_key && key <= release && release - key <= 4) {
        calendar = l;
        calendar_key = key;
      }
    }
  }
  if (!r->release_date || !fiscal.qb || !calendar_key)
    return false;
  /* The year: the label's own, or the latest one given to the same quarter. */
  for (size_t i = 0; !fiscal.fy && i < doc->nq; i++)
    if (doc->q[i].kind == EARN_Q_PERIOD && earn_plabel_parse(label_of(doc, &doc->q[i]), &l) &&
        l.type == EARN_PL_FISCAL && l.fy && l.qa == fiscal.qa && l.qb == fiscal.qb)
      for (size_t j = i; j < doc->nq; j++)
        if (doc->q[j].kind == EARN_Q_PERIOD && earn_plabel_parse(label_of(doc, &doc->q[j]), &l) &&
            l.type == EARN_PL_FISCAL && l.qb == fiscal.qb && l.qa == fiscal.qa && l.fy > fiscal.fy)
          fiscal.fy = l.fy;
  if (!fiscal.fy)
    return false;
  return pair(doc, &fiscal, &calendar);
}

bool earn_report_resolve(const earn_doc *doc, const earn_plabel *l, int default_fy,
                         earn_fperiod *out) {
  if (!earn_plabel_resolve(l, doc->report.fye, default_fy, out))
    return false;
  if (l->type != EARN_PL_FISCAL) /* a period of calendar dates, named the issuer's way */
    out->fy = (short)(out->fy + doc->report.fy_offset);
  return true;
}

/* The fiscal year-end month: said outright (3月期), implied by a fiscal label next to the
   calendar one it covers, or by an interim report's six months; else December. */
static void read_fiscal_year_end(earn_doc *doc, size_t head) {
  earn_report *r = &doc->report;
  const char *s = doc->text.s;
  r->fye = 12;
  for (size_t i = 0; i < doc->nq; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind != EARN_Q_PERIOD && q->kind != EARN_Q_DATE)
      continue;
    int m = q->kind == EARN_Q_PERIOD ? month_before_kimatsu(doc, q) : 0;
    if (m) {
      r->fye = m;
      r->fye_known = true;
      return;
    }
    if (q->fstart >= head)
      continue;
    earn_plabel l, next;
    if (!earn_plabel_parse(label_of(doc, q), &l))
      continue;
    /* 2026年度第3四半期(自然年2025年第4四半期); "the quarter ended December 31, 2025, the
       third quarter of its fiscal year 2026"; "13 weeks ended November 2, 2024 … third quarter
       of fiscal 2024": a fiscal quarter and the calendar months it covers, in the head. */
    if (l.type == EARN_PL_FISCAL && l.fy && l.qa == l.qb && pair_adjacent(doc, i, &l))
      return;
    /* 截至2025年9月30日止第三季度: a day followed by the quarter it ends. */
    if (q->kind == EARN_Q_DATE && parse_ymd(label_of(doc, q)) && i + 1 < doc->nq &&
        doc->q[i + 1].fstart - q->fend <= 6 &&
        earn_plabel_parse(label_of(doc, &doc->q[i + 1]), &next) && next.type == EARN_PL_FISCAL &&
        next.qa == next.qb) {
      int month = (int)(parse_ymd(label_of(doc, q)) / 100 % 100);
      r->fye = (month + 3 * (4 - next.qb) - 1) % 12 + 1;
      r->fye_known = true;
      return;
    }
    /* "fiscal 2011 first quarter ended December 25, 2010": the quarter's last month. */
    if (l.type == EARN_PL_FISCAL && l.qa == l.qb && l.qb && i + 1 < doc->nq &&
        doc->q[i + 1].kind == EARN_Q_DATE && parse_ymd(label_of(doc, &doc->q[i + 1])) &&
        doc->q[i + 1].fstart - q->fend <= 12 &&
        has_word(s, q->fend, doc->q[i + 1].fstart, "ended")) {
      int month = (int)(parse_ymd(label_of(doc, &doc->q[i + 1])) / 100 % 100);
      r->fye = (month + 3 * (4 - l.qb) - 1) % 12 + 1;
      r->fye_known = true;
      return;
    }
    /* 截至2022年3月31日止年度: a year that ends in that month. */
    if (l.type == EARN_PL_MONTHS && l.months == 12 && l.month) {
      r->fye = l.month;
      r->fye_known = true;
      return;
    }
    /* An interim (half-year) report of six months ended a day. */
    if (l.type == EARN_PL_MONTHS && l.months == 6 && l.month &&
        (has_word(s, 0, head, "中期") || has_word(s, 0, head, "interim") ||
         has_word(s, 0, head, "半年") || has_word(s, 0, head, "half"))) {
      r->fye = (l.month + 6 - 1) % 12 + 1;
      r->fye_known = true;
      return;
    }
  }
  /* Said nowhere in the head: the quarter reported and the calendar quarter before the
     release. */
  pair_with_release(doc, head);
}

/* The year a label without one ("Fourth Quarter", 二季度) belongs to: the nearest year in the
   head. */
static int nearest_year(const earn_doc *doc, size_t at, size_t head) {
  int best = 0;
  size_t best_d = SIZE_MAX;
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind != EARN_Q_PERIOD && q->kind != EARN_Q_DATE)
      continue;
    const char *label = label_of(doc, q);
    int y = 0;
    earn_plabel l;
    if (earn_plabel_parse(label, &l))
      y = l.fy ? l.fy : l.year;
    else if (label[0] >= '1' && label[0] <= '2')
      y = atoi(label);
    if (y < 1900 || y > 2199)
      continue;
    size_t d = q->fstart > at ? q->fstart - at : at - q->fstart;
    if (d < best_d) {
      best_d = d;
      best = y;
    }
  }
  return best;
}

/* The fiscal year of a quarter named without its year ("Fourth Quarter and Full Year 2025"):
   the last such quarter that ended before the release date, or else the nearest year named
   in the head. */
static int year_of_quarter(const earn_doc *doc, const earn_plabel *l, size_t at, size_t head) {
  const earn_report *r = &doc->report;
  if (r->release_date && l->qb) {
    int y = (int)(r->release_date / 10000);
    for (int fy = y + 1; fy >= y - 1; fy--) {
      earn_fperiod p = {(short)fy, (unsigned char)l->qa, (unsigned char)l->qb};
      if (earn_fperiod_end_date(p, r->fye) < r->release_date)
        return fy + r->fy_offset; /* named the issuer's way */
    }
  }
  return nearest_year(doc, at, head);
}

/* "当連結会計年度（自 平成28年4月1日 至 平成29年3月31日）": the current period as a range of
   days, wherever it stands; a range after 前 or "prior" is the comparative one. With
   `said_current`, only a range that a word for the current period introduces. */
static bool read_date_range(earn_doc *doc, bool said_current) {
  earn_report *r = &doc->report;
  const char *s = doc->text.s;
  bool found = false;
  for (size_t i = 0; i + 1 < doc->nq; i++) {
    const earn_quantity *a = &doc->q[i], *b = &doc->q[i + 1];
    long from = a->kind == EARN_Q_DATE ? parse_ymd(label_of(doc, a)) : 0;
    long to = b->kind == EARN_Q_DATE ? parse_ymd(label_of(doc, b)) : 0;
    if (!from || !to || b->fstart - a->fend > 12 ||
        !(has_word(s, a->fend, b->fstart, "至") || has_word(s, a->fend, b->fstart, "to") ||
          has_word(s, a->fend, b->fstart, "~") || has_word(s, a->fend, b->fstart, "-")))
      continue;
    long months = (to / 10000 * 12 + to / 100 % 100) - (from / 10000 * 12 + from / 100 % 100) + 1;
    if (months != 3 && months != 6 && months != 9 && months != 12)
      continue;
    size_t back = a->fstart > 40 ? a->fstart - 40 : 0;
    bool earlier = has_word(s, back, a->fstart, "前") || has_word(s, back, a->fstart, "prior") ||
                   has_word(s, back, a->fstart, "previous");
    if (earlier)
      continue;
    int end_month = (int)(to / 100 % 100);
    if (months == 12 && !r->fye_known) {
      r->fye = end_month;
      r->fye_known = true;
    }
    bool current = has_word(s, back, a->fstart, "当") || has_word(s, back, a->fstart, "current") ||
                   has_word(s, back, a->fstart, "本期") || has_word(s, back, a->fstart, "报告期");
    if (said_current && !current)
      continue;
    earn_plabel l = {EARN_PL_MONTHS, 0, 0, 0, (int)(to / 10000), end_month, (int)months};
    found = earn_report_resolve(doc, &l, 0, &r->period);
    if (found && current) {
      r->period_at = a->fstart;
      break; /* said to be the current one */
    }
  }
  return found;
}

/* A fiscal quarter with its year that would end after the release reporting it ("June 19,
   2014 … fiscal 2014 Q4" cannot be a December year): the fiscal year ends in the month that
   puts the quarter's end two weeks to three months before the release. */
static void fye_from_release(earn_doc *doc, const earn_plabel *l) {
  earn_report *r = &doc->report;
  if (r->fye_known || !r->release_date || !l->fy || !l->qb)
    return;
  earn_fperiod p = {(short)l->fy, (unsigned char)l->qa, (unsigned char)l->qb};
  if (earn_fperiod_end_date(p, r->fye) < r->release_date)
    return; /* the default fits */
  long release = r->release_date / 10000 * 12 + r->release_date / 100 % 100 - 1;
  long best = 96;
  for (int fye = 1; fye <= 12; fye++) {
    long end = earn_fperiod_end_date(p, fye);
    long end_month = end / 10000 * 12 + end / 100 % 100 - 1;
    long days_before = (release - end_month) * 30 + r->release_date % 100 - end % 100;
    if (days_before >= 14 && days_before < best) { /* the latest quarter end that fits */
      best = days_before;
      r->fye = fye;
      r->fye_known = true;
    }
  }
}

/* Does the label's own text say it is fiscal ("fiscal 2014 Q4", "Q3 FY26")? A calendar-looking
   one ("Fourth Quarter 2025") is taken as calendar, and a release before its end is reported. */
static bool says_fiscal(const earn_doc *doc, const earn_quantity *q) {
  return has_word(doc->text.s, q->fstart, q->fend, "fiscal") ||
         has_word(doc->text.s, q->fstart, q->fend, "FY");
}

/* A label that names something other than the period reported: the target year of a plan
   ("2016～2020年度中期経営戦略", "平成31年３月期までに…を達成", "2030年目標") or the end of a
   span of years. */
static bool names_a_plan(const earn_doc *doc, const earn_quantity *q) {
  const char *s = doc->text.s;
  size_t after = skip_blanks(s, doc->text.len, q->fend), before = skip_blanks_back(s, q->fstart, 0);
  static const char *const plans[] = {"中期", "中長期", "計画", "計劃", "计划",     "规划",
                                      "戦略", "战略",   "目標", "目标", "ビジョン", "までに",
                                      "まで", "に向け", "愿景", "plan", "target",   "goal"};
  for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++)
    if (strncasecmp(s + after, plans[i], strlen(plans[i])) == 0)
      return true;
  /* A plan's own name may end the noun phrase the label starts: "2022年限制性股票激励计划",
     "2022 Equity Incentive Plan" (not 中期, which is also an interim period: 中期业绩). */
  static const char *const names[] = {"計画", "計劃", "计划",    "规划",  "戦略",
                                      "战略", "plan", "program", "scheme"};
  size_t chars = 0, len = doc->text.len;
  for (size_t p = after; p < len && chars < 12; chars++) {
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      if (strncasecmp(s + p, names[i], strlen(names[i])) == 0)
        return true;
    unsigned char c = (unsigned char)s[p];
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '\n' ||
        (c >= '0' && c <= '9') ||
        (p + 3 <= len && (memcmp(s + p, "、", 3) == 0 || memcmp(s + p, "。", 3) == 0)))
      break;
    p += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return before > 0 && (s[before - 1] == '~' || s[before - 1] == '-'); /* "2016～2020年度" */
}

/* Is the label at quantity q the period the head speaks of: a fiscal label, or a bare year
   that stands for one ("2021年净利", "for 2004")? */
static bool head_label(const earn_doc *doc, const earn_quantity *q, earn_plabel *l) {
  if (q->kind == EARN_Q_PERIOD)
    return earn_plabel_parse(label_of(doc, q), l);
  earn_fperiod p;
  return q->kind == EARN_Q_DATE && earn_quantity_period(doc, q, &p) &&
         earn_plabel_parse(label_of(doc, q), l);
}

/* Chinese and Japanese news open with context ("…召开2022年度工作会议。"); the period they report
   stands in the title or in a sentence with a figure. */
static bool in_sentence_with_figure(const earn_doc *doc, size_t i) {
  const char *s = doc->text.s;
  size_t a = doc->q[i].fstart, b = doc->q[i].fend, len = doc->text.len;
  while (a > 0 && s[a - 1] != '\n' && !(a >= 3 && memcmp(s + a - 3, "。", 3) == 0))
    a--;
  while (b < len && s[b] != '\n' && !(b + 3 <= len && memcmp(s + b, "。", 3) == 0))
    b++;
  if (a == 0 && (b >= len || s[b] == '\n'))
    return true; /* the title: "…公布2025年第三季度未经审计财务业绩" */
  for (size_t k = earn_doc_quantity_from(doc, a); k < doc->nq && doc->q[k].fstart < b; k++)
    if (doc->q[k].kind == EARN_Q_MONEY || doc->q[k].kind == EARN_Q_PERCENT)
      return true;
  return false;
}

/* Is the label at q the period a figure is compared with ("compared to $375.6 million in the
   fourth quarter of fiscal 2021", "versus the first quarter of 2023")? */
static bool of_comparison(const earn_doc *doc, const earn_quantity *q) {
  const char *s = doc->text.s;
  size_t floor = q->fstart > 160 ? q->fstart - 160 : 0;
  for (size_t p = q->fstart; p > floor; p--) {
    if (s[p - 1] == '.' && (p == q->fstart || s[p] == ' ' || s[p] == '\n'))
      return false; /* (the sentence before) */
    if (p < q->fstart && s[p] != ' ' && s[p] != '\n')
      continue; /* (cue words end before a blank) */
    static const char *const cues[] = {"compared", "versus", "vs.", "against", "from"};
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
      size_t n = strlen(cues[k]);
      if (p >= n && p - n >= floor && strncasecmp(s + p - n, cues[k], n) == 0 &&
          (p == n || s[p - n - 1] == ' ' || s[p - n - 1] == '\n'))
        return true; /* ("compared to", "compared\nwith": the first word says it) */
    }
  }
  return false;
}

static void read_period(earn_doc *doc, size_t head) {
  earn_report *r = &doc->report;
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
    earn_plabel l;
    if (doc->q[i].kind == EARN_Q_PERIOD && earn_plabel_parse(label_of(doc, &doc->q[i]), &l) &&
        l.type == EARN_PL_FISCAL && l.fy && l.qb && says_fiscal(doc, &doc->q[i])) {
      fye_from_release(doc, &l);
      break;
    }
  }
  /* "当連結会計年度（平成28年４月１日～平成29年３月31日）" says outright which period it is, and
     so does a label that names the fiscal year and its part ("2019财年第二财季", "fiscal 2026
     third quarter"), over a title's quarter with no year ("和信贷第三季财报"). */
  if (read_date_range(doc, true))
    return;
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
    const earn_quantity *q = &doc->q[i];
    earn_plabel l;
    if (q->kind == EARN_Q_PERIOD && earn_plabel_parse(label_of(doc, q), &l) &&
        l.type == EARN_PL_FISCAL && l.fy && l.qa > 0 && l.qb - l.qa < 3 && !names_a_plan(doc, q) &&
        !of_comparison(doc, q) &&
        (says_fiscal(doc, q) || has_word(doc->text.s, q->fstart, q->fend, "财年") ||
         has_word(doc->text.s, q->fstart, q->fend, "財年"))) {
      if (earn_report_resolve(doc, &l, l.fy, &r->period)) {
        r->period_at = q->fstart;
        return;
      }
    }
  }
  for (int pass = doc->lang == EARN_LANG_EN; pass < 2; pass++)
    for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
      const earn_quantity *q = &doc->q[i];
      earn_plabel l;
      if (!head_label(doc, q, &l) || names_a_plan(doc, q) || of_comparison(doc, q) ||
          (pass == 0 && !in_sentence_with_figure(doc, i)))
        continue;
      int year = l.fy ? l.fy : year_of_quarter(doc, &l, q->fstart, head);
      if (earn_report_resolve(doc, &l, year, &r->period)) {
        r->period_at = q->fstart;
        return;
      }
    }
  if (read_date_range(doc, false))
    return;
  /* A text that names only the periods it compares with ("compared to $1.0 billion in the
     fourth quarter of fiscal 2021") reports the same part of the year after. */
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
    const earn_quantity *q = &doc->q[i];
    earn_plabel l;
    if (!head_label(doc, q, &l) || !l.fy || !of_comparison(doc, q))
      continue;
    l.fy++;
    if (earn_report_resolve(doc, &l, l.fy, &r->period)) {
      r->period_at = q->fstart;
      return;
    }
  }
}

static void read_release_date(earn_doc *doc, size_t head) {
  earn_report *r = &doc->report;
  /* A release is dated at its top, before its figures; a date further down is of something
     it tells ("2025年5月13日に公表した予想"). */
  if (head > 800)
    head = 800;
  /* A headline may carry figures ("...売上高14%増") above the dateline. */
  const char *nl = memchr(doc->text.s, '\n', doc->text.len < head ? doc->text.len : head);
  size_t title_end = nl ? (size_t)(nl - doc->text.s) : 0;
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++)
    if ((doc->q[i].kind == EARN_Q_MONEY || doc->q[i].kind == EARN_Q_PERCENT) &&
        doc->q[i].fstart > title_end) {
      head = doc->q[i].fstart;
      break;
    }
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < head; i++) {
    const earn_quantity *q = &doc->q[i];
    long ymd = q->kind == EARN_Q_DATE ? parse_ymd(label_of(doc, q)) : 0;
    if (!ymd)
      continue;
    /* A date right after 截至 / ended, or the end of a range (～2025年12月31日), is the end
       of a period, not the release. */
    size_t b = q->fstart;
    const char *s = doc->text.s;
    size_t before = b;
    while (before > 0 && s[before - 1] == ' ')
      before--;
    bool dash_after_digit =
        before >= 2 && s[before - 1] == '-' && s[before - 2] >= '0' && s[before - 2] <= '9';
    if ((before >= 1 && s[before - 1] == '~') || dash_after_digit ||
        (before >= 3 &&
         (memcmp(s + before - 3, "至", 3) == 0 || memcmp(s + before - 3, "到", 3) == 0)))
      continue;
    if ((b >= 6 && (memcmp(s + b - 6, "截至", 6) == 0 || memcmp(s + b - 6, "截止", 6) == 0)) ||
        (b >= 6 && strncasecmp(s + b - 6, "ended ", 6) == 0) ||
        (b >= 3 && strncmp(s + b - 3, "of ", 3) == 0))
      continue;
    /* The first day of a range ("2025年7月1日至9月30日") is no release date either. */
    size_t e = q->fend;
    while (e < doc->text.len && s[e] == ' ')
      e++;
    /* ("March 5, 2026 -- Example Corp. today…" is a dateline, not a range.) */
    size_t after_dash = e + 1;
    while (after_dash < doc->text.len && s[after_dash] == ' ')
      after_dash++;
    bool dash_range =
        s[e] == '-' && after_dash < doc->text.len && s[after_dash] >= '0' && s[after_dash] <= '9';
    if (strncmp(s + e, "至", 3) == 0 || strncmp(s + e, "到", 3) == 0 || s[e] == '~' || dash_range ||
        strncmp(s + e, "to ", 3) == 0 || strncmp(s + e, "through", 7) == 0)
      continue;
    r->release_date = ymd;
    r->fdate[0] = q->fstart;
    r->fdate[1] = q->fend;
    if (earn_doc_store(doc, s + q->fstart, q->fend - q->fstart, &r->date_off))
      r->date_len = q->fend - q->fstart;
    return;
  }
}

/* Does the text write growth as a ratio to the year before ("4,967億円（前期比100.8％）")? A
   percentage of 50 to 200 after 比 or 同, with no word of direction after it, says so. */
static bool writes_ratio_rates(const earn_doc *doc) {
  if (doc->lang != EARN_LANG_JA)
    return false;
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  static const earn_decimal lo = {50, 0, 0}, hi = {200, 0, 0};
  for (size_t i = 0; i < doc->nq; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind != EARN_Q_PERCENT || !q->has_value || earn_decimal_cmp(q->value, lo) < 0 ||
        earn_decimal_cmp(q->value, hi) > 0)
      continue;
    size_t p = skip_blanks_back(s, q->fstart, 0), a = skip_blanks(s, len, q->fend);
    bool after_cue = p >= 3 && (memcmp(s + p - 3, "比", 3) == 0 || memcmp(s + p - 3, "同", 3) == 0);
    bool undirected =
        a >= len || s[a] == ')' || s[a] == ',' || s[a] == '\n' ||
        (a + 3 <= len && (memcmp(s + a, "、", 3) == 0 || memcmp(s + a, "と", 3) == 0 ||
                          memcmp(s + a, "。", 3) == 0));
    if (after_cue && undirected)
      return true;
  }
  return false;
}

void earn_read_report(earn_doc *doc) {
  size_t head = head_end(doc);
  earn_read_issuer(doc, head);
  /* A flash report of results is actual even where it says 预计 (expected); a forecast or a
     profit warning states what the period it reports is expected to bring. */
  size_t top = head < 600 ? head : 600;
  static const char *const flash[] = {"快报", "快報"};
  static const char *const forecasts[] = {"业绩预告", "預告",     "预增",           "预减",
                                          "预降",     "预盈",     "预亏",           "盈利预警",
                                          "盈利警告", "盈利預警", "profit warning", "profit alert"};
  for (size_t i = 0; i < sizeof flash / sizeof flash[0]; i++)
    doc->report.preliminary |= has_word(doc->text.s, 0, top, flash[i]);
  for (size_t i = 0; i < sizeof forecasts / sizeof forecasts[0]; i++)
    doc->report.forecast |= has_word(doc->text.s, 0, top, forecasts[i]);
  /* 业绩快报暨业绩预告修正公告: the flash report's figures replace the forecast it revises */
  if (doc->report.preliminary)
    doc->report.forecast = false;
  doc->report.ratio_rates = writes_ratio_rates(doc);
  read_release_date(doc, head);
  read_fiscal_year_end(doc, head);
  read_period(doc, head);
}
