"""BackCoach up to its first shown frame, as ``backcoach`` starts it (the library is read just after)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcoach.gui.app import create_window

app = QApplication([])
window = create_window()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
