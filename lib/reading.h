/* SPDX-License-Identifier: MIT */
/* Shared by the quantity reader's files: the scanner over the folded text and the quantity
   being assembled around one numeral. Internal. */
#ifndef EARN_READING_H
#define EARN_READING_H

#include <string.h>

#include "private.h"

typedef struct scanner {
  earn_doc *doc;
  const earn_lexicon *lex;
  const char *s;
  size_t len;
  earn_lang lang;
  size_t last_money_end; /* folded end of the last amount of money, for (US$1.2) after it */
  bool decimal_comma;    /* the text writes 1 234,5: spaces or dots group, the comma is the
                            decimal mark (scan.c decides, once per document) */
} scanner;

/* A quantity being assembled around one numeral. */
typedef struct reading {
  size_t start, end;         /* folded span of the whole quantity */
  size_t num_start, num_end; /* the numeral itself */
  earn_numeral num;
  earn_qkind kind;
  const char *unit;
  earn_qualifier qual;
  int power;       /* scale and unit powers of ten still to apply */
  int scale_power; /* the part that came from a scale word (for ranges) */
  bool negative;
  bool paren; /* an opening parenthesis before the digits: maybe an accounting negative */
  bool has_currency;
  bool has_sign;
  bool paren_closed; /* ")" came right after the digits: "$(5.2) million" */
  uint32_t flags;
  const char *rule;
  earn_decimal extra; /* subunits and halves added, in base units (25円50銭, 七割半) */
  bool has_extra;
  bool dozens; /* counted by the dozen (3 dozen, 2ダース): the value is already times twelve */
} reading;

static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }

static inline bool starts_with(const scanner *sc, size_t pos, const char *lit) {
  size_t n = strlen(lit);
  return pos + n <= sc->len && memcmp(sc->s + pos, lit, n) == 0;
}

static inline bool ends_with(const scanner *sc, size_t pos, const char *lit) {
  size_t n = strlen(lit);
  return pos >= n && memcmp(sc->s + pos - n, lit, n) == 0;
}

/* Digits in a row at pos, counting no further than max. */
static inline size_t digit_run_at(const scanner *sc, size_t pos, size_t max) {
  size_t n = 0;
  while (n < max && pos + n < sc->len && is_digit((unsigned char)sc->s[pos + n]))
    n++;
  return n;
}

static inline uint32_t code_point_at(const scanner *sc, size_t pos, size_t *len) {
  uint32_t cp = 0;
  *len = earn_utf8_decode(sc->s + pos, sc->len - pos, &cp);
  return cp;
}

/* affixes.c: what stands around a numeral. */
size_t earn_skip_blanks(const scanner *sc, size_t pos);
size_t earn_skip_blanks_back(const scanner *sc, size_t pos, size_t floor);
void earn_read_suffix(const scanner *sc, reading *r);
void earn_read_prefix(const scanner *sc, reading *r, size_t floor);
/* A count noun after or before a bare number (or a generic counter) says what it counts. */
void earn_read_count_noun(const scanner *sc, reading *r, size_t floor);

/* quantity.c: one quantity from its numeral at pos; returns where scanning goes on. */
size_t earn_read_quantity(scanner *sc, size_t pos, size_t floor);

/* scan.c: record a date, period or name (a label kind) over folded [start, end). */
bool earn_emit_label(scanner *sc, size_t start, size_t end, earn_qkind kind, const char *rule,
                     const char *label, size_t label_len);

#endif /* EARN_READING_H */
