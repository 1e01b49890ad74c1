/* SPDX-License-Identifier: MIT */
/* Shared by the fact reader's files: keyword hits over the folded text and the pieces of
   text around a figure. Internal. */
#ifndef EARN_FACTS_H
#define EARN_FACTS_H

#include "private.h"

/* A metric or cue word found in the folded text. */
typedef struct earn_kw {
  size_t start, end;
  const earn_lex_entry *e; /* category EARN_LEX_METRIC or EARN_LEX_CUE */
} earn_kw;

typedef struct earn_kwlist {
  earn_kw *at;
  size_t n, cap;
} earn_kwlist;

/* keywords.c: the metric and cue words of the text in [start, end), appended in order,
   longest first at each position. False on OOM. */
bool earn_find_keywords(const earn_doc *doc, size_t start, size_t end, earn_kwlist *out);
/* The first keyword starting at or after pos, or NULL. */
const earn_kw *earn_kw_from(const earn_kwlist *kws, size_t pos);
/* The keyword that starts / ends exactly at pos, or NULL. Keywords do not overlap, so their
   ends are in order too. */
const earn_kw *earn_kw_starting_at(const earn_kwlist *kws, size_t pos);
const earn_kw *earn_kw_ending_at(const earn_kwlist *kws, size_t pos);
static inline int earn_kw_cue(const earn_kw *k) {
  return k->e->category == EARN_LEX_CUE ? k->e->cue : EARN_CUE_NONE;
}
/* The end of the sentence that starts at `pos`: after 。！？, after ". " that ends a
   sentence, at a blank line, and at a line break where the next line starts a new item or the
   line itself reads as a heading or a whole sentence; with hard_lines (text made from HTML
   blocks) at every line break. */
size_t earn_sentence_end(const char *s, size_t len, size_t pos, earn_lang lang, bool hard_lines);
/* True when [start, end) reads as a table row: cells apart by tabs or wide runs of spaces. */
bool earn_is_table_row(const char *s, size_t start, size_t end);
/* True when the line [start, end) reads as a heading: short, no sentence ending. */
bool earn_is_heading(const char *s, size_t start, size_t end);

/* segment.c: the business a metric mention at folded [mstart, mend) is about, as a folded
   span [*seg_start, *seg_end) before it (or "of X" after it in English); false for the whole
   company or when nothing names one. `floor` is where the sentence starts. */
bool earn_find_segment(const earn_doc *doc, const earn_kwlist *kws, size_t floor, size_t mstart,
                       size_t mend, size_t *seg_start, size_t *seg_end);
/* True when the name at folded [start, end) is the issuer or a word for the whole company. */
bool earn_names_issuer(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end);
/* "当部門", "同セグメント", "该分部": a name that points back to the business a heading or an
   earlier sentence named. */
bool earn_segment_refers_back(const char *s, size_t start, size_t end);

/* issuer.c: the company that reports, read from the head of the document (its first `head`
   bytes) unless the extractor was given one. */
void earn_read_issuer(earn_doc *doc, size_t head);

/* report.c: the fiscal period a label means in this document (its fiscal year end, and its
   issuer's way of numbering fiscal years), taking `default_fy` for a label without a year. */
bool earn_report_resolve(const earn_doc *doc, const earn_plabel *l, int default_fy,
                         earn_fperiod *out);

/* fact-checks.c: name periods, pick the main currency, and record diagnostics: a release
   date before the end of the period it reports, two values for one fact, a stated growth
   that two stated values contradict. */
void earn_check_facts(earn_doc *doc);

#endif /* EARN_FACTS_H */
