/* SPDX-License-Identifier: MIT */
/* The extractor (shared, read-only) and the document (one read of one input): construction,
   language detection, storage of quantities and diagnostics, and the public getters. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "private.h"

/* ---- extractor ------------------------------------------------------------------------- */

/* The embedded files with the caller's in front of them or in their place; names the library
   does not know are refused. */
static earn_status resolve_files(const earn_allocator *a, const earn_extractor_options *opts,
                                 earn_embedded **out, size_t *count, earn_error *err) {
  size_t extra = opts ? opts->lexicon_count : 0;
  const earn_lexicon_file *given = extra ? opts->lexicons : NULL;
  if (extra && !given)
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "lexicon_count without lexicons");
  for (size_t i = 0; i < extra; i++) {
    bool known = false;
    for (size_t e = 0; e < earn_embedded_lexicon_count && given[i].name; e++)
      known |= strcmp(given[i].name, earn_embedded_lexicons[e].name) == 0;
    if (!known || (!given[i].data && given[i].len))
      return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "unknown lexicon file %s",
                            given[i].name ? given[i].name : "(null)");
  }
  earn_embedded *files = earn_calloc(a, earn_embedded_lexicon_count + extra + 1, sizeof *files);
  if (!files)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  size_t n = 0;
  for (size_t e = 0; e < earn_embedded_lexicon_count; e++) {
    const earn_embedded *emb = &earn_embedded_lexicons[e];
    bool replaced = false;
    for (size_t i = 0; i < extra; i++)
      if (strcmp(given[i].name, emb->name) == 0) {
        files[n++] = (earn_embedded){emb->name, given[i].data ? given[i].data : "", given[i].len};
        replaced |= given[i].replace != 0;
      }
    if (!replaced)
      files[n++] = *emb;
  }
  *out = files;
  *count = n;
  return EARN_OK;
}

earn_extractor *earn_extractor_new_with(const earn_extractor_options *opts, earn_error *err) {
  earn_allocator a;
  earn_allocator_init(&a, opts ? opts->alloc : NULL);
  earn_extractor *ex = earn_calloc(&a, 1, sizeof *ex);
  if (!ex) {
    earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    return NULL;
  }
  ex->alloc = a;
  earn_embedded *files = NULL;
  size_t count = 0;
  earn_status st = resolve_files(&ex->alloc, opts, &files, &count, err);
  earn_data_files list = {files, count};
  if (st == EARN_OK)
    st = earn_lexicon_new(&ex->alloc, &list, &ex->lex, err);
  if (st == EARN_OK)
    st = earn_patterns_new(&ex->alloc, &list, &ex->patterns, err);
  if (st == EARN_OK && opts && opts->issuer && opts->issuer[0] &&
      !(ex->issuer = earn_strndup(&ex->alloc, opts->issuer, strlen(opts->issuer))))
    st = earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  earn_dealloc(&ex->alloc, files);
  if (st != EARN_OK) {
    earn_extractor_free(ex);
    return NULL;
  }
  return ex;
}

earn_extractor *earn_extractor_new(const earn_alloc *alloc, earn_error *err) {
  earn_extractor_options opts = {alloc, NULL, 0, NULL};
  return earn_extractor_new_with(&opts, err);
}

void earn_extractor_free(earn_extractor *ex) {
  if (!ex)
    return;
  earn_allocator a = ex->alloc;
  earn_lexicon_free(ex->lex, &a);
  earn_patterns_free(ex->patterns);
  earn_dealloc(&a, ex->issuer);
  earn_dealloc(&a, ex);
}

/* ---- language ---------------------------------------------------------------------------- */

const char *earn_lang_name(earn_lang lang) {
  switch (lang) {
  case EARN_LANG_JA:
    return "ja";
  case EARN_LANG_ZH:
    return "zh";
  default:
    return "en";
  }
}

/* Characters written one way in Japanese and another in simplified Chinese (億/亿, 円/元
   forms, 価/价): they decide short texts that have no kana. */
static int script_vote(uint32_t cp) {
  switch (cp) {
  case 0x5104: /* 億 */
  case 0x5186: /* 円 */
  case 0x92AD: /* 銭 */
  case 0x5272: /* 割 */
  case 0x4FA1: /* 価 */
  case 0x55B6: /* 営 */
  case 0x5897: /* 増 */
  case 0x6E1B: /* 減 */
    return 1;
  case 0x4EBF: /* 亿 */
  case 0x4E2A: /* 个 */
  case 0x4EEC: /* 们 */
  case 0x8FD9: /* 这 */
  case 0x4E3A: /* 为 */
  case 0x8425: /* 营 */
  case 0x589E: /* 增 */
  case 0x51CF: /* 减 */
    return -1;
  default:
    return 0;
  }
}

/* Kana only occur in Japanese; Han without kana is Chinese; otherwise English. A few kana
   in a Chinese text (a quoted brand) should not flip it, hence the ratio. */
static earn_lang detect_lang(const char *s, size_t len) {
  size_t kana = 0, han = 0;
  long vote = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    i += earn_utf8_decode(s + i, len - i, &cp);
    if (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB)
      kana++;
    else if (cp >= 0x4E00 && cp <= 0x9FFF) {
      han++;
      vote += script_vote(cp);
    }
  }
  if ((kana > 0 && kana * 20 >= han) || (kana == 0 && vote > 0))
    return EARN_LANG_JA;
  if (han > 0)
    return EARN_LANG_ZH;
  return EARN_LANG_EN;
}

/* ---- storage ------------------------------------------------------------------------------ */

bool earn_doc_store(earn_doc *doc, const char *s, size_t len, size_t *off) {
  if (!earn_grow(doc->alloc, (void **)&doc->strings, &doc->strings_cap, doc->strings_len + len + 1,
                 1)) {
    doc->oom = true;
    return false;
  }
  *off = doc->strings_len;
  memcpy(doc->strings + doc->strings_len, s, len);
  doc->strings[doc->strings_len + len] = '\0';
  doc->strings_len += len + 1;
  return true;
}

earn_span earn_doc_span(const earn_doc *doc, size_t fstart, size_t fend) {
  earn_span sp = {earn_text_original(&doc->text, fstart), earn_text_original(&doc->text, fend)};
  if (doc->html) { /* the text was read from the HTML's visible text: one map further */
    bool empty = sp.start == sp.end;
    sp.start = earn_source_offset(&doc->source, sp.start, false);
    sp.end = empty ? sp.start : earn_source_offset(&doc->source, sp.end, true);
    if (sp.end < sp.start)
      sp.end = sp.start;
  }
  return sp;
}

const char *earn_doc_evidence(const earn_doc *doc, size_t fstart, size_t fend, size_t *len) {
  size_t a = earn_text_original(&doc->text, fstart), b = earn_text_original(&doc->text, fend);
  if (doc->html) {
    *len = b - a;
    return doc->source.text + a;
  }
  earn_span sp = earn_doc_span(doc, fstart, fend);
  *len = sp.end - sp.start;
  return doc->input + sp.start;
}

bool earn_doc_add_quantity(earn_doc *doc, const earn_quantity *q, const char *label,
                           size_t label_len) {
  if (!earn_grow(doc->alloc, (void **)&doc->q, &doc->q_cap, doc->nq + 1, sizeof *doc->q)) {
    doc->oom = true;
    return false;
  }
  earn_quantity *dst = &doc->q[doc->nq];
  *dst = *q;
  if (!earn_doc_store(doc, label, label_len, &dst->label_off)) {
    doc->oom = true;
    return false;
  }
  dst->span = earn_doc_span(doc, q->fstart, q->fend);
  doc->nq++;
  return true;
}

bool earn_doc_add_diag(earn_doc *doc, size_t fstart, size_t fend, earn_severity sev,
                       const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  size_t len = n < 0 ? 0 : (size_t)n >= sizeof msg ? sizeof msg - 1 : (size_t)n;
  if (!earn_grow(doc->alloc, (void **)&doc->diags, &doc->diag_cap, doc->ndiag + 1,
                 sizeof *doc->diags)) {
    doc->oom = true;
    return false;
  }
  earn_diag *d = &doc->diags[doc->ndiag];
  d->span = earn_doc_span(doc, fstart, fend);
  d->severity = sev;
  if (!earn_doc_store(doc, msg, len, &d->msg_off)) {
    doc->oom = true;
    return false;
  }
  doc->ndiag++;
  return true;
}

/* Labels and messages live in one growing buffer; point into it once it stops moving. */
static void resolve_strings(earn_doc *doc) {
  for (size_t i = 0; i < doc->nq; i++)
    doc->q[i].label = doc->strings + doc->q[i].label_off;
  for (size_t i = 0; i < doc->ndiag; i++)
    doc->diags[i].msg = doc->strings + doc->diags[i].msg_off;
  for (size_t i = 0; i < doc->nfacts; i++) {
    earn_fact *f = &doc->facts[i];
    f->segment = f->seg_len ? doc->strings + f->seg_off : "";
    f->mention_spans = doc->mentions + f->mention0;
  }
  earn_report *r = &doc->report;
  r->issuer = r->issuer_len ? doc->strings + r->issuer_off : "";
  r->short_name = r->short_len ? doc->strings + r->short_off : "";
  r->date = r->date_len ? doc->strings + r->date_off : "";
  if (!r->currency)
    r->currency = "";
}

/* ---- documents ---------------------------------------------------------------------------- */

earn_doc *earn_doc_read(const earn_extractor *ex, const char *input, size_t len, uint32_t opts,
                        earn_error *err) {
  const uint32_t known = EARN_OPT_REPLACE_INVALID | EARN_OPT_LANG_EN | EARN_OPT_LANG_JA |
                         EARN_OPT_LANG_ZH | EARN_OPT_BORROW_INPUT | EARN_OPT_QUANTITIES_ONLY |
                         EARN_OPT_HTML | EARN_OPT_TEXT;
  uint32_t langs = opts & (EARN_OPT_LANG_EN | EARN_OPT_LANG_JA | EARN_OPT_LANG_ZH);
  bool both_kinds = (opts & EARN_OPT_HTML) && (opts & EARN_OPT_TEXT);
  if (!ex || (!input && len > 0) || (opts & ~known) || (langs & (langs - 1)) || both_kinds) {
    earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "%s",
                   !ex               ? "no extractor"
                   : (!input && len) ? "NULL input"
                                     : "bad options");
    return NULL;
  }
  if (!input)
    input = "";
  const earn_allocator *a = &ex->alloc;
  earn_doc *doc = earn_calloc(a, 1, sizeof *doc);
  if (!doc) {
    earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    return NULL;
  }
  doc->ex = ex;
  doc->alloc = a;
  doc->input = input;
  doc->input_len = len;
  if (!(opts & EARN_OPT_BORROW_INPUT)) {
    doc->input_copy = earn_strndup(a, input, len);
    if (!doc->input_copy) {
      earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
      earn_doc_free(doc);
      return NULL;
    }
    doc->input = doc->input_copy;
  }
  /* HTML becomes its visible text first; everything after reads that text. */
  const char *text = doc->input;
  size_t text_len = len;
  if (!(opts & EARN_OPT_TEXT) &&
      ((opts & EARN_OPT_HTML) || earn_looks_like_html(doc->input, len))) {
    if (earn_html_to_text(a, doc->input, len, &doc->source, err) != EARN_OK) {
      earn_doc_free(doc);
      return NULL;
    }
    doc->html = true;
    text = doc->source.text;
    text_len = doc->source.len;
  }
  if (earn_text_init(&doc->text, a, text, text_len, opts, err) != EARN_OK) {
    earn_doc_free(doc);
    return NULL;
  }
  if (opts & EARN_OPT_LANG_EN)
    doc->lang = EARN_LANG_EN;
  else if (opts & EARN_OPT_LANG_JA)
    doc->lang = EARN_LANG_JA;
  else if (opts & EARN_OPT_LANG_ZH)
    doc->lang = EARN_LANG_ZH;
  else
    doc->lang = detect_lang(doc->text.s, doc->text.len);
  if (doc->text.replaced) {
    size_t at = doc->text.first_replaced_folded; /* the diagnostic points at it */
    earn_doc_add_diag(doc, at, at < doc->text.len ? at + 1 : at, EARN_SEV_WARNING,
                      "%zu invalid UTF-8 sequence(s) or NUL byte(s) replaced with U+FFFD; "
                      "the first at byte %zu",
                      doc->text.replaced, doc->text.first_replaced);
  }
  earn_status st = earn_scan_quantities(doc, err);
  if (st == EARN_OK && !doc->oom && !(opts & EARN_OPT_QUANTITIES_ONLY)) {
    earn_read_report(doc);
    earn_find_facts(doc);
    if (!doc->oom)
      earn_finish_facts(doc);
  }
  if (st == EARN_OK && doc->oom)
    st = earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  if (st != EARN_OK) {
    earn_doc_free(doc);
    return NULL;
  }
  resolve_strings(doc);
  return doc;
}

void earn_doc_free(earn_doc *doc) {
  if (!doc)
    return;
  const earn_allocator *a = doc->alloc;
  earn_text_release(&doc->text, a);
  earn_source_release(&doc->source, a);
  earn_dealloc(a, doc->input_copy);
  earn_dealloc(a, doc->q);
  earn_dealloc(a, doc->diags);
  earn_dealloc(a, doc->facts);
  earn_dealloc(a, doc->mentions);
  earn_dealloc(a, doc->strings);
  earn_dealloc(a, doc);
}

earn_lang earn_doc_lang(const earn_doc *doc) { return doc ? doc->lang : EARN_LANG_EN; }

const char *earn_doc_input(const earn_doc *doc, size_t *len) {
  if (len)
    *len = doc ? doc->input_len : 0;
  return doc ? doc->input : NULL;
}

/* ---- getters ------------------------------------------------------------------------------ */

size_t earn_doc_quantity_count(const earn_doc *doc) { return doc ? doc->nq : 0; }

const earn_quantity *earn_doc_quantity(const earn_doc *doc, size_t i) {
  return doc && i < doc->nq ? &doc->q[i] : NULL;
}

earn_qkind earn_quantity_kind(const earn_quantity *q) { return q ? q->kind : EARN_Q_NUMBER; }

int earn_quantity_value(const earn_quantity *q, earn_decimal *out) {
  if (!q || !q->has_value)
    return 0;
  if (out)
    *out = q->value;
  return 1;
}

int earn_quantity_range(const earn_quantity *q, earn_decimal *low, earn_decimal *high) {
  if (!q || !q->is_range)
    return 0;
  if (low)
    *low = q->low;
  if (high)
    *high = q->high;
  return 1;
}

const char *earn_quantity_unit(const earn_quantity *q) { return q ? q->unit : ""; }

earn_qualifier earn_quantity_qualifier(const earn_quantity *q) {
  return q ? q->qualifier : EARN_QUAL_EXACT;
}

earn_span earn_quantity_span(const earn_quantity *q) {
  earn_span none = {0, 0};
  return q ? q->span : none;
}

const char *earn_quantity_label(const earn_quantity *q) { return q ? q->label : ""; }

const char *earn_quantity_rule(const earn_quantity *q) { return q ? q->rule : ""; }

uint32_t earn_quantity_flags(const earn_quantity *q) { return q ? q->flags : 0; }

const char *earn_qkind_name(earn_qkind kind) {
  static const char *const names[] = {"number", "money",    "percent", "pp",     "multiple",
                                      "count",  "duration", "date",    "period", "label"};
  return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "unknown";
}

const char *earn_qualifier_name(earn_qualifier qualifier) {
  static const char *const names[] = {"exact",     "approx",  "at_least",
                                      "more_than", "at_most", "less_than"};
  return (unsigned)qualifier < sizeof names / sizeof names[0] ? names[qualifier] : "unknown";
}

size_t earn_doc_diagnostic_count(const earn_doc *doc) { return doc ? doc->ndiag : 0; }

const char *earn_doc_diagnostic(const earn_doc *doc, size_t i, earn_span *span,
                                earn_severity *severity) {
  if (!doc || i >= doc->ndiag)
    return NULL;
  if (span)
    *span = doc->diags[i].span;
  if (severity)
    *severity = doc->diags[i].severity;
  return doc->diags[i].msg;
}

size_t earn_doc_quantity_from(const earn_doc *doc, size_t pos) {
  size_t lo = 0, hi = doc->nq;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (doc->q[mid].fstart < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
