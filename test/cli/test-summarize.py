# SPDX-License-Identifier: MIT
# Placeholder: the summarize tests are being written.
import sys

from clitest import main

if __name__ == "__main__":
    sys.exit(main())
