/* SPDX-License-Identifier: MIT */
/* Fiscal periods: reading the period labels of the pattern rules, mapping calendar periods
   to fiscal ones through the fiscal year-end month, and naming both. Internal. */
#ifndef EARN_PERIOD_H
#define EARN_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

/* A fiscal period as a run of quarters of one fiscal year: the full year is Q1-Q4, the first
   half Q1-Q2, nine months to date Q1-Q3. fy == 0 means unknown. */
typedef struct earn_fperiod {
  short fy;
  unsigned char qa, qb;
} earn_fperiod;

/* What a period label says, before the fiscal calendar is known. */
typedef enum earn_plabel_type {
  EARN_PL_NONE = 0,
  EARN_PL_FISCAL,     /* FY2026Q3, Q3 (no year), FY2026, Q1-Q3, H1 */
  EARN_PL_CALENDAR_Q, /* 2025Q4: a calendar quarter */
  EARN_PL_MONTHS,     /* 3M@2025-12-31: months ended a day (the day may be missing) */
  EARN_PL_MONTH_RANGE /* 2025M10-M12: calendar months */
} earn_plabel_type;

typedef struct earn_plabel {
  earn_plabel_type type;
  int fy;     /* fiscal year, 0 if the label has none */
  int qa, qb; /* quarters; 0 if none */
  int year;   /* calendar year of a calendar quarter, a month range or a period end; 0 if none */
  int month;  /* end month of a period or month range; calendar quarter for EARN_PL_CALENDAR_Q */
  int months; /* length in months */
} earn_plabel;

/* Read a normalised label (earn_quantity_label) of a period, or of a date that is a bare
   year ("2025", read as that fiscal year). False when it is no period. */
bool earn_plabel_parse(const char *label, earn_plabel *out);
/* The fiscal period a label means, for fiscal years ending in month `fye` (1-12), taking the
   fiscal year `default_fy` when the label has none. False when it cannot be known. */
bool earn_plabel_resolve(const earn_plabel *l, int fye, int default_fy, earn_fperiod *out);
/* The fiscal year-end month implied by a label that names both a fiscal period and the
   calendar months it covers, given the fiscal period it was said to be; 0 if none. */
int earn_fye_from_pair(earn_fperiod fiscal, const earn_plabel *calendar);

/* FY2026Q3, FY2026H1, FY2026, FY2026Q1-Q3; "" for an unknown period. */
void earn_fperiod_name(earn_fperiod p, char *out, size_t cap);
/* The calendar period a fiscal one mostly covers: 2025Q4, 2025H2, 2025, 2025Q1-Q3. */
void earn_fperiod_calendar_name(earn_fperiod p, int fye, char *out, size_t cap);
/* The same part of the fiscal year before. */
earn_fperiod earn_fperiod_prior_year(earn_fperiod p);
/* The quarter before (Q1 goes to Q4 of the year before); a non-quarter stays unknown. */
earn_fperiod earn_fperiod_prior_quarter(earn_fperiod p);
/* The last day of a fiscal period as year * 10000 + month * 100 + day (end of month). */
long earn_fperiod_end_date(earn_fperiod p, int fye);

#endif /* EARN_PERIOD_H */
