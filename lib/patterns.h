/* SPDX-License-Identifier: MIT */
/* Inside the pattern rules: the named groups a match fills, shared by the matcher
   (patterns.c) and the labeller (pattern-labels.c). Internal, and free of PCRE2's types: only
   patterns.c includes pcre2.h. */
#ifndef EARN_PATTERNS_H
#define EARN_PATTERNS_H

#include "private.h"

/* The named groups a rule may use to describe what it matched. */
enum earn_group_name {
  G_Y,      /* year */
  G_M,      /* month number */
  G_D,      /* day */
  G_MN,     /* month name */
  G_FY,     /* fiscal year, four digits */
  G_FY2,    /* fiscal year, two digits */
  G_Q,      /* quarter */
  G_H,      /* half */
  G_CY,     /* calendar year */
  G_CQ,     /* calendar quarter */
  G_QA,     /* first quarter of a range */
  G_QB,     /* last quarter of a range */
  G_ERA,    /* Japanese era name */
  G_EY,     /* year of the era */
  G_MONTHS, /* length in months */
  G_MA,     /* first month of a range */
  G_MB,     /* last month of a range */
  G_HH,     /* hour */
  G_MI,     /* minute */
  G_COUNT
};
extern const char *const earn_group_names[G_COUNT];
enum { EARN_MAX_DUPLICATES = 16 };

/* Where each name's groups are in one compiled pattern (a name may repeat across rules). */
typedef struct earn_group_numbers {
  uint32_t number[G_COUNT][EARN_MAX_DUPLICATES];
  size_t count[G_COUNT];
} earn_group_numbers;

/* A match: the subject, its offset vector (pairs of size_t, unset = SIZE_MAX) and where the
   names are. */
typedef struct earn_groups {
  const char *s;
  const size_t *ov;
  const earn_group_numbers *names;
} earn_groups;

/* Write the normalised label of a date or period match into out (cap bytes). */
void earn_pattern_label(const earn_groups *gr, earn_qkind kind, const char *rule_id, char *out,
                        size_t cap);

#endif /* EARN_PATTERNS_H */
