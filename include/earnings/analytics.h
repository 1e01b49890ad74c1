/* SPDX-License-Identifier: MIT */
/**
 * @file analytics.h
 * @brief Growth arithmetic, fiscal calendars and a fact store over many releases.
 *
 * Included by earnings.h; do not include it alone. Everything here is exact decimal
 * arithmetic: a rate is rounded once, at the end, to the number of places asked for.
 */
#ifndef EARNINGS_ANALYTICS_H
#define EARNINGS_ANALYTICS_H

#ifdef __cplusplus
extern "C" {
#endif

/** @name Growth arithmetic
 * Pure functions on ::earn_decimal; thread-safe. A rate is in percent. A rate over a zero or
 * negative base returns #EARN_ERR_NOT_MEANINGFUL and leaves the outputs alone: an analyst then
 * shows the absolute change instead.
 */
/**@{*/
/** An interval of decimals; an end that is not bounded has its flag 0. */
typedef struct earn_interval {
  earn_decimal low, high;
  int has_low, has_high;
} earn_interval;
/**
 * (@p current - @p base) / @p base * 100, rounded half-even to @p scale places.
 * #EARN_ERR_NOT_MEANINGFUL when @p base <= 0; #EARN_ERR_OVERFLOW; #EARN_ERR_ARG (NULL @p pct).
 */
EARN_API earn_status earn_growth_pct(earn_decimal current, earn_decimal base, int scale,
                                     earn_decimal *pct);
/**
 * The rates a stated rate stands for, given how it was written: `9` means [8.5, 9.5],
 * `9.0` [8.95, 9.05], `-3.2` [-3.25, -3.15] (half a unit of its last digit either side, the same
 * for #EARN_QUAL_APPROX). #EARN_QUAL_AT_LEAST and #EARN_QUAL_MORE_THAN give [rate, unbounded),
 * #EARN_QUAL_AT_MOST and #EARN_QUAL_LESS_THAN (unbounded, rate].
 */
EARN_API earn_status earn_stated_rate_interval(earn_decimal pct, earn_qualifier qualifier,
                                               earn_interval *out);
/**
 * Whether the growth from @p base to @p current lies within the interval of the stated rate
 * @p pct (see earn_stated_rate_interval()), decided exactly, without rounding the computed
 * rate. Sets @p agrees to 1 or 0. #EARN_ERR_NOT_MEANINGFUL when @p base <= 0.
 */
EARN_API earn_status earn_growth_agrees(earn_decimal current, earn_decimal base, earn_decimal pct,
                                        earn_qualifier qualifier, int *agrees);
/**
 * The prior-period value implied by @p value and its stated growth @p pct:
 * value / (1 + pct / 100), rounded half-even to @p scale places, into @p point (may be NULL);
 * and into @p range (may be NULL) the values the interval of the stated rate allows, low <= high
 * (an unbounded rate leaves that end unbounded). #EARN_ERR_NOT_MEANINGFUL when a rate of the
 * interval is -100 or below (nothing is left to grow from).
 */
EARN_API earn_status earn_implied_prior(earn_decimal value, earn_decimal pct,
                                        earn_qualifier qualifier, int scale, earn_decimal *point,
                                        earn_interval *range);
/**
 * Compound annual growth rate from @p first to @p last over @p years (>= 1), in percent:
 * ((last / first) ^ (1 / years) - 1) * 100, rounded half-even to @p scale places (0-10).
 * #EARN_ERR_NOT_MEANINGFUL when @p first <= 0 or @p last < 0; #EARN_ERR_ARG for bad years or
 * scale.
 */
EARN_API earn_status earn_cagr(earn_decimal first, earn_decimal last, int years, int scale,
                               earn_decimal *pct);
/**@}*/

/** @name Fiscal calendars
 * A fiscal year ends in month @p fye_month (1-12). By the naming rule of the facts CSV a fiscal
 * year is named by the calendar year it ends in; an issuer that numbers its years otherwise (a
 * retailer's "fiscal 2024" ending February 1, 2025) has an offset: its number minus the
 * calendar year the year ends in (-1 there, 0 for most).
 */
/**@{*/
/**
 * The calendar period that the fiscal period @p fiscal (`FY2026Q3`, `FY2026H1`, `FY2026`,
 * `FY2026Q1-Q3`) mostly covers (`2025Q4`, `2025H2`, `2025`, `2025Q2-Q4`), written to @p out
 * (NUL-terminated, at most @p cap bytes; 24 is always enough). #EARN_ERR_SYNTAX for a label that
 * is no fiscal period, #EARN_ERR_ARG for a month out of range.
 */
EARN_API earn_status earn_fiscal_to_calendar(const char *fiscal, size_t len, int fye_month,
                                             int fy_offset, char *out, size_t cap);
/** The fiscal quarter or year that covers the calendar quarter or year @p calendar (`2025Q4`,
    `2025`), the other way round. #EARN_ERR_SYNTAX when it is no calendar period, or when a
    calendar year is asked for and the fiscal year does not end in December. */
EARN_API earn_status earn_calendar_to_fiscal(const char *calendar, size_t len, int fye_month,
                                             int fy_offset, char *out, size_t cap);
/**@}*/

/** @name Fact store
 * Facts of many releases (read with earn_store_add_doc()) or of facts CSVs (the columns of
 * #EARN_FACT_COLUMNS, plus optional `issuer`, `file`, `release_date` and `fiscal_year_end`
 * columns) kept by issuer, metric, segment, basis, kind, unit and period. When releases state
 * different figures for one period (a restated comparative), the newest release's figure wins
 * (by release date, else by the period it reports, else the later one added); the others stay
 * as its history. earn_store_analyze() then builds the series and computes growth, TTM,
 * discrete quarters from cumulative figures, margins and the consistency checks.
 *
 * A store is used by one thread at a time. Strings and objects it returns are owned by it and
 * stay valid until the next call that changes it (an add or earn_store_analyze()) or until it
 * is freed.
 */
/**@{*/
typedef struct earn_store earn_store;
typedef struct earn_series earn_series;
typedef struct earn_point earn_point;

/** An empty store. NULL with @p err filled on failure. */
EARN_API earn_store *earn_store_new(const earn_alloc *alloc, earn_error *err);
/** Free a store. NULL is a no-op. */
EARN_API void earn_store_free(earn_store *store);
/** Add the facts of @p doc, naming their source @p source (a file name; may be NULL). The
    document may be freed afterwards: the store copies what it keeps. */
EARN_API earn_status earn_store_add_doc(earn_store *store, const earn_doc *doc, const char *source,
                                        earn_error *err);
/**
 * Add the facts of a facts CSV (as `earnings extract --format csv` writes it, or typed into a
 * spreadsheet: a UTF-8 BOM is skipped). Columns are found by their names in the header row;
 * `metric` is needed, and each row needs a `value` or a `yoy_pct` / `qoq_pct`. A malformed file
 * (an open quote, a row with more cells than the header, invalid UTF-8, a value that is no plain
 * decimal, a period or basis that cannot be read) fails with #EARN_ERR_SYNTAX or #EARN_ERR_UTF8
 * and the byte position in @p err, and adds nothing.
 */
EARN_API earn_status earn_store_add_csv(earn_store *store, const char *csv, size_t len,
                                        const char *source, earn_error *err);
/** The month @p issuer's fiscal year ends in, and its year-number offset (see Fiscal
    calendars), given by the caller; it overrides what the releases tell. */
EARN_API earn_status earn_store_set_fiscal_year(earn_store *store, const char *issuer,
                                                int fye_month, int fy_offset);
/** Build the series and run the computations and checks over everything added so far. */
EARN_API earn_status earn_store_analyze(earn_store *store, earn_error *err);

/** Number of series (after earn_store_analyze()), ordered by issuer, metric, segment, basis,
    kind and unit. */
EARN_API size_t earn_store_series_count(const earn_store *store);
EARN_API const earn_series *earn_store_series(const earn_store *store, size_t i);
EARN_API const char *earn_series_issuer(const earn_series *s);
EARN_API const char *earn_series_metric(const earn_series *s);
EARN_API const char *earn_series_segment(const earn_series *s);
EARN_API earn_basis earn_series_basis(const earn_series *s);
EARN_API earn_fact_kind earn_series_kind(const earn_series *s);
EARN_API const char *earn_series_unit(const earn_series *s);
/** Points in period order: years, then within a year halves, quarters and cumulative runs by
    their last quarter. A point without a period (a count as of a day) comes first. */
EARN_API size_t earn_series_point_count(const earn_series *s);
EARN_API const earn_point *earn_series_point(const earn_series *s, size_t i);

/** `FY2026Q3` or "" for a point without a period; and the calendar period (`2025Q4`). */
EARN_API const char *earn_point_period(const earn_point *p);
EARN_API const char *earn_point_calendar_period(const earn_point *p);
/** How the value is known: "stated" (a release says it), "derived" (a discrete quarter or
    half from cumulative figures, Q4 = FY - Q1-Q3) or "growth" (no value: a stated growth). */
EARN_API const char *earn_point_origin(const earn_point *p);
/** The value; 0 when the point has none. */
EARN_API int earn_point_value(const earn_point *p, earn_decimal *out);
EARN_API earn_qualifier earn_point_qualifier(const earn_point *p);
/** Growth stated by the release the value comes from: 1 if stated. */
EARN_API int earn_point_stated_yoy(const earn_point *p, earn_decimal *pct, earn_qualifier *q);
EARN_API int earn_point_stated_qoq(const earn_point *p, earn_decimal *pct, earn_qualifier *q);
/**
 * Growth computed from values over the same period a year earlier (yoy) or the quarter before
 * (qoq), in percent to two places; for ratios (unit `pct`, margins) the change in percentage
 * points instead. #EARN_OK with @p pct set; #EARN_ERR_NOT_MEANINGFUL when the base is zero or
 * negative, with the absolute change in @p change (may be NULL; set whenever both values are
 * known); #EARN_ERR_ARG when an input is missing.
 */
EARN_API earn_status earn_point_yoy(const earn_point *p, earn_decimal *pct, earn_decimal *change);
EARN_API earn_status earn_point_qoq(const earn_point *p, earn_decimal *pct, earn_decimal *change);
/** The growth that the two values allow, each anywhere within the rounding of its last
    written digit (a run of three or more trailing zeros is taken for a scale word's, so that
    9400000000 read from a CSV stands for 9.35 to 9.45 billion), widened outward to two places:
    1 if known (with a computed growth). A stated rate outside it contradicts the values. */
EARN_API int earn_point_yoy_range(const earn_point *p, earn_interval *range);
EARN_API int earn_point_qoq_range(const earn_point *p, earn_interval *range);
/** 1 when the growth of earn_point_yoy() / earn_point_qoq() is in percentage points. */
EARN_API int earn_point_growth_is_pp(const earn_point *p);
/** Trailing twelve months at a quarter: the sum of it and the three quarters before it, each
    stated or derived; 1 if known. Never for per-share, ratio or point-in-time figures. */
EARN_API int earn_point_ttm(const earn_point *p, earn_decimal *out);
/** The value over revenue of the same issuer, segment, period and currency, in percent to two
    places (reported revenue, else revenue of the same basis); 1 if known. Only for profit and
    cash-flow metrics. */
EARN_API int earn_point_margin(const earn_point *p, earn_decimal *pct);
/** For a full year: the compound annual growth rate, in percent to two places, since the
    series' first full year with a positive value, and over how many @p years (may be NULL);
    1 if known. Not for ratios. */
EARN_API int earn_point_cagr(const earn_point *p, earn_decimal *pct, int *years);
/** The prior-year value the stated yoy growth implies, with the interval the rounding of the
    stated rate allows (see earn_implied_prior()); 1 if known. */
EARN_API int earn_point_implied_prior(const earn_point *p, earn_decimal *point,
                                      earn_interval *range);
/** The statements behind the point: for a stated point the winning statement first, then the
    other statements of the same period (older releases it replaced, or a second value in the
    same release), newest first; for a derived point the statements of its inputs (the whole,
    then the part: FY, then Q1-Q3). */
EARN_API size_t earn_point_source_count(const earn_point *p);
/** Source @p i: the file it came from (as given to the store), the statement's span in it
    and the value it stated (0 in @p has_value when it stated none). Returns the file name,
    or NULL if out of range. @p span, @p value and @p has_value may be NULL. */
EARN_API const char *earn_point_source(const earn_point *p, size_t i, earn_span *span,
                                       earn_decimal *value, int *has_value);

/** Diagnostics of the store: consistency checks (stated growth against growth computed from
    two stated values; segments summing to more than the total; two sources disagreeing on a
    value; a report period that does not follow from its release date; a restated figure). */
EARN_API size_t earn_store_diagnostic_count(const earn_store *store);
/** Diagnostic @p i: its message, or NULL if out of range. Each side of the check is named by
    its file and span: @p side 0 and 1 (either may be NULL; an unused side has a NULL file). */
EARN_API const char *earn_store_diagnostic(const earn_store *store, size_t i,
                                           earn_severity *severity, const char **file0,
                                           earn_span *span0, const char **file1, earn_span *span1);

/** The columns of the analysis table, in order, as written by earn_store_write(). */
#define EARN_ANALYSIS_COLUMNS                                                                      \
  "issuer,metric,segment,basis,kind,period,calendar_period,origin,value,unit,yoy_pct,qoq_pct,"     \
  "yoy_change,qoq_change,growth_unit,yoy_low,yoy_high,qoq_low,qoq_high,stated_yoy_pct,"            \
  "stated_qoq_pct,stated_yoy_qualifier,stated_qoq_qualifier,implied_prior_low,"                    \
  "implied_prior_high,ttm,margin_pct,cagr_pct,cagr_years,sources,diagnostic"
/** Write the analysis (one row per point of every series, #EARN_ANALYSIS_COLUMNS) as CSV
    (libcsv), TSV or JSON (jansson). As earn_doc_write_facts() otherwise. */
EARN_API earn_status earn_store_write(const earn_store *store, earn_format format, int header,
                                      earn_write_fn write, void *ctx);
/**
 * Write the facts of the store, in the order they were added, as a facts CSV again (the long
 * layout; CSV, TSV or JSON): the columns of #EARN_FACT_COLUMNS, after `file` when the store
 * holds several files and `issuer`, `release_date`, `fiscal_year_end` when some release tells
 * them. Reading what this writes with earn_store_add_csv() and writing it again gives the
 * same bytes. Needs no earn_store_analyze().
 */
EARN_API earn_status earn_store_write_facts(const earn_store *store, earn_format format, int header,
                                            earn_write_fn write, void *ctx);
/**
 * Write the series of an analysed store in the wide layout for spreadsheets: one row per
 * series with the columns `issuer,metric,segment,basis,kind,unit`, then one column per fiscal
 * period that any series has (`FY2025Q1`, ..., in period order) holding its value (stated or
 * derived; empty when the series has none).
 */
EARN_API earn_status earn_store_write_wide(const earn_store *store, earn_format format, int header,
                                           earn_write_fn write, void *ctx);
/**@}*/

#ifdef __cplusplus
}
#endif

#endif /* EARNINGS_ANALYTICS_H */
