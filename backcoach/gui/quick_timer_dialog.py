"""The quick timer dialog (Ctrl+T): rounds, work, rest and optional moves, then Start or Save as routine.

A few keys start intervals: Ctrl+T opens it on the last timer used (remembered in the settings), and Enter
starts it, straight into its get-ready. What the numbers make is said as they are typed (how many
intervals, how long in all), and which moves the exercise library knows (their instructions and cautions
come with them). The timer itself is the core's :class:`~backcoach.core.quick_timer.QuickTimer`: it runs as
an ordinary routine through the one planner and, saved, through the one routine writer and atomic save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.durations import format_seconds
from ..core.exercise_library import ExerciseLibrary
from ..core.quick_timer import GET_READY, REST_RANGE, ROUNDS_RANGE, ROUTINE_ID, WORK_RANGE, QuickTimer, split_moves

if TYPE_CHECKING:
    from ..core.model import Routine
    from .main_window import MainWindow


class QuickTimerDialog(QDialog):
    def __init__(self, timer: QuickTimer, library: ExerciseLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Quick timer")
        self.library = library
        self.saving = False
        """Whether the user chose "Save as routine…" rather than Start."""
        self.rounds = QSpinBox(minimum=ROUNDS_RANGE[0], maximum=ROUNDS_RANGE[1], value=timer.rounds)
        self.work = QSpinBox(minimum=WORK_RANGE[0], maximum=WORK_RANGE[1], value=timer.work, suffix=" s")
        self.rest = QSpinBox(minimum=REST_RANGE[0], maximum=REST_RANGE[1], value=timer.rest, suffix=" s")
        self.moves = QLineEdit(", ".join(timer.moves))
        self.moves.setPlaceholderText("Optional: Plank, Bird dog, Side plank")
        self.moves.setToolTip("Moves separated by commas: each round does each of them, in order")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout(self)
        for label, widget, name in (("&Rounds:", self.rounds, "Rounds"), ("&Work:", self.work, "Work seconds"),
                                    ("R&est:", self.rest, "Rest seconds"), ("&Moves:", self.moves, "Moves")):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.summary)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton("Start ▶ (Enter)", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = buttons.addButton("Save as routine…", QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button, tip in ((self.start_button, "Start the timer now, straight into its get-ready (Enter)"),
                            (self.save_button, "Save it in your routines, to run again from the library"),
                            (cancel, "Close without starting (Esc)")):
            button.setAccessibleName(button.text())
            button.setToolTip(tip)
        assert isinstance(self.start_button, QPushButton)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        form.addRow(buttons)
        for box in (self.rounds, self.work, self.rest):
            box.valueChanged.connect(self._describe)
        self.moves.textChanged.connect(self._describe)
        self._describe()
        self.rounds.setFocus()
        self.rounds.selectAll()

    def timer(self) -> QuickTimer:
        """The timer as set (raises ``ValueError`` when it cannot run, as :meth:`_describe` shows)."""
        return QuickTimer(self.rounds.value(), self.work.value(), self.rest.value(), split_moves(self.moves.text()))

    def _describe(self) -> None:
        try:
            timer = self.timer()
        except ValueError as problem:
            self.summary.setText(f"Cannot start: {problem}.")
            self.start_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        self.save_button.setEnabled(True)
        known = [move for move in timer.moves if self.library.find(move) is not None]
        unknown = [move for move in timer.moves if move not in known]
        text = (f"{timer.intervals} intervals of {format_seconds(timer.work)}: "
                f"{format_seconds(timer.total_seconds)} after the get-ready.")
        if known:
            text += f" With how to do {', '.join(known)} and what to watch for."
        if unknown:
            text += f" Not in the exercise library (timed all the same): {', '.join(unknown)}."
        self.summary.setText(text)

    def _save(self) -> None:
        self.saving = True
        self.accept()


def ask_quick_timer(window: MainWindow) -> QuickTimerDialog:
    """Open the quick timer on the last one used; when it closes, start it (or save it as a routine).

    The dialog is window-modal but does not block (``open``, not ``exec``): the event loop runs on, so the
    answer arrives through ``finished`` and nothing waits inside a nested loop (a test drives the dialog it
    is given like any widget)."""
    try:
        last = QuickTimer.parse(window.settings.quick_timer) if window.settings.quick_timer else QuickTimer()
    except ValueError:
        last = QuickTimer()  # a hand-edited setting that cannot run: the usual timer
    dialog = QuickTimerDialog(last, window.loader.catalog.exercise_library, window)
    dialog.finished.connect(lambda result: _answered(window, dialog, result == QDialog.DialogCode.Accepted))
    dialog.open()
    dialog.activateWindow()  # the keys go to it, also on an X server without a window manager
    return dialog


def _answered(window: MainWindow, dialog: QuickTimerDialog, accepted: bool) -> bool:
    """The quick timer closed: start or save what it says (``True`` when something was done)."""
    dialog.deleteLater()
    window.activateWindow()  # the keyboard back to the window (a bare X server has no window manager to do it)
    if not accepted:
        return False
    timer = dialog.timer()
    window.apply_settings(window.settings.with_changes(quick_timer=timer.text()))
    prepare = window.settings.prepare
    routine = timer.routine(GET_READY if prepare is None else prepare, dialog.library)
    if dialog.saving:
        return save_routine(window, routine)
    return start_quick_timer(window, routine)


def start_quick_timer(window: MainWindow, routine: Routine) -> bool:
    """Run it now. It keeps its own timing (the settings' get-ready time is its get-ready; nothing adds more)."""
    from ..core.preferences import Preferences
    from .window_session import run_routine

    return run_routine(window, routine, None, window.loader.catalog.exercise_library, recorded_as=ROUTINE_ID,
                       start=True, preferences=Preferences(gentler=window.settings.gentler))


def save_routine(window: MainWindow, routine: Routine) -> bool:
    """Save ``routine`` in the user's folder (where they choose), through the one routine writer and the
    atomic save, then show it selected in the library."""
    from ..core.catalog import slug, unique
    from ..core.writer import dump_routine
    from .saving import save_text

    folder = window.user_folder()
    path = window.prompter.ask_save_path(unique(folder / f"{slug(routine.title)}.yaml"))
    if path is None:
        return False
    try:
        save_text(path, dump_routine(routine))
    except OSError as error:
        window.status.setText(f"Not saved: {error}")
        return False
    window.reload()
    window.open_file(path)
    window.status.setText(f"Saved the quick timer to {path}: it is in the library now.")
    return True
