"""BackCoach from process start to its window's first paint, started as the ``backcoach`` command starts it
(``backcoach.cli.main`` with no arguments; the panels and the library follow that first frame)."""

from backcoach import cli  # first, as the console script does

# as main() does before it imports Qt (the imports below come after it: E402); code from before it was
# written (--compare-with) does not pause the collector
getattr(cli, "pause_collection", lambda: None)()

from first_paint import exit_after_first_paint  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
exit_after_first_paint(app)
cli.main([])
