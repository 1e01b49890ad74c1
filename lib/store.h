/* SPDX-License-Identifier: MIT */
/* The fact store's internal pieces: reading facts CSVs. Internal. */
#ifndef EARN_STORE_H
#define EARN_STORE_H

#include "period.h"
#include "private.h"

/* The columns of a facts CSV that the store reads, by their header names: issuer, file,
   release_date, fiscal_year_end, then the columns of EARN_FACT_COLUMNS. */
typedef enum earn_csv_col {
  EARN_CC_ISSUER,
  EARN_CC_FILE,
  EARN_CC_RELEASE_DATE,
  EARN_CC_FYE,
  EARN_CC_METRIC,
  EARN_CC_SEGMENT,
  EARN_CC_BASIS,
  EARN_CC_PERIOD,
  EARN_CC_CALENDAR,
  EARN_CC_KIND,
  EARN_CC_VALUE,
  EARN_CC_UNIT,
  EARN_CC_QUALIFIER,
  EARN_CC_YOY,
  EARN_CC_YOY_QUAL,
  EARN_CC_QOQ,
  EARN_CC_START,
  EARN_CC_END,
  EARN_CC_TEXT,
  EARN_CC_SOURCE,
  EARN_CC_RULE,
  EARN_CC_COUNT
} earn_csv_col;

/* One data row of a facts CSV. */
typedef struct earn_csv_row {
  const char *cell[EARN_CC_COUNT]; /* NUL-terminated; "" when the column is absent or empty */
  size_t len[EARN_CC_COUNT];
  size_t offset[EARN_CC_COUNT]; /* byte offset of the cell in the CSV; SIZE_MAX when absent */
  size_t line;                  /* 1-based line where the row starts */
  size_t start;                 /* byte offset where the row starts */
} earn_csv_row;

/* Called once per data row; a status other than EARN_OK stops the read and is returned. */
typedef earn_status (*earn_csv_row_fn)(const earn_csv_row *row, void *ctx, earn_error *err);

/* read-csv.c: read a facts CSV with libcsv and call `fn` for each data row. */
earn_status earn_read_facts_csv(const earn_allocator *a, const char *csv, size_t len,
                                earn_csv_row_fn fn, void *ctx, earn_error *err);

#endif /* EARN_STORE_H */

/* ---- the store ------------------------------------------------------------------------- */

/* An interned string: an index into the store's string table (0 is ""). */
typedef uint32_t earn_sid;

/* One release: a document, or the rows of a CSV that share file, issuer and release date. */
typedef struct earn_release {
  earn_sid file, issuer;
  earn_sid named;      /* the issuer the input names (issuer is settled by each analysis) */
  long date;           /* yyyymmdd; 0 unknown */
  earn_span date_span; /* where the date is written; empty when unknown or from a CSV */
  earn_fperiod period; /* the period it reports, in the issuer's numbering; fy 0 unknown */
  int fye;             /* fiscal year-end month it tells, 0 if none */
  bool fye_stated;     /* told by the input (not inferred from a period pair) */
  int fy_offset;
  bool offset_known;
  uint32_t seq;    /* order added */
  uint32_t recent; /* rank by recency: higher is newer (set by analyze) */
} earn_release;

/* One fact as the store keeps it. */
typedef struct earn_srec {
  earn_sid issuer, metric, segment, unit, file, source, calendar;
  earn_sid text, rule; /* the evidence and the rule, as the facts CSV has them */
  bool basis_blank;    /* written without a basis (counts): written back so */
  bool has_span;       /* start and end are known */
  earn_basis basis;
  earn_fact_kind kind;
  earn_fperiod period; /* the issuer's numbering; fy 0 none */
  bool has_value, has_yoy, has_qoq;
  earn_decimal value, yoy, qoq;
  earn_qualifier qualifier, yoy_q, qoq_q;
  earn_span span; /* the statement */
  uint32_t release;
} earn_srec;

enum { EARN_ORIGIN_STATED, EARN_ORIGIN_DERIVED, EARN_ORIGIN_GROWTH };

/* Growth computed from two values. */
typedef struct earn_computed {
  earn_status st; /* EARN_OK, EARN_ERR_NOT_MEANINGFUL, or EARN_ERR_ARG: an input is missing */
  bool has_change, has_range;
  earn_decimal pct, change; /* pct: percent to two places, or points for a ratio */
  earn_interval range;      /* what the rounding of both values as written allows */
} earn_computed;

struct earn_point {
  const earn_store *store;
  earn_fperiod period;
  char period_name[20], calendar_name[24];
  int origin;
  uint32_t winner; /* record that gives value (or growth); UINT32_MAX for a derived point */
  bool has_value, has_yoy, has_qoq;
  earn_decimal value, yoy, qoq; /* stated growth */
  earn_qualifier qualifier, yoy_q, qoq_q;
  earn_computed yoy_c, qoq_c;
  bool has_ttm, has_margin, has_implied, has_cagr;
  earn_decimal ttm, margin, implied, cagr;
  int cagr_years;
  earn_interval implied_range;
  size_t src0, nsrc;   /* record indices in store->srcs */
  size_t diag0, ndiag; /* diagnostic indices in store->pdiags */
  bool pp;             /* a ratio: growth is in percentage points */
};

struct earn_series {
  const earn_store *store;
  earn_sid issuer, metric, segment, unit;
  earn_basis basis;
  earn_fact_kind kind;
  size_t p0, np; /* points in store->points */
};

/* A diagnostic of the store, with the two sides of its check (has[i] false: unused). */
typedef struct earn_sdiag {
  char *msg;
  earn_severity sev;
  bool has[2];
  earn_sid file[2];
  earn_span span[2];
  size_t point; /* the point it is about, SIZE_MAX for none */
} earn_sdiag;

/* A fiscal calendar given by the caller or told by the releases. */
typedef struct earn_issuer_cal {
  earn_sid issuer;
  int fye, fy_offset;
  bool by_user;
} earn_issuer_cal;

struct earn_store {
  earn_allocator alloc;
  char **str; /* interned strings; str[0] is "" */
  size_t nstr, str_cap;
  uint32_t *slots; /* open-addressing hash of str indices + 1; 0 is empty */
  size_t nslots;
  earn_release *rel;
  size_t nrel, rel_cap;
  earn_srec *rec;
  size_t nrec, rec_cap;
  earn_issuer_cal *cal;
  size_t ncal, cal_cap;
  earn_sid *issuer_key, *issuer_name; /* an issuer's key (earn_issuer_key) and shown name */
  size_t nissuers, issuers_cap;
  /* Built by earn_store_analyze(). */
  earn_series *series;
  size_t nseries, series_cap;
  earn_point *points;
  size_t npoints, points_cap;
  uint32_t *srcs;
  size_t nsrcs, srcs_cap;
  earn_sdiag *diags;
  size_t ndiags, diags_cap;
  uint32_t *pdiags; /* diagnostics by point (see earn_point.diag0) */
};

/* store.c */
earn_sid earn_store_intern(earn_store *s, const char *str, size_t len); /* UINT32_MAX on OOM */
/* The name an issuer is shown by: the first of the names with its key ("Example Inc." and
   "Example Holdings" are one issuer); 0 for "". UINT32_MAX on OOM. */
earn_sid earn_store_issuer(earn_store *s, const char *name, size_t len);
static inline const char *earn_store_str(const earn_store *s, earn_sid id) { return s->str[id]; }
/* The fiscal calendar of an issuer: given, else told by its releases, else December and 0. */
earn_issuer_cal earn_store_calendar(const earn_store *s, earn_sid issuer);
/* Drop what earn_store_analyze() built. */
void earn_store_clear_analysis(earn_store *s);
/* store-series.c: build series and points, derive discrete periods, compute growth. */
earn_status earn_store_build(earn_store *s);
/* The order of periods: by year, then by last quarter, shorter runs first (Q2, H1, Q3, Q1-Q3,
   Q4, H2, FY); 0 for no period. */
int earn_period_key(earn_fperiod p);
/* The point of a built series for a period, or NULL. */
earn_point *earn_series_find(const earn_store *s, const earn_series *se, earn_fperiod period);
/* store-checks.c: the consistency checks, after the series are built. */
earn_status earn_store_check(earn_store *s);
bool earn_store_add_diag(earn_store *s, earn_severity sev, size_t point, const earn_srec *a,
                         const earn_srec *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
/* store-series.c: half a unit of a value's last written digit, and whether two values can be
   one figure at two roundings. */
earn_decimal earn_value_half_unit(earn_decimal v);
bool earn_values_agree(earn_decimal a, earn_decimal b);
/* Kinds of metric, for what may be summed, derived and compared. */
typedef enum earn_metric_nature {
  EARN_MN_STOCK,     /* a level at a point in time (cash, users) or unknown */
  EARN_MN_FLOW,      /* summed over time (revenue, net income, shipments) */
  EARN_MN_PER_SHARE, /* eps, dividend per share */
  EARN_MN_RATIO      /* margins */
} earn_metric_nature;
earn_metric_nature earn_metric_nature_of(const char *metric);
/* True for the profit and cash-flow metrics whose margin over revenue is meaningful. */
bool earn_metric_has_margin(const char *metric);
