/* SPDX-License-Identifier: MIT */
/* Periods in the fact reader: period labels and period words of a sentence, and which facts
   they belong to (the figure before them, the metric after them, the comparative they
   follow, or the rest of the sentence). */
#include <strings.h>

#include "linker.h"

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
    /* "2025年全年营业收入", "到2030年实现", "2025年，公司…": a year on its own (2025年, not
       2025年3月) that opens a clause or leads to a figure is that fiscal year; "2026年計画"
       (a plan) is not. */
    if (strlen(label) != 4 || strcmp(q->rule, "date.y_cjk") != 0)
      return false;
    const char *s = doc->text.s;
    size_t after = skip_blanks(s, doc->text.len, q->fend);
    static const char *const leads[] = {"全年", "年度", "实现", "归属", "归母", ",", "度"};
    bool ok = false;
    for (size_t i = 0; i < sizeof leads / sizeof leads[0] && !ok; i++)
      ok = strncmp(s + after, leads[i], strlen(leads[i])) == 0;
    static const char *const before[] = {"到", "至", "于", "在"};
    for (size_t i = 0; i < sizeof before / sizeof before[0] && !ok; i++)
      ok = q->fstart >= 3 && strncmp(s + q->fstart - 3, before[i], 3) == 0;
    if (!ok)
      return false;
  } else if (q->kind == EARN_Q_DATE) {
    /* Only a year standing for a fiscal year: "for 2025", "in 2003", "fiscal 2024". */
    if (strlen(label) != 4)
      return false;
    size_t p = skip_blanks_back(doc->text.s, q->fstart, 0);
    static const char *const before[] = {"for", "in", "during", "fiscal", "of", "year"};
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
           (p == n || doc->text.s[p - n - 1] == ' ' || doc->text.s[p - n - 1] == '\n');
    }
    if (!ok)
      return false;
  }
  return earn_report_resolve(doc, &l, doc->report.period.fy, out);
}

void earn_on_period(linker *lk, sentence *st, earn_fperiod p, size_t start, size_t end,
                    bool from_cue) {
  earn_doc *doc = lk->doc;
  const char *s = doc->text.s;
  /* "较一季度亏损…", "compared with … in 2003": the period of a comparative. */
  if (st->prior && start >= st->prior_cue_end && start - st->prior_cue_end <= 10) {
    st->has_prior_period = true;
    st->prior_period = p;
    /* A comparative already given its figure takes the period that follows it. */
  }
  /* A label right after a figure is that figure's period ("… billion for the fourth quarter
     of 2025"), and its translations'. */
  if (st->last_value >= 0 && st->last_event_end == st->last_value_end &&
      start >= st->last_value_end && start - st->last_value_end <= 32) {
    earn_fact *last = fact_at(lk, st->last_value);
    size_t group = last->group;
    bool prior = last->prior;
    for (size_t i = st->first_fact; i < doc->nfacts; i++) {
      earn_fact *f = &doc->facts[i];
      if (f->group == group && f->prior == prior && !f->period_explicit) {
        f->period = p;
        f->period_explicit = true;
      }
    }
    return;
  }
  if (st->has_prior_period && st->prior_period.fy == p.fy && st->prior_period.qa == p.qa)
    return; /* a comparison base: "from the fourth quarter of 2024" */
  /* After "than", "over", "from": a base of comparison, not the figure's own period. */
  size_t b = skip_blanks_back(s, start, st->start);
  const earn_kw *k = earn_kw_ending_at(&lk->kws, b);
  if (k && (earn_kw_cue(k) == EARN_CUE_PRIOR || earn_kw_cue(k) == EARN_CUE_YOY))
    return;
  if (st->cur >= 0) {
    earn_fact *cur = fact_at(lk, st->cur);
    if (!cur->has_value && (!cur->period_explicit || (cur->period_from_context && !from_cue))) {
      cur->period = p; /* "full-year earnings for 2003 were": the nearer label */
      cur->period_explicit = true;
      cur->period_from_context = false;
    }
  }
  /* A period word keeps an earlier label ("2028年度までに…年間"), unless it opens a new clause
     or names its metric's period ("…；上半年归母净利润"). */
  const earn_kw *next = earn_kw_from(&lk->kws, end);
  bool names_metric = next && next->e->category == EARN_LEX_METRIC && next->start - end <= 3;
  bool new_clause = st->has_ctx && start > st->ctx_end &&
                    memchr(s + st->ctx_end, ';', start - st->ctx_end) != NULL;
  if (!from_cue || !st->has_ctx || names_metric || new_clause) {
    st->ctx_at_start = !st->has_ctx && st->cur < 0 && start - st->start <= 48;
    st->has_ctx = true;
    st->ctx = p;
    st->ctx_end = end;
  }
}
