/* SPDX-License-Identifier: MIT */
/* Fiscal calendars: a fiscal period's name to the calendar period it mostly covers, and a
   calendar quarter or year back to the fiscal one. The month arithmetic lives in period.c;
   this file adds what the public API needs on top of it: labels that are (pointer, length)
   rather than C strings, the issuer's own fiscal-year numbering (fy_offset), strict checking
   of the spelling, and the way back for fiscal quarters that straddle calendar quarters.

   Conventions of both functions:
   - A label is accepted only in the one spelling the library writes (earn_fperiod_name for
     fiscal periods, "2025Q4" / "2025" for calendar ones): "FY2026Q1-Q4", "FY2026Q03",
     "fy2026q3" or " 2025Q4" are EARN_ERR_SYNTAX. A label names one period exactly once,
     so what these functions write they read back.
   - On any error `out` holds "" (when cap > 0), so a caller never sees a stale name.
   - When the name does not fit in `cap` bytes the result is EARN_ERR_ARG and `out` holds "",
     not a truncated name that could be mistaken for another period (2025Q1-Q3 cut to 2025Q1).
   - Years are those the library's label reader takes (1900-2199). An fy_offset that moves the
     standard-named fiscal year, or the issuer's year written out, outside that range is
     EARN_ERR_ARG: it is the offset, not the label, that is unreasonable. */
#include <stdio.h>
#include <string.h>

#include "period.h"
#include "private.h"

/* The years period.c's label reader accepts. */
enum { YEAR_MIN = 1900, YEAR_MAX = 2199 };

/* Longer than any label either function accepts ("FY2026Q1-Q3" is 11 bytes) with room to
   spare; a longer input is no period at all. */
enum { LABEL_MAX = 32 };

static bool year_in_range(long long year) { return year >= YEAR_MIN && year <= YEAR_MAX; }

/* Write "" to out if there is room: every error leaves an empty name behind. */
static earn_status fail(earn_status status, char *out, size_t cap) {
  if (out && cap > 0)
    out[0] = '\0';
  return status;
}

/* Copy the (pointer, length) label into buf as a C string, which period.c's reader needs.
   False when it cannot be a label: too long, or holding a NUL byte. */
static bool copy_label(const char *label, size_t len, char buf[LABEL_MAX]) {
  if (len >= LABEL_MAX || memchr(label, '\0', len) != NULL)
    return false;
  memcpy(buf, label, len);
  buf[len] = '\0';
  return true;
}

/* Copy a finished name to out, or fail with "" when it does not fit. */
static earn_status put_name(const char *name, char *out, size_t cap) {
  size_t n = strlen(name);
  if (n == 0 || n >= cap)
    return fail(EARN_ERR_ARG, out, cap);
  memcpy(out, name, n + 1);
  return EARN_OK;
}

/* The fiscal period a label names, with its year as the issuer numbers it. Only the spelling
   earn_fperiod_name writes is taken: parsing alone would also let through a bare "2025" (a
   calendar year here), "Q3" without a year, or "FY2026Q1-Q4" for "FY2026". */
static bool read_fiscal(const char *label, earn_fperiod *out) {
  earn_plabel l;
  earn_fperiod p;
  if (!earn_plabel_parse(label, &l) || l.type != EARN_PL_FISCAL || l.fy == 0)
    return false;
  if (!earn_plabel_resolve(&l, 12, 0, &p)) /* a fiscal label ignores the year-end */
    return false;
  char again[LABEL_MAX];
  earn_fperiod_name(p, again, sizeof again);
  if (strcmp(again, label) != 0)
    return false;
  *out = p;
  return true;
}

earn_status earn_fiscal_to_calendar(const char *fiscal, size_t len, int fye_month, int fy_offset,
                                    char *out, size_t cap) {
  if (!fiscal || !out || cap == 0 || fye_month < 1 || fye_month > 12)
    return fail(EARN_ERR_ARG, out, cap);
  char label[LABEL_MAX];
  earn_fperiod p;
  if (!copy_label(fiscal, len, label) || !read_fiscal(label, &p))
    return fail(EARN_ERR_SYNTAX, out, cap);
  /* period.c names fiscal years by the calendar year they end in; the issuer's FY n is that
     FY n - offset. */
  long long standard_fy = (long long)p.fy - fy_offset;
  if (!year_in_range(standard_fy))
    return fail(EARN_ERR_ARG, out, cap);
  p.fy = (short)standard_fy;
  char name[LABEL_MAX];
  earn_fperiod_calendar_name(p, fye_month, name, sizeof name);
  return put_name(name, out, cap);
}

/* The fiscal quarter (standard-named) whose calendar period is the calendar quarter `label`.
   When fiscal quarters line up with calendar ones, period.c's resolver finds the one that
   covers the same three months. When they do not (a January year-end: quarters end April,
   July, October, January), each fiscal quarter's middle month falls in a different calendar
   quarter, so exactly one fiscal quarter is named by each calendar quarter; it is found by
   asking earn_fperiod_calendar_name, which makes this the inverse of
   earn_fiscal_to_calendar by construction. Its middle month lies in the calendar year, so its
   fiscal year ends in that year or the next. */
static bool quarter_to_fiscal(const earn_plabel *l, const char *label, int fye, earn_fperiod *out) {
  if (earn_plabel_resolve(l, fye, 0, out))
    return true;
  for (int fy = l->year; fy <= l->year + 1; fy++) {
    for (int q = 1; q <= 4; q++) {
      earn_fperiod p = {(short)fy, (unsigned char)q, (unsigned char)q};
      char name[LABEL_MAX];
      earn_fperiod_calendar_name(p, fye, name, sizeof name);
      if (strcmp(name, label) == 0) {
        *out = p;
        return true;
      }
    }
  }
  return false;
}

/* A calendar label in the one spelling the library writes: "2025Q4" or "2025". Parsing alone
   would also take "02025Q4", and it reads a bare year as fiscal, so "FY2025" must be told
   apart by its spelling too. Sets *is_year for a whole year. */
static bool read_calendar(const char *label, earn_plabel *l, bool *is_year) {
  if (!earn_plabel_parse(label, l))
    return false;
  char again[LABEL_MAX];
  if (l->type == EARN_PL_CALENDAR_Q) {
    snprintf(again, sizeof again, "%dQ%d", l->year, l->month);
    *is_year = false;
  } else if (l->type == EARN_PL_FISCAL && l->fy != 0 && l->qa == 1 && l->qb == 4) {
    snprintf(again, sizeof again, "%d", l->fy);
    *is_year = true;
  } else {
    return false;
  }
  return strcmp(again, label) == 0;
}

earn_status earn_calendar_to_fiscal(const char *calendar, size_t len, int fye_month, int fy_offset,
                                    char *out, size_t cap) {
  if (!calendar || !out || cap == 0 || fye_month < 1 || fye_month > 12)
    return fail(EARN_ERR_ARG, out, cap);
  char label[LABEL_MAX];
  earn_plabel l;
  bool is_year = false;
  if (!copy_label(calendar, len, label) || !read_calendar(label, &l, &is_year))
    return fail(EARN_ERR_SYNTAX, out, cap);
  earn_fperiod p;
  if (is_year) {
    /* Only a December year-end makes a calendar year one fiscal year; otherwise it is parts
       of two, which no single fiscal name can stand for. */
    if (fye_month != 12)
      return fail(EARN_ERR_SYNTAX, out, cap);
    p = (earn_fperiod){(short)l.fy, 1, 4};
  } else if (!quarter_to_fiscal(&l, label, fye_month, &p)) {
    return fail(EARN_ERR_SYNTAX, out, cap); /* not reached: every quarter has a match */
  }
  long long issuer_fy = (long long)p.fy + fy_offset;
  if (!year_in_range(p.fy) || !year_in_range(issuer_fy))
    return fail(EARN_ERR_ARG, out, cap);
  p.fy = (short)issuer_fy;
  char name[LABEL_MAX];
  earn_fperiod_name(p, name, sizeof name);
  return put_name(name, out, cap);
}
