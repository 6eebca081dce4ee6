"""The baseline for start-up: a bare PySide6 window, timed from process start to its first paint."""

from first_paint import exit_after_first_paint
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
exit_after_first_paint(app)
window = QMainWindow()
window.resize(1100, 700)
window.show()
app.exec()
