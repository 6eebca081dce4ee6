"""BackCoach from process start to its window's first paint, started as the ``backcoach`` command starts it
(``backcoach.cli.main`` with no arguments; the panels and the library follow that first frame)."""

from backcoach.cli import main  # noqa: I001 - first, as the console script does

from first_paint import exit_after_first_paint
from PySide6.QtWidgets import QApplication

app = QApplication([])
exit_after_first_paint(app)
main([])
