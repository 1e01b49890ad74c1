/* SPDX-License-Identifier: MIT */
/* The public getters of facts and of the report. */
#include "private.h"

const char *earn_basis_name(earn_basis basis) {
  static const char *const names[] = {"reported", "adjusted", "comparable"};
  return (unsigned)basis < 3 ? names[basis] : "unknown";
}

const char *earn_fact_kind_name(earn_fact_kind kind) {
  static const char *const names[] = {"actual", "guidance", "target"};
  return (unsigned)kind < 3 ? names[kind] : "unknown";
}

size_t earn_doc_fact_count(const earn_doc *doc) { return doc ? doc->nfacts : 0; }

const earn_fact *earn_doc_fact(const earn_doc *doc, size_t i) {
  return doc && i < doc->nfacts ? &doc->facts[i] : NULL;
}

const char *earn_fact_metric(const earn_fact *f) { return f ? f->metric : ""; }
const char *earn_fact_segment(const earn_fact *f) { return f ? f->segment : ""; }
earn_basis earn_fact_basis(const earn_fact *f) { return f ? f->basis : EARN_BASIS_REPORTED; }
earn_fact_kind earn_fact_kind_of(const earn_fact *f) { return f ? f->kind : EARN_FACT_ACTUAL; }
const char *earn_fact_period(const earn_fact *f) { return f ? f->period_name : ""; }
const char *earn_fact_calendar_period(const earn_fact *f) { return f ? f->calendar_name : ""; }

int earn_fact_value(const earn_fact *f, earn_decimal *out) {
  if (!f || !f->has_value)
    return 0;
  if (out)
    *out = f->value;
  return 1;
}

const char *earn_fact_unit(const earn_fact *f) { return f && f->has_value ? f->unit : ""; }

earn_qualifier earn_fact_qualifier(const earn_fact *f) {
  return f && f->has_value ? f->qualifier : EARN_QUAL_EXACT;
}

static int growth(bool has, earn_decimal v, earn_qualifier q, earn_decimal *pct,
                  earn_qualifier *qualifier) {
  if (!has)
    return 0;
  if (pct)
    *pct = v;
  if (qualifier)
    *qualifier = q;
  return 1;
}

int earn_fact_yoy(const earn_fact *f, earn_decimal *pct, earn_qualifier *qualifier) {
  return f ? growth(f->has_yoy, f->yoy, f->yoy_qualifier, pct, qualifier) : 0;
}

int earn_fact_qoq(const earn_fact *f, earn_decimal *pct, earn_qualifier *qualifier) {
  return f ? growth(f->has_qoq, f->qoq, f->qoq_qualifier, pct, qualifier) : 0;
}

static const earn_span no_span = {0, 0};
earn_span earn_fact_value_span(const earn_fact *f) { return f ? f->value_span : no_span; }
earn_span earn_fact_metric_span(const earn_fact *f) { return f ? f->metric_span : no_span; }
earn_span earn_fact_statement_span(const earn_fact *f) { return f ? f->stmt_span : no_span; }
size_t earn_fact_mention_count(const earn_fact *f) { return f ? f->mentions : 0; }

earn_span earn_fact_mention(const earn_fact *f, size_t i) {
  /* The mentions live in the document; a fact knows where its own start. */
  return f && i < f->mentions ? f->mention_spans[i] : no_span;
}

const char *earn_fact_rule(const earn_fact *f) { return f ? f->rule : ""; }
const char *earn_fact_source(const earn_fact *f) { return f ? "text" : ""; }

const char *earn_doc_issuer(const earn_doc *doc) { return doc ? doc->report.issuer : ""; }
const char *earn_doc_release_date(const earn_doc *doc) { return doc ? doc->report.date : ""; }
const char *earn_doc_period(const earn_doc *doc) { return doc ? doc->report.period_name : ""; }
const char *earn_doc_calendar_period(const earn_doc *doc) {
  return doc ? doc->report.calendar_name : "";
}
int earn_doc_fiscal_year_end(const earn_doc *doc) { return doc ? doc->report.fye : 12; }
const char *earn_doc_currency(const earn_doc *doc) { return doc ? doc->report.currency : ""; }
