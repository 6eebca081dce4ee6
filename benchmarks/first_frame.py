"""BackCoach from process start to its window's first paint, started as the ``backcoach`` command starts it
(``backcoach.cli.main`` with no arguments; the panels and the library follow that first frame)."""

from backcoach.cli import main, pause_collection  # first, as the console script does

pause_collection()  # as main() does before it imports Qt: the imports below come after it (E402)

from first_paint import exit_after_first_paint  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
exit_after_first_paint(app)
main([])
