"""BackCoach: a desktop coach for back-strengthening classes.

The package is layered so that each layer can be tested without the ones above it:
``backcoach.core`` (pure Python, no Qt), then the audio layer, then ``backcoach.gui`` (Qt).
"""

__version__ = "0.1.0"

# The exit codes of every ``backcoach`` command (docs/cli.md), here so that the command line and the
# commands share them without importing each other, and the first frame imports nothing more for them.
EXIT_OK = 0
EXIT_BAD_INPUT = 1
"""The input is wrong (a broken routine, a missing file), or the doctor found that a session cannot run."""
EXIT_USAGE = 2
"""The command is used wrongly (argparse's own code for it)."""
