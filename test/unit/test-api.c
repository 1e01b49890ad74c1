/* SPDX-License-Identifier: MIT */
/* The public API's promises: version, status texts, errors with positions, NULL handling,
   allocator hooks (including failure at every allocation), borrowed input and locate. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <earnings/earnings.h>

#include "extractor-fixture.h"
#include "failing-alloc.h"
#include "suites.h"

START_TEST(test_version) {
  ck_assert_uint_eq(earn_version(), EARN_VERSION_HEX);
  ck_assert_str_eq(earn_version_string(), EARN_VERSION_STRING);
}
END_TEST

START_TEST(test_free_null) {
  earn_extractor_free(NULL);
  earn_doc_free(NULL);
  ck_assert_uint_eq(earn_doc_quantity_count(NULL), 0);
  ck_assert_ptr_null(earn_doc_quantity(NULL, 0));
  ck_assert_ptr_null(earn_doc_diagnostic(NULL, 0, NULL, NULL));
}
END_TEST

/* Each error code with an input that triggers it, and the byte position reported. */
typedef struct error_case {
  const char *input;
  size_t len;
  uint32_t opts;
  earn_status code;
  size_t pos;
} error_case;

static const error_case error_cases[] = {
    {"ok \xff tail", 9, 0, EARN_ERR_UTF8, 3},
    {"\xe5\xa3", 2, 0, EARN_ERR_UTF8, 0},
    {"売上高\xc0\xaf", 11, 0, EARN_ERR_UTF8, 9},
    {"abc\0def", 7, 0, EARN_ERR_BINARY, 3},
    {"x", 1, EARN_OPT_LANG_EN | EARN_OPT_LANG_JA, EARN_ERR_ARG, SIZE_MAX},
    {"x", 1, 1u << 20, EARN_ERR_ARG, SIZE_MAX},
    {NULL, 3, 0, EARN_ERR_ARG, SIZE_MAX},
};

START_TEST(test_errors) {
  const error_case *c = &error_cases[_i];
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  earn_doc *doc = earn_doc_read(ex, c->input, c->len, c->opts, &err);
  ck_assert_ptr_null(doc);
  ck_assert_int_eq(err.code, c->code);
  ck_assert_uint_eq(err.pos, c->pos);
  ck_assert_str_eq(err.msg, earn_status_str(c->code));
  ck_assert(memchr(err.detail, '\0', sizeof err.detail) != NULL);
}
END_TEST

START_TEST(test_status_strings) {
  for (int s = EARN_OK; s <= EARN_ERR_NOT_MEANINGFUL; s++)
    ck_assert(strlen(earn_status_str((earn_status)s)) > 0);
  ck_assert_str_eq(earn_status_str((earn_status)999), "unknown status");
}
END_TEST

START_TEST(test_replace_invalid) {
  static const char text[] = "revenue \xff of $5 million";
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, text, sizeof text - 1, EARN_OPT_REPLACE_INVALID, &err);
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_eq(earn_doc_diagnostic_count(doc), 1);
  ck_assert_uint_eq(earn_doc_quantity_count(doc), 1);
  earn_span sp = earn_quantity_span(earn_doc_quantity(doc, 0));
  ck_assert_uint_eq(sp.start, 13); /* spans stay in the original bytes */
  ck_assert_uint_eq(sp.end, 23);
  earn_doc_free(doc);
}
END_TEST

START_TEST(test_empty_and_borrowed) {
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, NULL, 0, 0, &err);
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_eq(earn_doc_quantity_count(doc), 0);
  earn_doc_free(doc);
  static const char text[] = "\xef\xbb\xbf売上高は5億円";
  doc = earn_doc_read(ex, text, sizeof text - 1, EARN_OPT_BORROW_INPUT, &err);
  ck_assert_ptr_nonnull(doc);
  size_t len = 0;
  ck_assert_ptr_eq(earn_doc_input(doc, &len), text);
  ck_assert_uint_eq(len, sizeof text - 1);
  ck_assert_int_eq(earn_doc_lang(doc), EARN_LANG_JA);
  ck_assert_uint_eq(earn_doc_quantity_count(doc), 1);
  earn_span sp = earn_quantity_span(earn_doc_quantity(doc, 0));
  ck_assert_uint_eq(sp.start, 15); /* after the BOM and 売上高は */
  earn_doc_free(doc);
}
END_TEST

typedef struct locate_case {
  const char *text;
  size_t pos, line, column;
} locate_case;

static const locate_case locate_cases[] = {
    {"abc", 0, 1, 1},    {"abc", 2, 1, 3},  {"a\nbc", 3, 2, 2}, {"売上\n高", 7, 2, 1},
    {"売上高", 6, 1, 3}, {"abc", 99, 1, 4}, {"", 0, 1, 1},
};

START_TEST(test_locate) {
  const locate_case *c = &locate_cases[_i];
  size_t line = 0, col = 0;
  earn_locate(c->text, strlen(c->text), c->pos, &line, &col);
  ck_assert_uint_eq(line, c->line);
  ck_assert_uint_eq(col, c->column);
}
END_TEST

/* The caller's allocator sees every allocation, and a failure at any of them is reported as
   EARN_ERR_NOMEM, never a crash or a leak (valgrind and ASan check the latter). */
START_TEST(test_oom_everywhere) {
  static const char text[] = "2026年度第3四半期の収益は前年比9%増の3719.56億元。"
                             "Revenue rose 5% to $1.2 billion, about 300 million users.";
  failing_alloc state;
  bool done = false;
  for (long fail_at = 1; !done && fail_at < 20000; fail_at++) {
    earn_alloc hooks = failing_hooks(&state, fail_at);
    earn_error err;
    earn_extractor *e = earn_extractor_new(&hooks, &err);
    if (!e) {
      ck_assert_int_eq(err.code, EARN_ERR_NOMEM);
      ck_assert_int_eq(state.live, 0);
      continue;
    }
    earn_doc *doc = earn_doc_read(e, text, sizeof text - 1, 0, &err);
    if (doc) {
      done = true;
      ck_assert_uint_gt(earn_doc_quantity_count(doc), 3);
      ck_assert_uint_ge(earn_doc_fact_count(doc), 2); /* the fact reader ran to its end */
    } else {
      ck_assert_int_eq(err.code, EARN_ERR_NOMEM);
    }
    earn_doc_free(doc);
    earn_extractor_free(e);
    ck_assert_int_eq(state.live, 0);
  }
  ck_assert(done);
}
END_TEST

static int collect(const char *data, size_t len, void *ctx) {
  char **buf = ctx;
  size_t old = *buf ? strlen(*buf) : 0;
  char *p = realloc(*buf, old + len + 1);
  if (!p)
    return -1;
  memcpy(p + old, data, len);
  p[old + len] = '\0';
  *buf = p;
  return 0;
}

static int refuse(const char *data, size_t len, void *ctx) {
  (void)data;
  (void)len;
  (void)ctx;
  return -1;
}

START_TEST(test_write) {
  static const char text[] = "Sales were \"$1,234.5 million\", up 3%.";
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, text, sizeof text - 1, 0, &err);
  ck_assert_ptr_nonnull(doc);
  char *csv = NULL;
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_CSV, 1, collect, &csv), EARN_OK);
  ck_assert_str_eq(csv,
                   "kind,value,unit,qualifier,low,high,start,end,label,rule,text\r\n"
                   "money,1234500000,USD,exact,,,12,28,,quantity.digits,\"$1,234.5 million\"\r\n"
                   "percent,3,pct,exact,,,34,36,,quantity.digits,3%\r\n");
  free(csv);
  char *json = NULL;
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_JSON, 0, collect, &json), EARN_OK);
  ck_assert_ptr_nonnull(strstr(json, "\"value\": \"1234500000\""));
  ck_assert_ptr_nonnull(strstr(json, "\"start\": 12"));
  free(json);
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_CSV, 1, refuse, NULL), EARN_ERR_IO);
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_JSON, 1, refuse, NULL), EARN_ERR_IO);
  ck_assert_int_eq(earn_doc_write_quantities(NULL, EARN_FORMAT_CSV, 1, refuse, NULL), EARN_ERR_ARG);
  earn_doc_free(doc);
}
END_TEST

/* One extractor, read-only, shared by several threads reading documents at once: each thread
   must get exactly what a lone reader gets. */
typedef struct thread_job {
  const earn_extractor *ex;
  const char *text;
  size_t expected;
  int ok;
} thread_job;

static void *read_many(void *arg) {
  thread_job *job = arg;
  job->ok = 1;
  for (int i = 0; i < 200 && job->ok; i++) {
    earn_error err;
    earn_doc *doc = earn_doc_read(job->ex, job->text, strlen(job->text), 0, &err);
    job->ok = doc && earn_doc_quantity_count(doc) == job->expected;
    earn_doc_free(doc);
  }
  return NULL;
}

START_TEST(test_threads) {
  static const char *const texts[] = {
      "2026年度第3四半期の収益は前年比9%増の3719.56億元、会員数は7000万近く。",
      "Revenue rose 5% to $1.2 billion; about 300 million users; Q3 FY26.",
      "营业收入15.5亿元-17.5亿元，同比增长百分之三十，月活跃用户达3.2亿。",
      "売上高631億19百万円（前期比3.5％増）、営業利益は△1,041百万円。"};
  enum { N = 8 };
  thread_job jobs[N];
  pthread_t threads[N];
  for (int i = 0; i < N; i++) {
    const char *t = texts[i % 4];
    earn_error err;
    earn_doc *doc = earn_doc_read(ex, t, strlen(t), 0, &err);
    ck_assert_ptr_nonnull(doc);
    jobs[i] = (thread_job){ex, t, earn_doc_quantity_count(doc), 0};
    earn_doc_free(doc);
  }
  for (int i = 0; i < N; i++)
    ck_assert_int_eq(pthread_create(&threads[i], NULL, read_many, &jobs[i]), 0);
  for (int i = 0; i < N; i++) {
    pthread_join(threads[i], NULL);
    ck_assert_msg(jobs[i].ok, "thread %d saw a different result", i);
  }
}
END_TEST

/* A caller's lexicon file adds words before the embedded ones (or replaces them); unknown
   file names and bad lines are refused with an error that says where. */
START_TEST(test_lexicon_override) {
  static const char metrics[] = "# the caller's own words\n"
                                "bookings\trevenue\tmoney\t-\tall\t-\t-\n";
  static const char text[] = "Bookings were $4.2 million, up 12% year over year.";
  earn_lexicon_file file = {"metrics.tsv", metrics, sizeof metrics - 1, 0};
  earn_extractor_options opts = {NULL, &file, 1, NULL};
  earn_error err;
  earn_extractor *mine = earn_extractor_new_with(&opts, &err);
  ck_assert_msg(mine != NULL, "%s %s", err.msg, err.detail);
  earn_doc *doc = earn_doc_read(mine, text, sizeof text - 1, 0, &err);
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_eq(earn_doc_fact_count(doc), 1);
  const earn_fact *f = earn_doc_fact(doc, 0);
  ck_assert_str_eq(earn_fact_metric(f), "revenue");
  earn_decimal v;
  char buf[EARN_DECIMAL_BUFSIZE];
  ck_assert(earn_fact_value(f, &v));
  earn_decimal_format(v, buf, sizeof buf);
  ck_assert_str_eq(buf, "4200000");
  earn_doc_free(doc);
  /* The embedded words are still there: "revenue" is a metric too. */
  doc = earn_doc_read(mine, "Revenue was $1 million.", 23, 0, &err);
  ck_assert_uint_eq(earn_doc_fact_count(doc), 1);
  earn_doc_free(doc);
  earn_extractor_free(mine);

  /* Replacing the file leaves only the caller's words. */
  file.replace = 1;
  mine = earn_extractor_new_with(&opts, &err);
  ck_assert_ptr_nonnull(mine);
  doc = earn_doc_read(mine, "Revenue was $1 million.", 23, 0, &err);
  ck_assert_uint_eq(earn_doc_fact_count(doc), 0);
  earn_doc_free(doc);
  earn_extractor_free(mine);

  earn_lexicon_file unknown = {"nonsense.tsv", "", 0, 0};
  opts.lexicons = &unknown;
  ck_assert_ptr_null(earn_extractor_new_with(&opts, &err));
  ck_assert_int_eq(err.code, EARN_ERR_ARG);
  ck_assert_ptr_nonnull(strstr(err.detail, "nonsense.tsv"));

  static const char bad[] = "revenue\trevenue\tmoney\n";
  earn_lexicon_file broken = {"metrics.tsv", bad, sizeof bad - 1, 0};
  opts.lexicons = &broken;
  ck_assert_ptr_null(earn_extractor_new_with(&opts, &err));
  ck_assert_int_eq(err.code, EARN_ERR_SYNTAX);
  ck_assert_ptr_nonnull(strstr(err.detail, "metrics.tsv:1"));
  mine = earn_extractor_new_with(NULL, &err); /* no options: the embedded lexicons */
  ck_assert_ptr_nonnull(mine);
  earn_extractor_free(mine);
}
END_TEST

/* Cells with commas, quotes and line breaks are quoted so a CSV reader gets them back. */
START_TEST(test_write_quoting) {
  static const char text[] = "Sales: $204.5\nmillion; \"ok\" (NYSE: \"X\"); 売上高は5億円";
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, text, sizeof text - 1, EARN_OPT_LANG_EN, &err);
  ck_assert_ptr_nonnull(doc);
  char *csv = NULL;
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_CSV, 0, collect, &csv), EARN_OK);
  ck_assert_ptr_nonnull(strstr(csv, "\"$204.5\nmillion\"\r\n"));
  ck_assert_ptr_nonnull(strstr(csv, "5億円\r\n"));
  free(csv);
  char *json = NULL;
  ck_assert_int_eq(earn_doc_write_quantities(doc, EARN_FORMAT_JSON, 0, collect, &json), EARN_OK);
  ck_assert_ptr_nonnull(strstr(json, "\"text\": \"$204.5\\nmillion\""));
  ck_assert_ptr_nonnull(strstr(json, "\"text\": \"5億円\""));
  free(json);
  earn_doc_free(doc);
}
END_TEST

Suite *api_suite(void) {
  Suite *s = suite_create("api");
  TCase *tc = tcase_create("api");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_version);
  tcase_add_test(tc, test_free_null);
  tcase_add_loop_test(tc, test_errors, 0, sizeof error_cases / sizeof error_cases[0]);
  tcase_add_test(tc, test_status_strings);
  tcase_add_test(tc, test_replace_invalid);
  tcase_add_test(tc, test_empty_and_borrowed);
  tcase_add_loop_test(tc, test_locate, 0, sizeof locate_cases / sizeof locate_cases[0]);
  tcase_add_test(tc, test_write);
  tcase_add_test(tc, test_write_quoting);
  tcase_add_test(tc, test_lexicon_override);
  tcase_add_test(tc, test_threads);
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_test(oom, test_oom_everywhere);
  tcase_set_timeout(oom, 300);
  suite_add_tcase(s, oom);
  return s;
}
