/* SPDX-License-Identifier: MIT */
/* The single pass over the folded text: dates, periods and names from the PCRE2 rules, words
   that are amounts by themselves, and every numeral handed to the quantity reader. */
#include "reading.h"

bool earn_emit_label(scanner *sc, size_t start, size_t end, earn_qkind kind, const char *rule,
                     const char *label, size_t label_len) {
  if (kind == EARN_Q_LABEL) /* a name as written, before width folding (（注1）, ＮＹＳＥ) */
    label = earn_doc_evidence(sc->doc, start, end, &label_len);
  earn_quantity q;
  memset(&q, 0, sizeof q);
  q.kind = kind;
  q.unit = "";
  q.fstart = start;
  q.fend = end;
  q.rule = rule;
  return earn_doc_add_quantity(sc->doc, &q, label, label_len);
}

/* A word that is an amount by itself: 三桁 (at least 100%), double-digit, 倍増. */
static size_t read_word(scanner *sc, size_t pos, const earn_lex_entry *e, size_t end) {
  earn_quantity q;
  memset(&q, 0, sizeof q);
  earn_error err;
  if (earn_decimal_parse(e->value, strlen(e->value), &q.value, &err) != EARN_OK)
    return end;
  q.kind = (earn_qkind)e->kind;
  q.unit = e->unit;
  q.qualifier = (earn_qualifier)e->qualifier;
  q.has_value = true;
  q.flags = EARN_QF_WORDS | (q.qualifier == EARN_QUAL_AT_LEAST ? EARN_QF_LOWER_BOUND_WORD : 0);
  q.fstart = pos;
  q.fend = end;
  q.rule = "quantity.word";
  earn_doc_add_quantity(sc->doc, &q, "", 0);
  return end;
}

/* ---- the decimal mark -------------------------------------------------------------------- */

/*
 * Releases in English write 1,234,567.89; French, German and other European texts write
 * 1 234 567,89 or 1.234.567,89: spaces or dots group the digits and the comma is the
 * decimal mark. A lone "1,234" could be either, so a text is read with decimal commas only
 * when it shows that convention itself and nowhere contradicts it:
 *  - for: a number whose integer part is grouped in threes by spaces or dots, then a comma
 *    and a fraction (1 234 567,89, 1.234,5). After space groups the fraction must not be
 *    three digits long: "Note 1 234,567" may be a note number and a comma-grouped amount.
 *  - against: a comma group followed by another group or a decimal point (1,234,567,
 *    1,234.5), which only the comma-grouping convention writes.
 * Only texts read as English are weighed (the European languages are read as English);
 * Japanese and Chinese releases write 1,234.5.
 */

/* How many groups of three digits (after a separator, all ' ' or all '.') end right before
   s[i], with the separator in *sep; 0 unless a leading group of one to three digits that
   starts a token opens them. */
static unsigned groups_before(const scanner *sc, size_t i, char *sep) {
  const char *s = sc->s;
  unsigned groups = 0;
  *sep = 0;
  for (size_t j = i;;) {
    size_t run = 0;
    while (run < 4 && run < j && is_digit((unsigned char)s[j - run - 1]))
      run++;
    char c = j >= 5 ? s[j - 4] : 0;
    if (run == 3 && (c == ' ' || c == '.') && (!*sep || c == *sep) &&
        is_digit((unsigned char)s[j - 5]) && groups < 12) {
      *sep = c;
      groups++;
      j -= 4;
      continue;
    }
    if (run == 0 || run > 3)
      return 0;
    size_t start = j - run;
    unsigned char before = start > 0 ? (unsigned char)s[start - 1] : ' ';
    return is_alnum(before) || before == ',' || before == '.' ? 0 : groups;
  }
}

static bool uses_decimal_comma(const scanner *sc) {
  if (sc->lang != EARN_LANG_EN)
    return false;
  const char *s = sc->s;
  bool seen = false;
  for (const char *c = memchr(s, ',', sc->len); c;
       c = memchr(c + 1, ',', sc->len - (size_t)(c + 1 - s))) {
    size_t i = (size_t)(c - s);
    if (i == 0 || !is_digit((unsigned char)s[i - 1]) || i + 1 >= sc->len ||
        !is_digit((unsigned char)s[i + 1]))
      continue;
    size_t f = digit_run_at(sc, i + 1, 40), after = i + 1 + f;
    bool more = after + 1 < sc->len && (s[after] == ',' || s[after] == '.') &&
                is_digit((unsigned char)s[after + 1]);
    if (f == 3 && more)
      return false;
    if (seen || more)
      continue;
    char sep = 0;
    seen = groups_before(sc, i, &sep) > 0 && (sep == '.' || f != 3);
  }
  return seen;
}

/* ---- the pass ---------------------------------------------------------------------------- */

earn_status earn_scan_quantities(earn_doc *doc, earn_error *err) {
  scanner sc = {doc, doc->ex->lex, doc->text.s, doc->text.len, doc->lang, 0, false};
  sc.decimal_comma = uses_decimal_comma(&sc);
  earn_pattern_scan *ps = earn_pattern_scan_new(doc->ex->patterns);
  if (!ps)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  earn_pattern_hit hit;
  earn_status failed = EARN_OK;
  bool have_hit = earn_pattern_next(ps, sc.s, sc.len, 0, &hit, &failed);
  size_t pos = 0, floor = 0;
  while (pos < sc.len) {
    while (have_hit && hit.start < pos)
      have_hit = earn_pattern_next(ps, sc.s, sc.len, pos, &hit, &failed);
    if (have_hit && hit.start == pos) {
      earn_emit_label(&sc, hit.start, hit.end, hit.kind, hit.rule, hit.label, strlen(hit.label));
      pos = floor = hit.end;
      continue;
    }
    size_t limit = have_hit ? hit.start : sc.len;
    unsigned char c = (unsigned char)sc.s[pos];
    size_t next = pos + 1, end = 0;
    /* Digits and letters count only where a token begins: not the 3 inside "Lumo4". */
    bool token_start =
        (is_digit(c) || is_alpha(c)) && (pos == 0 || !is_alnum((unsigned char)sc.s[pos - 1]));
    if (c >= 0x80 || token_start) {
      const earn_lex_entry *w =
          earn_lexicon_match(sc.lex, EARN_LEX_WORD, sc.lang, sc.s, limit, pos, 0, &end);
      if (w) {
        pos = floor = read_word(&sc, pos, w, end);
        continue;
      }
    }
    bool point = c == '.' && pos + 1 < sc.len && is_digit((unsigned char)sc.s[pos + 1]) &&
                 (pos == 0 || sc.s[pos - 1] == '$' || sc.s[pos - 1] == ' ');
    if (is_digit(c) || point || (is_alpha(c) && token_start)) {
      next = earn_read_quantity(&sc, pos, floor);
      if (next > pos + 1 || is_digit(c))
        floor = next;
    } else if (c >= 0x80) {
      size_t n = 0;
      uint32_t cp = code_point_at(&sc, pos, &n);
      next = pos + n;
      if (earn_is_cjk_numeral_start(cp) && !ends_with(&sc, pos, "第")) {
        size_t r = earn_read_quantity(&sc, pos, floor);
        if (r > next) {
          next = r;
          floor = r;
        }
      }
    } else if (is_alpha(c)) {
      while (next < sc.len && is_alpha((unsigned char)sc.s[next]))
        next++;
    }
    pos = next;
  }
  earn_pattern_scan_free(ps);
  if (failed == EARN_ERR_NOMEM)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  if (failed != EARN_OK)
    earn_doc_add_diag(doc, 0, 0, EARN_SEV_WARNING,
                      "the date and period patterns failed part-way; dates may be missing");
  return EARN_OK;
}
