/* SPDX-License-Identifier: MIT */
/* Fiscal periods: labels in, fiscal and calendar names out. Months are counted on one line
   (year * 12 + month - 1) so that fiscal years that straddle calendar years need no cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

/* Read digits at *s into *out; false if there are none. */
static bool read_int(const char **s, int *out) {
  const char *p = *s;
  int v = 0, n = 0;
  while (*p >= '0' && *p <= '9' && n < 6) {
    v = v * 10 + (*p++ - '0');
    n++;
  }
  if (n == 0)
    return false;
  *s = p;
  *out = v;
  return true;
}

static bool quarter_run(const char **s, earn_plabel *l) {
  const char *p = *s;
  int a = 0, b = 0;
  if (*p == 'Q' && (p++, read_int(&p, &a)) && a >= 1 && a <= 4) {
    b = a;
    if (p[0] == '-' && p[1] == 'Q' && (p += 2, read_int(&p, &b)) && (b < a || b > 4))
      return false;
  } else if (*p == 'H' && (p++, read_int(&p, &a)) && a >= 1 && a <= 2) {
    b = a * 2;
    a = b - 1;
  } else {
    return false;
  }
  l->qa = a;
  l->qb = b;
  *s = p;
  return true;
}

bool earn_plabel_parse(const char *label, earn_plabel *out) {
  earn_plabel l = {0};
  const char *p = label;
  int y = 0, m = 0;
  if (strncmp(p, "FY", 2) == 0) {
    p += 2;
    if (!read_int(&p, &l.fy) || l.fy < 1900 || l.fy > 2199)
      return false;
    l.type = EARN_PL_FISCAL;
    if (*p == '\0') {
      l.qa = 1, l.qb = 4;
    } else if (!quarter_run(&p, &l) || *p) {
      return false;
    }
  } else if (*p == 'Q' || *p == 'H') {
    l.type = EARN_PL_FISCAL;
    if (!quarter_run(&p, &l) || *p)
      return false;
  } else if (read_int(&p, &y)) {
    if (*p == 'M' && y >= 1 && y <= 12) { /* 3M@2025-12-31, or 9M with no end date */
      l.type = EARN_PL_MONTHS;
      l.months = y;
      p++;
      if (*p == '@') {
        p++;
        int day = 0;
        if (!read_int(&p, &l.year) || *p++ != '-' || !read_int(&p, &l.month) || l.month < 1 ||
            l.month > 12)
          return false;
        /* A period that ends in a month's first week ends, for the fiscal calendar, the month
           before: 52/53-week years end on a weekday near the month's end ("13 weeks ended
           November 2, 2024" is the quarter to October). */
        if (*p == '-' && (p++, read_int(&p, &day)) && day <= 7 && --l.month == 0) {
          l.month = 12;
          l.year--;
        }
      }
      if (l.months % 3 != 0)
        return false;
    } else if (y >= 1900 && y <= 2199 && *p == 'Q' && p[1] >= '1' && p[1] <= '4' && !p[2]) {
      l.type = EARN_PL_CALENDAR_Q;
      l.year = y;
      l.month = p[1] - '0';
    } else if (y >= 1900 && y <= 2199 && *p == 'M') { /* 2025M10-M12 */
      p++;
      int a = 0;
      if (!read_int(&p, &a) || *p++ != '-' || *p++ != 'M' || !read_int(&p, &m) || *p)
        return false;
      l.type = EARN_PL_MONTH_RANGE;
      l.year = y;
      l.month = m;
      l.months = m - a + 1;
    } else if (y >= 1900 && y <= 2199 && *p == '\0') { /* a bare year */
      l.type = EARN_PL_FISCAL;
      l.fy = y;
      l.qa = 1, l.qb = 4;
    } else {
      return false;
    }
  } else if (*p == 'M') { /* M10-M12 without a year */
    int a = 0;
    p++;
    if (!read_int(&p, &a) || *p++ != '-' || *p++ != 'M' || !read_int(&p, &m) || *p)
      return false;
    l.type = EARN_PL_MONTH_RANGE;
    l.month = m;
    l.months = m - a + 1;
  } else {
    return false;
  }
  *out = l;
  return true;
}

/* The fiscal period of `months` months that ends in calendar month `month` of `year`, for
   fiscal years ending in month `fye`; false when it does not sit inside one fiscal year. */
static bool months_to_fiscal(int year, int month, int months, int fye, earn_fperiod *out) {
  if (months <= 0 || months % 3 != 0 || months > 12 || month < 1 || month > 12)
    return false;
  int after_fy_end = (month - fye + 12) % 12; /* months from the last fiscal year end */
  if (after_fy_end % 3 != 0)
    return false; /* quarters of this fiscal calendar do not end in that month */
  int qb = after_fy_end == 0 ? 4 : after_fy_end / 3;
  int qa = qb - months / 3 + 1;
  if (qa < 1)
    return false;
  out->fy = (short)(month <= fye ? year : year + 1); /* named by the year it ends in */
  out->qa = (unsigned char)qa;
  out->qb = (unsigned char)qb;
  return true;
}

bool earn_plabel_resolve(const earn_plabel *l, int fye, int default_fy, earn_fperiod *out) {
  if (fye < 1 || fye > 12)
    fye = 12;
  switch (l->type) {
  case EARN_PL_FISCAL: {
    int fy = l->fy ? l->fy : default_fy;
    if (fy <= 0 || l->qa < 1 || l->qb > 4)
      return false;
    *out = (earn_fperiod){(short)fy, (unsigned char)l->qa, (unsigned char)l->qb};
    return true;
  }
  case EARN_PL_CALENDAR_Q:
    return months_to_fiscal(l->year, l->month * 3, 3, fye, out);
  case EARN_PL_MONTHS:
    if (l->year == 0 || l->month == 0)
      return false;
    return months_to_fiscal(l->year, l->month, l->months, fye, out);
  case EARN_PL_MONTH_RANGE:
    if (l->year == 0)
      return false;
    return months_to_fiscal(l->year, l->month, l->months, fye, out);
  default:
    return false;
  }
}

/* Months on one line: year * 12 + month - 1. */
static long fiscal_end_index(const earn_fperiod *p, int fye) {
  long fy_end = (long)p->fy * 12 + (fye - 1);
  return fy_end - 3L * (4 - p->qb);
}

int earn_fye_from_pair(earn_fperiod fiscal, const earn_plabel *calendar) {
  if (fiscal.fy <= 0 || fiscal.qa != fiscal.qb)
    return 0;
  int end_month = 0, year = 0;
  if (calendar->type == EARN_PL_CALENDAR_Q) {
    end_month = calendar->month * 3;
    year = calendar->year;
  } else if ((calendar->type == EARN_PL_MONTHS || calendar->type == EARN_PL_MONTH_RANGE) &&
             calendar->months == 3 && calendar->month && calendar->year) {
    end_month = calendar->month;
    year = calendar->year;
  } else {
    return 0;
  }
  /* The fiscal year ends 3 * (4 - q) months after the quarter does. */
  long end = (long)year * 12 + end_month - 1 + 3L * (4 - fiscal.qb);
  int fye = (int)(end % 12) + 1;
  long fy_year = end / 12;
  /* A fiscal year named by the year it ends in must agree; names that differ by one are
     the company's own convention and still tell the month. */
  if (labs(fy_year - fiscal.fy) > 1)
    return 0;
  return fye;
}

void earn_fperiod_name(earn_fperiod p, char *out, size_t cap) {
  if (p.fy <= 0 || p.qa < 1 || p.qb > 4 || p.qa > p.qb) {
    snprintf(out, cap, "%s", "");
  } else if (p.qa == 1 && p.qb == 4) {
    snprintf(out, cap, "FY%d", p.fy);
  } else if (p.qa == p.qb) {
    snprintf(out, cap, "FY%dQ%d", p.fy, p.qa);
  } else if ((p.qa == 1 && p.qb == 2) || (p.qa == 3 && p.qb == 4)) {
    snprintf(out, cap, "FY%dH%d", p.fy, p.qb / 2);
  } else {
    snprintf(out, cap, "FY%dQ%d-Q%d", p.fy, p.qa, p.qb);
  }
}

void earn_fperiod_calendar_name(earn_fperiod p, int fye, char *out, size_t cap) {
  if (p.fy <= 0 || p.qa < 1 || p.qb > 4 || p.qa > p.qb || fye < 1 || fye > 12) {
    snprintf(out, cap, "%s", "");
    return;
  }
  long end = fiscal_end_index(&p, fye);
  long months = 3L * (p.qb - p.qa + 1);
  long start = end - months + 1;
  long mid = (start + end) / 2; /* the month in the middle names the majority */
  long year = mid / 12;
  int quarter = (int)(mid % 12) / 3 + 1;
  if (months == 3)
    snprintf(out, cap, "%ldQ%d", year, quarter);
  else if (months == 6)
    snprintf(out, cap, "%ldH%d", year, quarter <= 2 ? 1 : 2);
  else if (months == 12)
    snprintf(out, cap, "%ld", year);
  else {
    /* The calendar quarters its first and last fiscal quarters mostly cover (February to
       October is 2025Q1-Q3). */
    long first = start + 1, last = end - 1;
    if (first / 12 == last / 12) /* 2025Q1-Q3: the year once when both ends share it */
      snprintf(out, cap, "%ldQ%d-Q%d", first / 12, (int)(first % 12) / 3 + 1,
               (int)(last % 12) / 3 + 1);
    else
      snprintf(out, cap, "%ldQ%d-%ldQ%d", first / 12, (int)(first % 12) / 3 + 1, last / 12,
               (int)(last % 12) / 3 + 1);
  }
}

earn_fperiod earn_fperiod_prior_year(earn_fperiod p) {
  if (p.fy > 0)
    p.fy--;
  return p;
}

earn_fperiod earn_fperiod_prior_quarter(earn_fperiod p) {
  earn_fperiod none = {0, 0, 0};
  if (p.fy <= 0 || p.qa != p.qb)
    return none;
  if (p.qa == 1)
    return (earn_fperiod){(short)(p.fy - 1), 4, 4};
  p.qa--;
  p.qb--;
  return p;
}

long earn_fperiod_end_date(earn_fperiod p, int fye) {
  if (p.fy <= 0)
    return 0;
  long end = fiscal_end_index(&p, fye < 1 || fye > 12 ? 12 : fye);
  int month = (int)(end % 12) + 1;
  long year = end / 12;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int day = days[month - 1];
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    day = 29;
  return year * 10000 + month * 100 + day;
}
