/* SPDX-License-Identifier: MIT */
/* The fact store: interned strings, releases and their facts, from documents or facts CSVs,
   and the fiscal calendar of each issuer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

/* ---- interned strings -------------------------------------------------------------------- */

static uint32_t hash_of(const char *s, size_t len) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static bool rehash(earn_store *s, size_t nslots) {
  uint32_t *slots = earn_calloc(&s->alloc, nslots, sizeof *slots);
  if (!slots)
    return false;
  for (size_t i = 0; i < s->nstr; i++) {
    size_t at = hash_of(s->str[i], strlen(s->str[i])) & (nslots - 1);
    while (slots[at])
      at = (at + 1) & (nslots - 1);
    slots[at] = (uint32_t)i + 1;
  }
  earn_dealloc(&s->alloc, s->slots);
  s->slots = slots;
  s->nslots = nslots;
  return true;
}

earn_sid earn_store_intern(earn_store *s, const char *str, size_t len) {
  if (s->nstr * 2 >= s->nslots && !rehash(s, s->nslots ? s->nslots * 2 : 64))
    return UINT32_MAX;
  size_t at = hash_of(str, len) & (s->nslots - 1);
  for (; s->slots[at]; at = (at + 1) & (s->nslots - 1)) {
    const char *have = s->str[s->slots[at] - 1];
    if (strncmp(have, str, len) == 0 && have[len] == '\0')
      return s->slots[at] - 1;
  }
  if (s->nstr >= UINT32_MAX - 1 ||
      !earn_grow(&s->alloc, (void **)&s->str, &s->str_cap, s->nstr + 1, sizeof *s->str))
    return UINT32_MAX;
  char *copy = earn_strndup(&s->alloc, str, len);
  if (!copy)
    return UINT32_MAX;
  s->str[s->nstr] = copy;
  s->slots[at] = (uint32_t)++s->nstr;
  return (earn_sid)(s->nstr - 1);
}

static earn_sid intern_z(earn_store *s, const char *str) {
  return earn_store_intern(s, str ? str : "", str ? strlen(str) : 0);
}

earn_sid earn_store_issuer(earn_store *s, const char *name, size_t len) {
  char key[256];
  size_t n = earn_issuer_key(name, len, key, sizeof key);
  if (n == 0) /* no name, or nothing but a company form: kept as written */
    return earn_store_intern(s, name, len);
  earn_sid k = earn_store_intern(s, key, n);
  if (k == UINT32_MAX)
    return k;
  for (size_t i = 0; i < s->nissuers; i++)
    if (s->issuer_key[i] == k)
      return s->issuer_name[i];
  earn_sid shown = earn_store_intern(s, name, len);
  size_t cap = s->issuers_cap;
  if (shown == UINT32_MAX ||
      !earn_grow(&s->alloc, (void **)&s->issuer_key, &cap, s->nissuers + 1, sizeof(earn_sid)) ||
      !earn_grow(&s->alloc, (void **)&s->issuer_name, &s->issuers_cap, s->nissuers + 1,
                 sizeof(earn_sid)))
    return UINT32_MAX;
  s->issuer_key[s->nissuers] = k;
  s->issuer_name[s->nissuers++] = shown;
  return shown;
}

/* ---- life ------------------------------------------------------------------------------ */

earn_store *earn_store_new(const earn_alloc *alloc, earn_error *err) {
  earn_allocator a;
  earn_allocator_init(&a, alloc);
  earn_store *s = earn_calloc(&a, 1, sizeof *s);
  if (!s) {
    earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
    return NULL;
  }
  s->alloc = a;
  if (intern_z(s, "") != 0) {
    earn_store_free(s);
    earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
    return NULL;
  }
  return s;
}

void earn_store_clear_analysis(earn_store *s) {
  for (size_t i = 0; i < s->ndiags; i++)
    earn_dealloc(&s->alloc, s->diags[i].msg);
  s->nseries = s->npoints = s->nsrcs = s->ndiags = 0;
}

void earn_store_free(earn_store *s) {
  if (!s)
    return;
  earn_store_clear_analysis(s);
  for (size_t i = 0; i < s->nstr; i++)
    earn_dealloc(&s->alloc, s->str[i]);
  void *arrays[] = {s->str,    s->slots, s->rel,   s->rec,    s->cal,        s->series,
                    s->points, s->srcs,  s->diags, s->pdiags, s->issuer_key, s->issuer_name};
  for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
    earn_dealloc(&s->alloc, arrays[i]);
  earn_allocator a = s->alloc;
  earn_dealloc(&a, s);
}

/* ---- adding ---------------------------------------------------------------------------- */

static earn_release *new_release(earn_store *s) {
  if (s->nrel >= UINT32_MAX - 1 ||
      !earn_grow(&s->alloc, (void **)&s->rel, &s->rel_cap, s->nrel + 1, sizeof *s->rel))
    return NULL;
  earn_release *r = &s->rel[s->nrel];
  memset(r, 0, sizeof *r);
  r->seq = (uint32_t)s->nrel++;
  return r;
}

static earn_srec *new_record(earn_store *s) {
  if (s->nrec >= UINT32_MAX - 1 ||
      !earn_grow(&s->alloc, (void **)&s->rec, &s->rec_cap, s->nrec + 1, sizeof *s->rec))
    return NULL;
  earn_srec *r = &s->rec[s->nrec++];
  memset(r, 0, sizeof *r);
  return r;
}

/* Undo a failed add: nothing of it stays (interned strings are harmless and stay). */
static earn_status roll_back(earn_store *s, size_t nrel, size_t nrec, earn_status st) {
  s->nrel = nrel;
  s->nrec = nrec;
  return st;
}

static bool any_oom(const earn_sid *ids, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (ids[i] == UINT32_MAX)
      return true;
  return false;
}

static earn_status add_fact(earn_store *s, const earn_doc *doc, const earn_fact *f,
                            uint32_t release) {
  earn_srec *r = new_record(s);
  if (!r)
    return EARN_ERR_NOMEM;
  const earn_release *rel = &s->rel[release];
  r->issuer = rel->issuer;
  r->file = rel->file;
  r->release = release;
  size_t text_len;
  const char *text = earn_doc_evidence(doc, f->fstmt[0], f->fstmt[1], &text_len);
  earn_sid ids[] = {
      r->text = earn_store_intern(s, text, text_len),
      r->rule = intern_z(s, earn_fact_rule(f)),
      r->metric = intern_z(s, earn_fact_metric(f)),
      r->segment = intern_z(s, earn_fact_segment(f)),
      r->unit = intern_z(s, earn_fact_unit(f)),
      r->source = intern_z(s, earn_fact_source(f)),
      r->calendar = intern_z(s, earn_fact_calendar_period(f)),
  };
  if (any_oom(ids, sizeof ids / sizeof ids[0]))
    return EARN_ERR_NOMEM;
  r->basis = earn_fact_basis(f);
  r->basis_blank = f->value_kind == EARN_Q_COUNT; /* the facts CSV gives counts no basis */
  r->kind = earn_fact_kind_of(f);
  r->period = f->period;
  r->has_value = earn_fact_value(f, &r->value) != 0;
  r->qualifier = earn_fact_qualifier(f);
  r->has_yoy = earn_fact_yoy(f, &r->yoy, &r->yoy_q) != 0;
  r->has_qoq = earn_fact_qoq(f, &r->qoq, &r->qoq_q) != 0;
  r->span = earn_fact_statement_span(f);
  r->has_span = true;
  return EARN_OK;
}

earn_status earn_store_add_doc(earn_store *s, const earn_doc *doc, const char *source,
                               earn_error *err) {
  if (!s || !doc)
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "store or document is NULL");
  size_t nrel = s->nrel, nrec = s->nrec;
  earn_release *rel = new_release(s);
  if (!rel)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  const earn_report *rp = &doc->report;
  rel->file = intern_z(s, source);
  const char *issuer = earn_doc_issuer(doc);
  rel->issuer = rel->named = earn_store_issuer(s, issuer, strlen(issuer));
  rel->date = rp->release_date;
  if (rp->date_len)
    rel->date_span = earn_doc_span(doc, rp->fdate[0], rp->fdate[1]);
  rel->period = rp->period;
  rel->fye = rp->fye_known ? rp->fye : 0;
  rel->fye_stated = rp->fye_known;
  rel->fy_offset = rp->fy_offset;
  rel->offset_known = rp->fye_known && rp->period.fy > 0;
  if (rel->file == UINT32_MAX || rel->issuer == UINT32_MAX)
    return roll_back(s, nrel, nrec, earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store"));
  uint32_t release = (uint32_t)(s->nrel - 1);
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++) {
    earn_status st = add_fact(s, doc, earn_doc_fact(doc, i), release);
    if (st != EARN_OK)
      return roll_back(s, nrel, nrec, earn_error_set(err, st, SIZE_MAX, "store"));
  }
  return EARN_OK;
}

earn_status earn_store_set_fiscal_year(earn_store *s, const char *issuer, int fye_month,
                                       int fy_offset) {
  if (!s || fye_month < 1 || fye_month > 12 || fy_offset < -1 || fy_offset > 1)
    return EARN_ERR_ARG;
  earn_sid id = earn_store_issuer(s, issuer ? issuer : "", issuer ? strlen(issuer) : 0);
  if (id == UINT32_MAX)
    return EARN_ERR_NOMEM;
  for (size_t i = 0; i < s->ncal; i++)
    if (s->cal[i].issuer == id) {
      s->cal[i] = (earn_issuer_cal){id, fye_month, fy_offset, true};
      return EARN_OK;
    }
  if (!earn_grow(&s->alloc, (void **)&s->cal, &s->cal_cap, s->ncal + 1, sizeof *s->cal))
    return EARN_ERR_NOMEM;
  s->cal[s->ncal++] = (earn_issuer_cal){id, fye_month, fy_offset, true};
  return EARN_OK;
}

earn_issuer_cal earn_store_calendar(const earn_store *s, earn_sid issuer) {
  for (size_t i = 0; i < s->ncal; i++)
    if (s->cal[i].issuer == issuer)
      return s->cal[i];
  /* The newest release that tells its year end decides; releases tell the offset apart. */
  earn_issuer_cal c = {issuer, 12, 0, false};
  uint32_t best = 0;
  bool found = false;
  for (size_t i = 0; i < s->nrel; i++) {
    const earn_release *r = &s->rel[i];
    if (r->issuer != issuer || r->fye == 0 || (found && r->recent < best))
      continue;
    found = true;
    best = r->recent;
    c.fye = r->fye;
    if (r->offset_known)
      c.fy_offset = r->fy_offset;
  }
  return c;
}

/* ---- facts CSV ------------------------------------------------------------------------- */

typedef struct csv_ctx {
  earn_store *s;
  earn_sid default_file;
} csv_ctx;

static bool cell_is(const earn_csv_row *row, earn_csv_col c, const char *word) {
  return strcmp(row->cell[c], word) == 0;
}

static earn_status bad_cell(const earn_csv_row *row, earn_csv_col c, earn_error *err,
                            const char *what) {
  size_t pos = row->offset[c] == SIZE_MAX ? row->start : row->offset[c];
  return earn_error_set(err, EARN_ERR_SYNTAX, pos, "line %zu: %s: '%.40s'", row->line, what,
                        row->cell[c]);
}

/* A name from a closed list; "" takes the first. -1 when it is none of them. */
static int pick(const earn_csv_row *row, earn_csv_col c, const char *const *names, int n) {
  if (row->len[c] == 0)
    return 0;
  for (int i = 0; i < n; i++)
    if (cell_is(row, c, names[i]))
      return i;
  return -1;
}

static int pick_qualifier(const earn_csv_row *row, earn_csv_col c) {
  static const char *const names[] = {"exact",     "approx",  "at_least",
                                      "more_than", "at_most", "less_than"};
  return pick(row, c, names, 6);
}

static bool read_decimal(const earn_csv_row *row, earn_csv_col c, earn_decimal *out, bool *has) {
  *has = row->len[c] > 0;
  return !*has || earn_decimal_parse(row->cell[c], row->len[c], out, NULL) == EARN_OK;
}

/* 2026-03-05 or 20260305 as yyyymmdd; 0 for an empty cell; -1 when it is no date. */
static long read_date(const char *s, size_t len) {
  if (len == 0)
    return 0;
  char digits[9];
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] >= '0' && s[i] <= '9' && n < 8)
      digits[n++] = s[i];
    else if (!(s[i] == '-' && len == 10 && (i == 4 || i == 7)))
      return -1;
  }
  if (n != 8)
    return -1;
  digits[8] = '\0';
  long d = strtol(digits, NULL, 10);
  int month = (int)(d / 100 % 100), day = (int)(d % 100);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : -1;
}

static bool read_period(const earn_csv_row *row, earn_fperiod *out) {
  *out = (earn_fperiod){0, 0, 0};
  if (row->len[EARN_CC_PERIOD] == 0)
    return true;
  earn_plabel l;
  char name[20];
  if (!earn_plabel_parse(row->cell[EARN_CC_PERIOD], &l) || l.type != EARN_PL_FISCAL || l.fy <= 0 ||
      l.qa < 1)
    return false;
  *out = (earn_fperiod){(short)l.fy, (unsigned char)l.qa, (unsigned char)l.qb};
  earn_fperiod_name(*out, name, sizeof name); /* only the names the writer writes */
  return strcmp(name, row->cell[EARN_CC_PERIOD]) == 0;
}

/* The release of a row: one per file, issuer and release date, in order of appearance. */
static earn_status row_release(csv_ctx *cx, const earn_csv_row *row, uint32_t first, uint32_t *out,
                               earn_error *err) {
  earn_store *s = cx->s;
  earn_sid file = row->len[EARN_CC_FILE]
                      ? earn_store_intern(s, row->cell[EARN_CC_FILE], row->len[EARN_CC_FILE])
                      : cx->default_file;
  earn_sid issuer = earn_store_issuer(s, row->cell[EARN_CC_ISSUER], row->len[EARN_CC_ISSUER]);
  long date = read_date(row->cell[EARN_CC_RELEASE_DATE], row->len[EARN_CC_RELEASE_DATE]);
  if (file == UINT32_MAX || issuer == UINT32_MAX)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  if (date < 0)
    return bad_cell(row, EARN_CC_RELEASE_DATE, err, "not a date (YYYY-MM-DD)");
  int fye = 0;
  if (row->len[EARN_CC_FYE]) {
    char *end;
    fye = (int)strtol(row->cell[EARN_CC_FYE], &end, 10);
    if (*end || fye < 1 || fye > 12)
      return bad_cell(row, EARN_CC_FYE, err, "not a month (1-12)");
  }
  for (uint32_t i = first; i < s->nrel; i++)
    if (s->rel[i].file == file && s->rel[i].named == issuer && s->rel[i].date == date) {
      if (fye)
        s->rel[i].fye = fye, s->rel[i].fye_stated = true;
      *out = i;
      return EARN_OK;
    }
  earn_release *r = new_release(s);
  if (!r)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  r->file = file;
  r->issuer = r->named = issuer;
  r->date = date;
  r->fye = fye;
  r->fye_stated = fye != 0;
  *out = (uint32_t)(s->nrel - 1);
  return EARN_OK;
}

static earn_status read_row_fields(const earn_csv_row *row, earn_srec *r, earn_error *err) {
  static const char *const bases[] = {"reported", "adjusted", "comparable"};
  static const char *const kinds[] = {"actual", "guidance", "target"};
  int basis = pick(row, EARN_CC_BASIS, bases, 3), kind = pick(row, EARN_CC_KIND, kinds, 3);
  int q = pick_qualifier(row, EARN_CC_QUALIFIER), yq = pick_qualifier(row, EARN_CC_YOY_QUAL);
  if (row->len[EARN_CC_METRIC] == 0)
    return bad_cell(row, EARN_CC_METRIC, err, "no metric");
  if (basis < 0)
    return bad_cell(row, EARN_CC_BASIS, err, "not a basis (reported, adjusted, comparable)");
  if (kind < 0)
    return bad_cell(row, EARN_CC_KIND, err, "not a kind (actual, guidance, target)");
  if (q < 0)
    return bad_cell(row, EARN_CC_QUALIFIER, err, "not a qualifier");
  if (yq < 0)
    return bad_cell(row, EARN_CC_YOY_QUAL, err, "not a qualifier");
  if (!read_period(row, &r->period))
    return bad_cell(row, EARN_CC_PERIOD, err, "not a fiscal period (FY2026Q3, FY2026H1, FY2026)");
  if (!read_decimal(row, EARN_CC_VALUE, &r->value, &r->has_value))
    return bad_cell(row, EARN_CC_VALUE, err, "not a plain decimal");
  if (!read_decimal(row, EARN_CC_YOY, &r->yoy, &r->has_yoy))
    return bad_cell(row, EARN_CC_YOY, err, "not a plain decimal");
  if (!read_decimal(row, EARN_CC_QOQ, &r->qoq, &r->has_qoq))
    return bad_cell(row, EARN_CC_QOQ, err, "not a plain decimal");
  if (!r->has_value && !r->has_yoy && !r->has_qoq)
    return bad_cell(row, EARN_CC_VALUE, err, "a row needs a value, yoy_pct or qoq_pct");
  r->basis = (earn_basis)basis;
  r->basis_blank = row->len[EARN_CC_BASIS] == 0;
  r->kind = (earn_fact_kind)kind;
  r->qualifier = (earn_qualifier)q;
  r->yoy_q = (earn_qualifier)yq;
  r->qoq_q = EARN_QUAL_EXACT;
  return EARN_OK;
}

static size_t read_offset(const earn_csv_row *row, earn_csv_col c) {
  return row->len[c] ? (size_t)strtoull(row->cell[c], NULL, 10) : 0;
}

typedef struct csv_state {
  csv_ctx cx;
  uint32_t first_release;
} csv_state;

static earn_status on_csv_row(const earn_csv_row *row, void *ctx, earn_error *err) {
  csv_state *cs = ctx;
  earn_store *s = cs->cx.s;
  uint32_t release = 0;
  earn_status st = row_release(&cs->cx, row, cs->first_release, &release, err);
  if (st != EARN_OK)
    return st;
  earn_srec *r = new_record(s);
  if (!r)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  st = read_row_fields(row, r, err);
  if (st != EARN_OK)
    return st;
  r->release = release;
  r->issuer = s->rel[release].issuer;
  r->file = s->rel[release].file;
  r->span = (earn_span){read_offset(row, EARN_CC_START), read_offset(row, EARN_CC_END)};
  r->has_span = row->len[EARN_CC_START] > 0 && row->len[EARN_CC_END] > 0;
  earn_sid ids[] = {
      r->metric = earn_store_intern(s, row->cell[EARN_CC_METRIC], row->len[EARN_CC_METRIC]),
      r->segment = earn_store_intern(s, row->cell[EARN_CC_SEGMENT], row->len[EARN_CC_SEGMENT]),
      r->unit = earn_store_intern(s, row->cell[EARN_CC_UNIT], row->len[EARN_CC_UNIT]),
      r->source = row->len[EARN_CC_SOURCE]
                      ? earn_store_intern(s, row->cell[EARN_CC_SOURCE], row->len[EARN_CC_SOURCE])
                      : intern_z(s, "text"),
      r->calendar = earn_store_intern(s, row->cell[EARN_CC_CALENDAR], row->len[EARN_CC_CALENDAR]),
      r->text = earn_store_intern(s, row->cell[EARN_CC_TEXT], row->len[EARN_CC_TEXT]),
      r->rule = earn_store_intern(s, row->cell[EARN_CC_RULE], row->len[EARN_CC_RULE]),
  };
  if (any_oom(ids, sizeof ids / sizeof ids[0]))
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  return EARN_OK;
}

/* The fiscal calendar a row's fiscal quarter and calendar quarter tell (FY2026Q3 is 2025Q4: a
   March year end), when the file does not say it in a fiscal_year_end column. */
static void calendar_from_row(const earn_store *s, const earn_srec *r, earn_release *rel) {
  const char *calendar = earn_store_str(s, r->calendar);
  earn_plabel l;
  if (r->period.fy <= 0 || r->period.qa != r->period.qb || !calendar[0] ||
      !earn_plabel_parse(calendar, &l) || l.type != EARN_PL_CALENDAR_Q)
    return;
  if (rel->fye == 0)
    rel->fye = earn_fye_from_pair(r->period, &l);
  for (int off = 0; rel->fye && !rel->offset_known && off >= -1; off = off ? -2 : -1) {
    earn_fperiod std = r->period;
    std.fy = (short)(std.fy - off);
    char name[24];
    earn_fperiod_calendar_name(std, rel->fye, name, sizeof name);
    if (strcmp(name, calendar) == 0) {
      rel->fy_offset = off;
      rel->offset_known = true;
    }
  }
}

/* A CSV release reports the latest period its actual figures name. */
static void csv_report_periods(earn_store *s, size_t nrel, size_t nrec) {
  for (size_t i = nrec; i < s->nrec; i++) {
    const earn_srec *r = &s->rec[i];
    earn_release *rel = &s->rel[r->release];
    if (r->release < nrel || r->kind != EARN_FACT_ACTUAL || r->period.fy == 0)
      continue;
    calendar_from_row(s, r, rel);
    if (r->period.fy > rel->period.fy ||
        (r->period.fy == rel->period.fy && r->period.qb > rel->period.qb))
      rel->period = r->period;
  }
}

earn_status earn_store_add_csv(earn_store *s, const char *csv, size_t len, const char *source,
                               earn_error *err) {
  if (!s || (!csv && len))
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "store or input is NULL");
  size_t nrel = s->nrel, nrec = s->nrec;
  csv_state cs = {{s, intern_z(s, source)}, (uint32_t)s->nrel};
  if (cs.cx.default_file == UINT32_MAX)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, "store");
  earn_status st = earn_read_facts_csv(&s->alloc, csv ? csv : "", len, on_csv_row, &cs, err);
  if (st != EARN_OK)
    return roll_back(s, nrel, nrec, st);
  csv_report_periods(s, nrel, nrec);
  return EARN_OK;
}

/* ---- analysis -------------------------------------------------------------------------- */

bool earn_store_add_diag(earn_store *s, earn_severity sev, size_t point, const earn_srec *a,
                         const earn_srec *b, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (!earn_grow(&s->alloc, (void **)&s->diags, &s->diags_cap, s->ndiags + 1, sizeof *s->diags))
    return false;
  earn_sdiag *d = &s->diags[s->ndiags];
  memset(d, 0, sizeof *d);
  d->msg = earn_strndup(&s->alloc, buf, strlen(buf));
  if (!d->msg)
    return false;
  d->sev = sev;
  d->point = point;
  const earn_srec *side[2] = {a, b};
  for (int i = 0; i < 2; i++)
    if (side[i]) {
      d->has[i] = true;
      d->file[i] = side[i]->file;
      d->span[i] = side[i]->span;
    }
  s->ndiags++;
  return true;
}

earn_status earn_store_analyze(earn_store *s, earn_error *err) {
  if (!s)
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "store is NULL");
  earn_store_clear_analysis(s);
  earn_status st = earn_store_build(s);
  if (st == EARN_OK)
    st = earn_store_check(s);
  if (st != EARN_OK) {
    earn_store_clear_analysis(s);
    return earn_error_set(err, st, SIZE_MAX, "analysis");
  }
  return EARN_OK;
}
