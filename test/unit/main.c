/* SPDX-License-Identifier: MIT */
/* Runs every suite; meson registers one test per suite with CK_RUN_SUITE=<name>. */
#include <stdlib.h>

#include "suites.h"

int main(void) {
  SRunner *runner = srunner_create(decimal_suite());
  srunner_add_suite(runner, text_suite());
  srunner_add_suite(runner, numerals_suite());
  srunner_add_suite(runner, lexicon_suite());
  srunner_add_suite(runner, patterns_suite());
  srunner_add_suite(runner, quantity_suite());
  srunner_add_suite(runner, api_suite());
  srunner_add_suite(runner, html_suite());
  srunner_add_suite(runner, facts_suite());
  srunner_add_suite(runner, period_suite());
  srunner_add_suite(runner, sentences_suite());
  srunner_add_suite(runner, growth_suite());
  srunner_add_suite(runner, calendar_suite());
  srunner_add_suite(runner, csvread_suite());
  srunner_add_suite(runner, store_suite());
  srunner_add_suite(runner, statements_suite());
  srunner_run_all(runner, CK_ENV);
  int failed = srunner_ntests_failed(runner);
  srunner_free(runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
