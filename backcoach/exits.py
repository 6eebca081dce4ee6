"""The exit codes of every ``backcoach`` command (``docs/cli.md``), in a module of their own so that the
command line (:mod:`backcoach.cli`) and the commands (:mod:`backcoach.commands`) need not import each other."""

EXIT_OK = 0
EXIT_BAD_INPUT = 1
"""The input is wrong (a broken routine, a missing file), or the doctor found that a session cannot run."""
EXIT_USAGE = 2
"""The command is used wrongly (argparse's own code for it)."""
