"""The settings dialog (Ctrl+,): sound, voice, verbosity, and how sessions run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSlider,
    QSpinBox,
    QWidget,
)

from ..audio.interfaces import VoiceInfo
from ..core.cue_types import Verbosity
from ..core.durations import Level
from ..core.model import Pace
from .settings_store import AppSettings

VERBOSITY_NAMES = {
    Verbosity.FULL: "Full — count every rep",
    Verbosity.STANDARD: "Standard — names, halfway, last seconds",
    Verbosity.BEEPS: "Beeps only",
    Verbosity.SILENT: "Silent",
}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, voices: list[VoiceInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("BackCoach settings")
        self._original = settings
        form = QFormLayout(self)

        self.voice = QComboBox()
        self.voice.addItem("System default", None)
        for voice in voices:
            self.voice.addItem(voice.name, voice.id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(settings.voice)))
        self.rate = QSpinBox(minimum=80, maximum=400, singleStep=10, suffix=" words/min", value=settings.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.beeps = QCheckBox("Play beeps")
        self.beeps.setChecked(settings.beeps)
        self.muted = QCheckBox("Mute everything (M)")
        self.muted.setChecked(settings.muted)
        self.verbosity = QComboBox()
        for verbosity, name in VERBOSITY_NAMES.items():
            self.verbosity.addItem(name, verbosity)
        self.verbosity.setCurrentIndex(self.verbosity.findData(settings.verbosity))
        self.level = QComboBox()
        self.level.addItem("Each routine's own", None)
        for level in Level:
            self.level.addItem(level.value.capitalize(), level)
        self.level.setCurrentIndex(max(0, self.level.findData(settings.level)))
        self.prepare = QSpinBox(minimum=-1, maximum=120, suffix=" s")
        self.prepare.setSpecialValueText("As the routine says")
        self.prepare.setValue(settings.prepare if settings.prepare is not None else -1)
        self.pace = QComboBox()
        self.pace.addItem("As the routine says", None)
        self.pace.addItem("Counted by the coach", Pace.COUNTED)
        self.pace.addItem("At my own pace (press Done)", Pace.SELF)
        self.pace.setCurrentIndex(max(0, self.pace.findData(settings.pace)))
        self.position_change = QSpinBox(minimum=-1, maximum=60, suffix=" s")
        self.position_change.setSpecialValueText("As the routine says")
        self.position_change.setToolTip("Added to the get-ready for each step of a change of position: getting down "
                                        "to the mat or up from it is two steps, turning over one")
        self.position_change.setValue(settings.position_change if settings.position_change is not None else -1)
        self.gentler = QCheckBox("Swap high-impact moves for a gentler one")
        self.gentler.setToolTip("Every session does the gentler move the exercise library names (G does it for one)")
        self.gentler.setChecked(settings.gentler)

        rows: tuple[tuple[str, QWidget], ...] = (
            ("&Voice:", self.voice), ("Speech &rate:", self.rate), ("V&olume:", self.volume), ("", self.beeps),
            ("", self.muted), ("&What the coach says:", self.verbosity), ("Default &level:", self.level),
            ("&Get-ready time:", self.prepare), ("&Reps:", self.pace),
            ("&Time to change position:", self.position_change), ("", self.gentler),
        )
        for label, widget in rows:
            name = label.replace("&", "").rstrip(":")
            widget.setAccessibleName(name or (widget.text() if isinstance(widget, QCheckBox) else ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> AppSettings:
        prepare = self.prepare.value()
        position_change = self.position_change.value()
        return self._original.with_changes(
            voice=self.voice.currentData(),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            beeps=self.beeps.isChecked(),
            muted=self.muted.isChecked(),
            verbosity=self.verbosity.currentData(),
            level=self.level.currentData(),
            prepare=None if prepare < 0 else prepare,
            pace=self.pace.currentData(),
            position_change=None if position_change < 0 else position_change,
            gentler=self.gentler.isChecked(),
        )
