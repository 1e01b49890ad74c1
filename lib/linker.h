/* SPDX-License-Identifier: MIT */
/* The fact reader's state, shared by its files: the walk over a document (linker) and over
   one sentence (sentence), and the steps each file takes. Internal. */
#ifndef EARN_LINKER_H
#define EARN_LINKER_H

#include <string.h>

#include "facts.h"

typedef struct sentence {
  size_t start, end;
  size_t first_fact; /* doc->nfacts when the sentence began */
  long cur;          /* the fact being described, -1 if none */
  long primary;      /* the fact a growth figure belongs to */
  long last_value;   /* the fact whose figure came last */
  size_t last_value_end;
  size_t last_event_end; /* end of the last quantity or metric word */
  int basis;             /* a basis cue waiting for its metric: earn_basis + 1, 0 if none */
  earn_fact_kind kind;
  bool prior; /* "compared with", "上年同期为": the next figures are of an earlier period */
  bool prior_time; /* the cue named an earlier time ("a year ago", 去年同期), not a comparison */
  bool prior_list; /* "These results compare to revenue of $X and profit of $Y": every figure */
  size_t prior_cue_end;
  size_t change_end; /* end of an amount of change ("by $24 million"), 0 if none */
  int change_sign;   /* its direction, +1 or -1; 0 when only "by" said it was a change */
  int prior_neg;     /* a comparative that named its metric again: 1 a loss word, 0 not, -1 none */
  bool has_prior_period;
  earn_fperiod prior_period;
  bool loss; /* "亏损", "loss": the next figure is negative */
  size_t loss_end;
  bool blocked;      /* an analyst estimate or a share price: the figures after it are no results */
  bool point;        /* "as of", "截至": counts are at a point in time */
  int growth_sign;   /* the direction of the sentence's last stated growth, 0 if none */
  size_t growth_end; /* where that growth figure ends */
  bool no_period;    /* "on a trailing twelve-month basis" before a fiscal year's end */
  bool has_ctx;
  bool ctx_at_start; /* the sentence opened with its period, before any metric */
  size_t ctx_end;
  earn_fperiod ctx;
  const earn_kw *consumed; /* a metric word already used by a figure before it */
} sentence;

typedef struct linker {
  earn_doc *doc;
  earn_kwlist kws;
  size_t ki, qi; /* next keyword and quantity */
  bool has_section;
  earn_fperiod section;
  size_t section_seg[2];  /* a heading that names a segment ("①運送事業"); empty if none */
  long last_fact;         /* the last current figure of the sentence before, -1 if none */
  bool has_paragraph;     /* "For fiscal year 2014, total revenues…": the period a paragraph */
  earn_fperiod paragraph; /* opens with holds for its later sentences */
  size_t group_seq;
} linker;

static inline earn_fact *fact_at(linker *lk, long i) { return &lk->doc->facts[i]; }

static inline size_t skip_blanks(const char *s, size_t len, size_t pos) {
  while (pos < len && (s[pos] == ' ' || s[pos] == '\n'))
    pos++;
  return pos;
}

static inline size_t skip_blanks_back(const char *s, size_t pos, size_t floor) {
  while (pos > floor && (s[pos - 1] == ' ' || s[pos - 1] == '\n'))
    pos--;
  return pos;
}

static inline bool same_item(const char *a, const char *b) { return strcmp(a, b) == 0; }

/* What a percentage says as a growth figure (fact-growth.c). */
typedef struct earn_growth {
  int sign; /* +1, -1; 0 = not a growth figure */
  bool qoq;
} earn_growth;

/* ---- fact.c: facts and the sentence walk ---- */
long earn_new_fact(linker *lk, sentence *st);
/* A fact of the same statement with its own figure: a translation, a comparative, a per-share
   amount, the high end of a range. */
long earn_clone_fact(linker *lk, sentence *st, long src, const char *rule);
void earn_extend_statement(earn_fact *f, size_t start, size_t end);
/* Give fact idx the figure q: both ends of a range become two facts. */
void earn_give_figure(linker *lk, sentence *st, long idx, const earn_quantity *q);
void earn_make_prior(earn_fact *f, const sentence *st);
long earn_start_fact(linker *lk, sentence *st, const earn_kw *k);
bool earn_only_cues_between(const linker *lk, size_t a, size_t b);
bool earn_store_segment(earn_doc *doc, earn_fact *f, size_t a, size_t b);
bool earn_is_count_unit(const char *unit);

/* ---- fact-periods.c ---- */
earn_fperiod earn_report_relative(const earn_doc *doc, int cue);
bool earn_quantity_period(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out);
void earn_on_period(linker *lk, sentence *st, earn_fperiod p, size_t start, size_t end,
                    bool from_cue);

/* ---- fact-growth.c ---- */
earn_growth earn_growth_of(const linker *lk, const sentence *st, const earn_quantity *q);
bool earn_shares_direction(const linker *lk, const sentence *st, const earn_quantity *q);
void earn_on_growth(linker *lk, sentence *st, const earn_quantity *q, earn_growth g);

/* ---- fact-figures.c ---- */
void earn_on_figure(linker *lk, sentence *st, const earn_quantity *q);

/* ---- headings.c ---- */
bool earn_is_heading_line(const linker *lk, size_t start, size_t end);
void earn_read_heading(linker *lk, size_t start, size_t end);

#endif /* EARN_LINKER_H */
