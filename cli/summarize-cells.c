/* SPDX-License-Identifier: MIT */
/* The text of each cell of a summary row: the figure as written, the exact value, its unit,
   growth, the metric's name and the period. Shared by the text, Markdown and JSON writers. */
#include <string.h>

#include "summarize.h"

/* The release's words for a figure longer than this are a sentence, not a figure. */
enum { FIGURE_MAX = 64 };

static const char *qualifier_mark(earn_qualifier q) {
  switch (q) {
  case EARN_QUAL_APPROX:
    return "~";
  case EARN_QUAL_AT_LEAST:
    return ">=";
  case EARN_QUAL_MORE_THAN:
    return ">";
  case EARN_QUAL_AT_MOST:
    return "<=";
  case EARN_QUAL_LESS_THAN:
    return "<";
  default:
    return "";
  }
}

/* The bytes of `span` with each run of white space as one space, if they read as a figure:
   well-formed UTF-8, no markup (HTML tags or entities such as &nbsp;), short. */
static bool written_figure(const char *input, size_t len, earn_span span, char *buf, size_t cap) {
  if (span.start >= span.end || span.end > len || span.end - span.start > FIGURE_MAX ||
      !sum_utf8_valid(input + span.start, span.end - span.start))
    return false;
  size_t n = 0;
  for (size_t i = span.start; i < span.end; i++) {
    unsigned char c = (unsigned char)input[i];
    if (c == '<' || c == '>' || c == '&' || c == 0x7F)
      return false;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (n > 0 && buf[n - 1] != ' ' && n + 1 < cap)
        buf[n++] = ' ';
      continue;
    }
    if (c < 0x20 || n + 1 >= cap)
      return false;
    buf[n++] = (char)c;
  }
  while (n > 0 && buf[n - 1] == ' ')
    n--;
  buf[n] = '\0';
  return n > 0;
}

void sum_cell_figure(const sum_report *r, const sum_row *row, char *buf, size_t cap) {
  size_t len = 0;
  const char *input = earn_doc_input(r->doc, &len);
  earn_span span = earn_fact_value_span(row->fact);
  if (row->high) { /* both ends, whether the library gave them one span or two */
    earn_span hs = earn_fact_value_span(row->high);
    span.start = hs.start < span.start ? hs.start : span.start;
    span.end = hs.end > span.end ? hs.end : span.end;
  }
  if (written_figure(input, len, span, buf, cap))
    return;
  earn_lang lang = earn_doc_lang(r->doc);
  const char *unit = earn_fact_unit(row->fact);
  earn_decimal low, high;
  buf[0] = '\0';
  if (!earn_fact_value(row->fact, &low))
    return;
  if (row->high && earn_fact_value(row->high, &high)) {
    char a[SUM_CELL], b[SUM_CELL];
    sum_format_scaled(low, unit, lang, a, sizeof a);
    sum_format_scaled(high, unit, lang, b, sizeof b);
    snprintf(buf, cap, "%s - %s", a, b);
  } else {
    char a[SUM_CELL];
    sum_format_scaled(low, unit, lang, a, sizeof a);
    snprintf(buf, cap, "%s%s", qualifier_mark(earn_fact_qualifier(row->fact)), a);
  }
}

void sum_cell_value(const sum_row *row, char *buf, size_t cap) {
  earn_decimal low, high;
  char a[EARN_DECIMAL_BUFSIZE], b[EARN_DECIMAL_BUFSIZE];
  buf[0] = '\0';
  if (!earn_fact_value(row->fact, &low))
    return;
  earn_decimal_format(low, a, sizeof a);
  if (row->high && earn_fact_value(row->high, &high)) {
    earn_decimal_format(high, b, sizeof b);
    snprintf(buf, cap, "%s - %s", a, b);
  } else {
    snprintf(buf, cap, "%s%s", qualifier_mark(earn_fact_qualifier(row->fact)), a);
  }
}

const char *sum_cell_unit(const sum_row *row) {
  const char *unit = earn_fact_unit(row->fact);
  return strcmp(unit, "pct") == 0 ? "%" : unit;
}

int sum_cell_growth(const sum_growth *g, char *buf, size_t cap) {
  buf[0] = '\0';
  if (!g->has)
    return 0;
  char v[EARN_DECIMAL_BUFSIZE];
  earn_decimal_format(g->value, v, sizeof v);
  int sign = earn_decimal_sign(g->value);
  snprintf(buf, cap, "%s%s%s%s%s", qualifier_mark(g->qualifier), sign > 0 ? "+" : "", v,
           g->pp ? "pp" : "%", g->computed ? "*" : "");
  return sign;
}

void sum_cell_metric(const sum_report *r, const earn_fact *f, bool with_segment, char *buf,
                     size_t cap) {
  bool cjk = r->labels != EARN_LANG_EN;
  const char *open = cjk ? "（" : " (", *close = cjk ? "）" : ")";
  const char *segment = with_segment ? earn_fact_segment(f) : "";
  earn_basis basis = earn_fact_basis(f);
  const char *basis_word = basis == EARN_BASIS_ADJUSTED ? sum_word_text(r->labels, SUM_W_ADJUSTED)
                           : basis == EARN_BASIS_COMPARABLE
                               ? sum_word_text(r->labels, SUM_W_COMPARABLE)
                               : "";
  size_t n = (size_t)snprintf(buf, cap, "%s", sum_metric_label(r->labels, earn_fact_metric(f)));
  if (segment[0] && n < cap)
    n += (size_t)snprintf(buf + n, cap - n, "%s%s%s", open, segment, close);
  if (basis_word[0] && n < cap)
    snprintf(buf + n, cap - n, "%s%s%s", open, basis_word, close);
  sum_utf8_trim_partial(buf);
}

void sum_cell_period(const sum_report *r, const earn_fact *f, bool blank_report_period, char *buf,
                     size_t cap) {
  const char *fiscal = earn_fact_period(f), *calendar = earn_fact_calendar_period(f);
  buf[0] = '\0';
  if (!fiscal[0] || (blank_report_period && strcmp(fiscal, earn_doc_period(r->doc)) == 0))
    return;
  /* FY2025Q4 is calendar 2025Q4: saying it twice tells nothing. */
  bool differs = calendar[0] && strcmp(fiscal + (strncmp(fiscal, "FY", 2) == 0 ? 2 : 0), calendar);
  if (differs)
    snprintf(buf, cap, "%s (%s)", fiscal, calendar);
  else
    snprintf(buf, cap, "%s", fiscal);
}
