"""The baseline for start-up: a bare PySide6 window that shows itself and quits from the event loop."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
