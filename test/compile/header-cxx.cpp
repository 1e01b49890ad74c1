/* SPDX-License-Identifier: MIT */
/* The public header alone must compile as C++ (extern "C", no C-only constructs). */
#include <earnings/earnings.h>

int main() {
  earn_error err;
  earn_extractor *ex = earn_extractor_new(nullptr, &err);
  uint32_t opts = EARN_OPT_LANG_JA | EARN_OPT_REPLACE_INVALID;
  earn_doc *doc = ex ? earn_doc_read(ex, "3%", 2, opts, &err) : nullptr;
  bool ok = doc && earn_doc_quantity_count(doc) == 1 && earn_version() == EARN_VERSION_HEX;
  earn_doc_free(doc);
  earn_extractor_free(ex);
  return ok ? 0 : 1;
}
