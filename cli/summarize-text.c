/* SPDX-License-Identifier: MIT */
/* The summary as a reader sees it: a title line, then one aligned table per section that
   has rows, as text for a terminal or as Markdown. */
#include <string.h>

#include "summarize.h"

#define ANSI_BOLD "\033[1m"
#define ANSI_RESET "\033[0m"

/* The columns a section can have; each section picks its own. */
typedef enum col_id {
  COL_KIND,
  COL_PERIOD,
  COL_SEGMENT,
  COL_METRIC,
  COL_FIGURE,
  COL_VALUE,
  COL_UNIT,
  COL_YOY,
  COL_QOQ,
  COL_END
} col_id;

static const col_id section_cols[SUM_FACT_SECTIONS][9] = {
    [SUM_HEADLINE] = {COL_METRIC, COL_PERIOD, COL_FIGURE, COL_VALUE, COL_UNIT, COL_YOY, COL_QOQ,
                      COL_END},
    [SUM_YEAR] = {COL_METRIC, COL_PERIOD, COL_FIGURE, COL_VALUE, COL_UNIT, COL_YOY, COL_QOQ,
                  COL_END},
    [SUM_SEGMENTS] = {COL_SEGMENT, COL_METRIC, COL_PERIOD, COL_FIGURE, COL_VALUE, COL_UNIT, COL_YOY,
                      COL_QOQ, COL_END},
    [SUM_GUIDANCE] = {COL_KIND, COL_PERIOD, COL_SEGMENT, COL_METRIC, COL_FIGURE, COL_VALUE,
                      COL_UNIT, COL_YOY, COL_END},
    [SUM_OPERATING] = {COL_METRIC, COL_PERIOD, COL_FIGURE, COL_VALUE, COL_UNIT, COL_YOY, COL_QOQ,
                       COL_END},
};

static const sum_word col_heads[COL_END] = {
    SUM_W_KIND,  SUM_W_PERIOD, SUM_W_SEGMENT, SUM_W_METRIC, SUM_W_FIGURE,
    SUM_W_VALUE, SUM_W_UNIT,   SUM_W_YOY,     SUM_W_QOQ,
};

static sum_style growth_style(int sign) {
  return sign > 0 ? SUM_STYLE_UP : sign < 0 ? SUM_STYLE_DOWN : SUM_STYLE_PLAIN;
}

/* The text of column `id` for `row` of `section`, with its style. */
static void fill_cell(const sum_report *r, int section, const sum_row *row, col_id id, char *buf,
                      sum_style *style) {
  const earn_fact *f = row->fact;
  *style = SUM_STYLE_PLAIN;
  buf[0] = '\0';
  switch (id) {
  case COL_KIND:
    snprintf(buf, SUM_CELL, "%s",
             sum_word_text(r->labels, earn_fact_kind_of(f) == EARN_FACT_TARGET
                                          ? SUM_W_TARGET_KIND
                                          : SUM_W_GUIDANCE_KIND));
    break;
  case COL_PERIOD: /* the report's own period goes without saying, except in an outlook */
    sum_cell_period(r, f, section != SUM_GUIDANCE && section != SUM_YEAR, buf, SUM_CELL);
    break;
  case COL_SEGMENT:
    snprintf(buf, SUM_CELL, "%s", earn_fact_segment(f));
    sum_utf8_trim_partial(buf);
    break;
  case COL_METRIC: /* operating figures name their segment, having no column for it */
    sum_cell_metric(r, f, section == SUM_OPERATING, buf, SUM_CELL);
    break;
  case COL_FIGURE:
    sum_cell_figure(r, row, buf, SUM_CELL);
    break;
  case COL_VALUE:
    sum_cell_value(row, buf, SUM_CELL);
    break;
  case COL_UNIT:
    snprintf(buf, SUM_CELL, "%s", sum_cell_unit(row));
    break;
  case COL_YOY:
    *style = growth_style(sum_cell_growth(&row->yoy, buf, SUM_CELL));
    break;
  case COL_QOQ:
    *style = growth_style(sum_cell_growth(&row->qoq, buf, SUM_CELL));
    break;
  case COL_END:
    break;
  }
}

static void heading(FILE *out, const char *text, int level, sum_format format, bool colour) {
  if (format == SUM_FORMAT_MARKDOWN && level == 1)
    fprintf(out, "## %s\n", text);
  else if (format == SUM_FORMAT_MARKDOWN) /* a blank line before the table, or it is none */
    fprintf(out, "### %s\n\n", text);
  else if (colour)
    fprintf(out, ANSI_BOLD "%s" ANSI_RESET "\n", text);
  else
    fprintf(out, "%s\n", text);
}

static int write_table(const sum_table *t, FILE *out, sum_format format, bool colour) {
  return format == SUM_FORMAT_MARKDOWN ? sum_table_write_markdown(t, out)
                                       : sum_table_write_text(t, out, colour);
}

static int write_section(const sum_report *r, int section, FILE *out, sum_format format,
                         bool colour) {
  sum_column cols[COL_END];
  size_t ncols = 0;
  for (const col_id *c = section_cols[section]; *c != COL_END; c++)
    cols[ncols++] = (sum_column){sum_word_text(r->labels, col_heads[*c]),
                                 *c == COL_VALUE || *c == COL_YOY || *c == COL_QOQ};
  sum_table t;
  sum_table_init(&t, cols, ncols);
  int status = 0;
  bool computed = false;
  for (size_t i = 0; i < r->count[section] && status == 0; i++) {
    char text[COL_END][SUM_CELL];
    const char *cells[COL_END];
    sum_style styles[COL_END];
    for (size_t j = 0; j < ncols; j++) {
      fill_cell(r, section, &r->rows[section][i], section_cols[section][j], text[j], &styles[j]);
      cells[j] = text[j];
    }
    computed = computed || r->rows[section][i].yoy.computed;
    status = sum_table_add(&t, cells, styles);
  }
  if (status == 0) {
    heading(out, sum_word_text(r->labels, (sum_word)section), 2, format, colour);
    status = write_table(&t, out, format, colour);
    /* In Markdown a line starting "* " would be a list: escape the star. */
    if (computed)
      fprintf(out, "%s%s\n", format == SUM_FORMAT_MARKDOWN ? "\n\\" : "  ",
              sum_word_text(r->labels, SUM_W_COMPUTED));
  }
  sum_table_free(&t);
  return status;
}

static int write_diagnostics(const sum_report *r, FILE *out, sum_format format, bool colour) {
  const sum_column cols[] = {{sum_word_text(r->labels, SUM_W_LOCATION), false},
                             {sum_word_text(r->labels, SUM_W_SEVERITY), false},
                             {sum_word_text(r->labels, SUM_W_MESSAGE), false}};
  sum_table t;
  sum_table_init(&t, cols, 3);
  int status = 0;
  for (size_t i = 0; i < r->ndiags && status == 0; i++) {
    const sum_diag *d = &r->diags[i];
    char where[48], message[SUM_CELL * 2];
    snprintf(where, sizeof where, "%zu:%zu", d->line, d->column);
    snprintf(message, sizeof message, "%s", d->message);
    sum_utf8_trim_partial(message);
    const char *cells[] = {
        where,
        sum_word_text(r->labels, d->severity == EARN_SEV_WARNING ? SUM_W_WARNING : SUM_W_NOTE),
        message};
    status = sum_table_add(&t, cells, NULL);
  }
  if (status == 0) {
    heading(out, sum_word_text(r->labels, SUM_W_DIAGNOSTICS), 2, format, colour);
    status = write_table(&t, out, format, colour);
  }
  sum_table_free(&t);
  return status;
}

/* "Issuer — FY2026Q2 (calendar 2025Q4) · released ... · fiscal year ends in June · CNY" */
static void title(const sum_report *r, char *buf, size_t cap) {
  const earn_doc *doc = r->doc;
  bool cjk = r->labels != EARN_LANG_EN;
  const char *issuer = earn_doc_issuer(doc), *period = earn_doc_period(doc);
  const char *calendar = earn_doc_calendar_period(doc), *date = earn_doc_release_date(doc);
  const char *currency = earn_doc_currency(doc);
  size_t n = 0;
#define TITLE_ADD(...)                                                                             \
  do {                                                                                             \
    if (n < cap)                                                                                   \
      n += (size_t)snprintf(buf + n, cap - n, __VA_ARGS__);                                        \
  } while (0)
  if (issuer[0])
    TITLE_ADD("%s", issuer);
  else
    TITLE_ADD("%s %s", r->file, sum_word_text(r->labels, SUM_W_NO_ISSUER));
  const char *sep = " — ";
  if (period[0]) {
    TITLE_ADD("%s%s", sep, period);
    if (calendar[0])
      TITLE_ADD("%s%s %s%s", cjk ? "（" : " (", sum_word_text(r->labels, SUM_W_CALENDAR), calendar,
                cjk ? "）" : ")");
    sep = " · ";
  }
  if (date[0]) {
    TITLE_ADD("%s%s %s", sep, sum_word_text(r->labels, SUM_W_RELEASED), date);
    sep = " · ";
  }
  char fye[64];
  sum_fiscal_year_end_text(r->labels, earn_doc_fiscal_year_end(doc), fye, sizeof fye);
  if (fye[0]) {
    TITLE_ADD("%s%s", sep, fye);
    sep = " · ";
  }
  if (currency[0])
    TITLE_ADD("%s%s", sep, currency);
#undef TITLE_ADD
  sum_utf8_trim_partial(buf);
}

int sum_write_text(const sum_report *r, FILE *out, sum_format format, bool colour) {
  char head[1024];
  title(r, head, sizeof head);
  heading(out, head, 1, format, colour);
  int status = 0;
  for (int s = 0; s < SUM_FACT_SECTIONS && status == 0; s++) {
    if (r->count[s] == 0)
      continue;
    fputc('\n', out);
    status = write_section(r, s, out, format, colour);
  }
  if (status == 0 && r->ndiags) {
    fputc('\n', out);
    status = write_diagnostics(r, out, format, colour);
  }
  return status;
}
