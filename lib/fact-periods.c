/* SPDX-License-Identifier: MIT */
/* Periods in the fact reader: the fiscal period a period label or a period word of a sentence
   names. Which frame it dates is the frames' business (frame.c). */
#include <strings.h>

#include "reader.h"

earn_fperiod earn_report_relative(const earn_doc *doc, int cue) {
  earn_fperiod p = doc->report.period, none = {0, 0, 0};
  if (p.fy <= 0)
    return none;
  switch (cue) {
  case EARN_CUE_P_FY:
    return (earn_fperiod){p.fy, 1, 4};
  case EARN_CUE_P_H1:
    return (earn_fperiod){p.fy, 1, 2};
  case EARN_CUE_P_H2:
    return (earn_fperiod){p.fy, 3, 4};
  case EARN_CUE_P_YTD:
    return (earn_fperiod){p.fy, 1, p.qb};
  default:
    return p;
  }
}

/* A period label (or a bare year after "for", "in", "fiscal") as a fiscal period. */
bool earn_quantity_period(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out) {
  earn_plabel l;
  const char *label = doc->strings + q->label_off;
  if (!earn_plabel_parse(label, &l))
    return false;
  if (q->kind == EARN_Q_DATE && doc->lang != EARN_LANG_EN) {
    /* "2025年全年营业收入", "预计2021年盈利", "星河电器2024年净利3.2亿元", "2025年，公司…":
       a year on its own (2025年, not 2025年3月) is that fiscal year, unless it is a point in
       time or the name of a plan: "2021年末", "2019年以来", "2005年に設立", "2026年計画". */
    if (strlen(label) != 4 || strcmp(q->rule, "date.y_cjk") != 0)
      return false;
    const char *s = doc->text.s;
    size_t len = doc->text.len, after = skip_blanks(s, len, q->fend);
    static const char *const particles[] = {"の", "に", "は", "で", "から", "より", "、"};
    for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++)
      if (strncmp(s + after, particles[i], strlen(particles[i])) == 0) {
        after = skip_blanks(s, len, after + strlen(particles[i]));
        break;
      }
    static const char *const not_a_period[] = {
        "末",   "底",   "初",   "以来", "以降", "起",   "开始", "開始", "成立",     "设立", "設立",
        "创立", "創業", "上市", "上場", "発売", "发布", "発表", "計画", "计划",     "规划", "目標",
        "目标", "まで", "以前", "之前", "前",   "後",   "后",   "中期", "ビジョン", "愿景"};
    for (size_t i = 0; i < sizeof not_a_period / sizeof not_a_period[0]; i++)
      if (strncmp(s + after, not_a_period[i], strlen(not_a_period[i])) == 0)
        return false;
    static const char *const since[] = {"自",     "从",     "從",     "截至",   "截止",
                                        "至今",   "成立于", "成立於", "设立于", "創立於",
                                        "创立于", "上市于", "始于",   "始於"};
    for (size_t i = 0; i < sizeof since / sizeof since[0]; i++) {
      size_t n = strlen(since[i]);
      if (q->fstart >= n && strncmp(s + q->fstart - n, since[i], n) == 0)
        return false;
    }
  } else if (q->kind == EARN_Q_DATE) {
    /* Only a year standing for a fiscal year: "for 2025", "in 2003", "fiscal 2024". */
    if (strlen(label) != 4)
      return false;
    size_t p = skip_blanks_back(doc->text.s, q->fstart, 0);
    static const char *const before[] = {"for", "in",   "during", "fiscal",
                                         "of",  "year", "years",  "by"};
    static const char *const part_of[] = {"quarter of", "period of", "half of", "months of"};
    for (size_t i = 0; i < sizeof part_of / sizeof part_of[0]; i++) {
      size_t n = strlen(part_of[i]);
      if (p >= n && strncasecmp(doc->text.s + p - n, part_of[i], n) == 0)
        return false; /* "the same quarter of 2024" is a part of that year */
    }
    bool ok = false;
    for (size_t i = 0; i < sizeof before / sizeof before[0] && !ok; i++) {
      size_t n = strlen(before[i]);
      ok = p >= n && strncasecmp(doc->text.s + p - n, before[i], n) == 0 &&
           (p == n || doc->text.s[p - n - 1] == ' ' || doc->text.s[p - n - 1] == '\n' ||
            doc->text.s[p - n - 1] == '-'); /* "full-year 2006" */
    }
    /* "2006 earnings", "2025 revenue": a year that names the period of the line item after
       it */
    static const char *const after[] = {"earnings ",
                                        "revenue",
                                        "net income",
                                        "results",
                                        "sales ",
                                        "net sales",
                                        "net loss",
                                        "EPS ",
                                        "GAAP ",
                                        "non-GAAP ",
                                        "adjusted ",
                                        "core ",
                                        "diluted ",
                                        "operating ",
                                        "guidance",
                                        "outlook",
                                        "financial guidance",
                                        "free cash flow",
                                        "capital expenditures",
                                        "comparable sales"};
    size_t a = skip_blanks(doc->text.s, doc->text.len, q->fend);
    for (size_t i = 0; i < sizeof after / sizeof after[0] && !ok; i++)
      ok = a > q->fend && strncasecmp(doc->text.s + a, after[i], strlen(after[i])) == 0;
    if (!ok)
      return false;
  }
  return earn_report_resolve(doc, &l, doc->report.period.fy, out);
}

bool earn_listed_year(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out) {
  earn_plabel l;
  const char *label = doc->strings + q->label_off;
  return q->kind == EARN_Q_DATE && strlen(label) == 4 && earn_plabel_parse(label, &l) &&
         earn_report_resolve(doc, &l, doc->report.period.fy, out);
}

bool earn_event_period(const earn_doc *doc, const earn_sentence_events *se, size_t i,
                       earn_fperiod *out) {
  const earn_event *e = &se->ev[i];
  if (earn_ev_is_period(e))
    return earn_quantity_period(doc, e->q, out);
  if (e->type != EARN_EV_CUE)
    return false;
  if (e->cue == EARN_CUE_P_TTM) {
    /* Twelve months to the report's quarter: its fiscal year at Q4, no fiscal period else. */
    earn_fperiod r = doc->report.period;
    if (r.fy > 0 && r.qb == 4) {
      *out = (earn_fperiod){r.fy, 1, 4};
      return true;
    }
    return false;
  }
  if (e->cue < EARN_CUE_P_FY || e->cue > EARN_CUE_P_CURRENT)
    return false;
  *out = earn_report_relative(doc, e->cue);
  return out->fy > 0;
}
