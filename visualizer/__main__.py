"""`python -m visualizer`: open the program."""

import sys

from visualizer.app import main

sys.exit(main())
