/* SPDX-License-Identifier: MIT */
/* The public header alone must compile as strict C99 and link against the library. */
#include <earnings/earnings.h>

int main(void) {
  earn_decimal d = earn_decimal_from_int(EARN_VERSION_MAJOR);
  earn_span span = {0, 0};
  (void)span;
  return earn_version() == EARN_VERSION_HEX && earn_decimal_sign(d) >= 0 ? 0 : 1;
}
