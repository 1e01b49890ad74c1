/* SPDX-License-Identifier: MIT */
#include "suites.h"
Suite *quantity_suite(void) { return suite_create("quantity"); }
