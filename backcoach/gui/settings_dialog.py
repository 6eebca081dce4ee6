"""The settings dialog (Ctrl+,): sound, voice (grouped by language, with a sample to hear), verbosity, and how
sessions run."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from ..audio.interfaces import Speaker, VoiceInfo
from ..audio.settings import AudioSettings
from ..core.cue_types import Verbosity
from ..core.durations import Level
from ..core.model import Pace
from ..settings_store import (
    POSITION_CHANGE_RANGE,
    PREPARE_RANGE,
    PROGRESS_AFTER_RANGE,
    RATE_RANGE,
    RECOVERY_HOURS_RANGE,
    WEEK_TARGET_RANGE,
    AppSettings,
)
from . import accessibility
from .voice_choice import VoiceBox, preview_voice

VERBOSITY_NAMES = {
    Verbosity.FULL: "Full — count every rep",
    Verbosity.STANDARD: "Standard — names, halfway, last seconds",
    Verbosity.BEEPS: "Beeps only",
    Verbosity.SILENT: "Silent",
}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, voices: list[VoiceInfo], parent: QWidget | None = None,
                 preview: Callable[[AudioSettings], None] | None = None, why_no_preview: str = "") -> None:
        """``preview`` says the sample with the settings shown (``None``: no speech here, ``why_no_preview``)."""
        super().__init__(parent)
        accessibility.install()  # its combo boxes named by their labels
        self.setWindowTitle("BackCoach settings")
        self._original = settings
        form = QFormLayout(self)

        self.voice = VoiceBox(voices, settings.voice)
        self.preview = QPushButton("&Play a sample")
        self.preview.setAccessibleName("Play a sample")
        self.preview.setEnabled(preview is not None)
        self.preview.setToolTip("Hear the coach with this voice, rate and volume" if preview is not None
                                else f"No speech here: {why_no_preview or 'no speech engine'}")
        self.previewed = False
        """Whether the sample was played (the speaker then has the dialog's settings until it closes)."""
        if preview is not None:
            def play() -> None:
                self.previewed = True
                preview(self.result_settings().audio())

            self.preview.clicked.connect(lambda _checked=False: play())
        voice_row = QWidget()
        voice_layout = QHBoxLayout(voice_row)
        voice_layout.setContentsMargins(0, 0, 0, 0)
        voice_layout.addWidget(self.voice, 1)
        voice_layout.addWidget(self.preview)
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

        self.progress_after = QSpinBox(minimum=PROGRESS_AFTER_RANGE[0], maximum=PROGRESS_AFTER_RANGE[1],
                                       value=_within(settings.progress_after, PROGRESS_AFTER_RANGE),
                                       suffix=" sessions in a row rated too easy")
        self.progress_after.setToolTip("Then the summary offers a harder step (you say yes or no); the articles: "
                                       "\u201cprogress gradually\u201d")
        self.recovery_hours = QSpinBox(minimum=RECOVERY_HOURS_RANGE[0], maximum=RECOVERY_HOURS_RANGE[1], singleStep=12,
                                       value=_within(settings.recovery_hours, RECOVERY_HOURS_RANGE), suffix=" hours")
        self.recovery_hours.setToolTip("Before working the same muscles hard again; kimfitness: \u201cAllow for 48 to "
                                       "72 hours of recovery depending on your fitness level\u201d")

        rows: tuple[tuple[str, QWidget], ...] = (
            ("&Voice:", voice_row), ("Speech &rate:", self.rate), ("V&olume:", self.volume), ("", self.beeps),
            ("", self.muted), ("&What the coach says:", self.verbosity), ("Default &level:", self.level),
            ("&Get-ready time:", self.prepare), ("&Reps:", self.pace),
            ("&Time to change position:", self.position_change), ("", self.gentler),
            ("", self.ask_pain_before), ("Weekly &target:", self.week_target),
            ("Harder step &after:", self.progress_after), ("Muscles re&cover for:", self.recovery_hours),
        )
        for label, widget in rows:
            name = label.replace("&", "").rstrip(":")
            widget.setAccessibleName(name or (widget.text() if isinstance(widget, QCheckBox) else ""))
            form.addRow(label, widget)
        self.voice.setAccessibleName("Voice")
        self._shown = self._chosen()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, settings: AppSettings, speaker: Speaker, parent: QWidget | None,
            chosen: Callable[[AppSettings | None], object]) -> SettingsDialog:
        """Open the dialog offering the voices ``speaker`` has and a sample of them; when it closes, ``chosen``
        gets the settings chosen (``None``: cancelled), and the speaker has its own settings back.

        Window-modal without blocking (``open``, not ``exec``): the event loop runs on (a session's audience
        view, a screen plugged in), the answer comes through ``finished``, and a test drives the dialog it is
        given like any widget."""
        available = speaker.available
        dialog = cls(settings, speaker.voices() if available else [], parent,
                     (lambda chosen: preview_voice(speaker, chosen)) if available else None, speaker.reason)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if dialog.previewed:
                speaker.stop()
                speaker.apply(settings.audio())
            chosen(dialog.result_settings() if result == QDialog.DialogCode.Accepted else None)

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()  # the keys go to it, also on an X server without a window manager
        return dialog

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
            voice=self.voice.voice(),
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
            progress_after=self.progress_after.value(),
            recovery_hours=self.recovery_hours.value(),
        )


def _within(value: int, bounds: tuple[int, int]) -> int:
    return min(bounds[1], max(bounds[0], value))
