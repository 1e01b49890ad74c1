/* SPDX-License-Identifier: MIT */
/* One Check suite per library module; main.c runs the one named by CK_RUN_SUITE, or all. */
#ifndef EARN_TEST_SUITES_H
#define EARN_TEST_SUITES_H

#include <check.h>

Suite *decimal_suite(void);
Suite *text_suite(void);
Suite *numerals_suite(void);
Suite *lexicon_suite(void);
Suite *patterns_suite(void);
Suite *quantity_suite(void);
Suite *api_suite(void);
Suite *html_suite(void);
Suite *facts_suite(void);
Suite *period_suite(void);
Suite *sentences_suite(void);
Suite *growth_suite(void);
Suite *calendar_suite(void);
Suite *csvread_suite(void);
Suite *store_suite(void);
Suite *statements_suite(void);

#endif
