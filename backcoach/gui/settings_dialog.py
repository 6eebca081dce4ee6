"""The settings dialog (Ctrl+,): sound, voice, verbosity, and how sessions run."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from ..audio.interfaces import Speaker, VoiceInfo
from ..core.cue_types import Verbosity
from ..core.durations import Level
from ..core.model import Pace
from ..settings_store import POSITION_CHANGE_RANGE, PREPARE_RANGE, RATE_RANGE, WEEK_TARGET_RANGE, AppSettings
from . import accessibility

VERBOSITY_NAMES = {
    Verbosity.FULL: "Full — count every rep",
    Verbosity.STANDARD: "Standard — names, halfway, last seconds",
    Verbosity.BEEPS: "Beeps only",
    Verbosity.SILENT: "Silent",
}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, voices: list[VoiceInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()  # its combo boxes named by their labels
        self.setWindowTitle("BackCoach settings")
        self._original = settings
        form = QFormLayout(self)

        self.voice = QComboBox()
        self.voice.addItem("System default", None)
        for voice in voices:
            self.voice.addItem(voice.name, voice.id)
        if settings.voice is not None and self.voice.findData(settings.voice) < 0:
            # the voice is not offered now (no sound device, speech not started): still the one chosen
            self.voice.addItem(f"{settings.voice} (chosen before; not available now)", settings.voice)
        self.voice.setCurrentIndex(max(0, self.voice.findData(settings.voice)))
        # The store clamps what it loads; clamping again here means the dialog opens whatever it is given.
        self.rate = QSpinBox(minimum=RATE_RANGE[0], maximum=RATE_RANGE[1], singleStep=10, suffix=" words/min",
                             value=_within(settings.rate, RATE_RANGE))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(_within(round(settings.volume * 100) if math.isfinite(settings.volume) else 100, (0, 100)))
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
        self.prepare = QSpinBox(minimum=PREPARE_RANGE[0] - 1, maximum=PREPARE_RANGE[1], suffix=" s")
        self.prepare.setSpecialValueText("As the routine says")
        self.prepare.setValue(_within(settings.prepare, PREPARE_RANGE) if settings.prepare is not None else -1)
        self.pace = QComboBox()
        self.pace.addItem("As the routine says", None)
        self.pace.addItem("Counted by the coach", Pace.COUNTED)
        self.pace.addItem("At my own pace (press Done)", Pace.SELF)
        self.pace.setCurrentIndex(max(0, self.pace.findData(settings.pace)))
        self.position_change = QSpinBox(minimum=POSITION_CHANGE_RANGE[0] - 1, maximum=POSITION_CHANGE_RANGE[1],
                                        suffix=" s")
        self.position_change.setSpecialValueText("As the routine says")
        self.position_change.setToolTip("Added to the get-ready for each step of a change of position: getting down "
                                        "to the mat or up from it is two steps, turning over one")
        self.position_change.setValue(_within(settings.position_change, POSITION_CHANGE_RANGE)
                                      if settings.position_change is not None else -1)
        self.gentler = QCheckBox("Swap high-impact moves for a gentler one")
        self.gentler.setToolTip("Every session does the gentler move the exercise library names (G does it for one)")
        self.gentler.setChecked(settings.gentler)

        self.ask_pain_before = QCheckBox("Ask about back pain before each session")
        self.ask_pain_before.setToolTip("A 0-10 question when a session opens (optional to answer), so the history "
                                        "shows pain before beside pain after")
        self.ask_pain_before.setChecked(settings.ask_pain_before)
        self.week_target = QWidget()
        low, high = WEEK_TARGET_RANGE
        self.week_low = QSpinBox(minimum=low, maximum=high, value=settings.week_target_low)
        self.week_high = QSpinBox(minimum=low, maximum=high, value=settings.week_target_high, suffix=" sessions a week")
        self.week_low.setAccessibleName("Fewest sessions a week")
        self.week_high.setAccessibleName("Most sessions a week")
        self.week_low.valueChanged.connect(lambda low: self.week_high.setValue(max(low, self.week_high.value())))
        self.week_high.valueChanged.connect(lambda high: self.week_low.setValue(min(high, self.week_low.value())))
        target_row = QHBoxLayout(self.week_target)
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.week_low)
        target_row.addWidget(QLabel("to"))
        target_row.addWidget(self.week_high, 1)
        self.week_target.setToolTip("What the history measures your weeks against; the articles advise two to four "
                                    "sessions a week (kimfitness), two or three (Nuffield Health)")

        rows: tuple[tuple[str, QWidget], ...] = (
            ("&Voice:", self.voice), ("Speech &rate:", self.rate), ("V&olume:", self.volume), ("", self.beeps),
            ("", self.muted), ("&What the coach says:", self.verbosity), ("Default &level:", self.level),
            ("&Get-ready time:", self.prepare), ("&Reps:", self.pace),
            ("&Time to change position:", self.position_change), ("", self.gentler),
            ("", self.ask_pain_before), ("Weekly &target:", self.week_target),
        )
        for label, widget in rows:
            name = label.replace("&", "").rstrip(":")
            widget.setAccessibleName(name or (widget.text() if isinstance(widget, QCheckBox) else ""))
            form.addRow(label, widget)
        self._shown = self._chosen()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, settings: AppSettings, speaker: Speaker, parent: QWidget | None = None) -> AppSettings | None:
        """The settings the user chose (``None``: cancelled), offering the voices ``speaker`` has."""
        dialog = cls(settings, speaker.voices() if speaker.available else [], parent)
        return dialog.result_settings() if dialog.exec() else None

    def result_settings(self) -> AppSettings:
        """The settings as chosen: what the user changed here, and every other value as it was, also one the
        dialog could not show as it is (a voice not offered now, a volume between two steps of the slider)."""
        chosen, shown = self._chosen(), self._shown
        return self._original.with_changes(**{key: value for key, value in chosen.items() if value != shown[key]})

    def _chosen(self) -> dict[str, object]:
        prepare = self.prepare.value()
        position_change = self.position_change.value()
        # Qt hands the enums stored in the boxes back as their texts: made enums again, or a session would
        # compare "full" with Verbosity.FULL and not count the reps
        level, pace, verbosity = self.level.currentData(), self.pace.currentData(), self.verbosity.currentData()
        return dict(
            voice=self.voice.currentData(),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            beeps=self.beeps.isChecked(),
            muted=self.muted.isChecked(),
            verbosity=Verbosity(verbosity) if verbosity else None,
            level=Level(level) if level else None,
            prepare=None if prepare < 0 else prepare,
            pace=Pace(pace) if pace else None,
            position_change=None if position_change < 0 else position_change,
            gentler=self.gentler.isChecked(),
            ask_pain_before=self.ask_pain_before.isChecked(),
            week_target_low=self.week_low.value(),
            week_target_high=self.week_high.value(),
        )


def _within(value: int, bounds: tuple[int, int]) -> int:
    return min(bounds[1], max(bounds[0], value))
