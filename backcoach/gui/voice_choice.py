"""Choosing a voice in Settings: the voices grouped by language (the user's first), and a sample to hear.

espeak-ng alone offers over a hundred voices; a flat list sorted by name puts "Afrikaans" first and the
user's own language somewhere in the middle. :class:`VoiceBox` lists "System default", then the voices of
the user's language (:class:`~PySide6.QtCore.QLocale`), then every other language by name, each under a
heading that cannot be chosen. A saved voice the speech engine does not offer now (no sound device, another
machine) stays in the list, chosen, so pressing OK never loses it.

:func:`preview_voice` says :data:`~backcoach.core.spoken.VOICE_SAMPLE` with the voice, rate and volume the
dialog shows, through the app's own speaker (rendered off the GUI thread like every phrase); Settings puts
the speaker's own settings back when it closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ..audio.interfaces import Speaker, VoiceInfo
from ..audio.settings import AudioSettings
from ..core.cue_types import Priority, Verbosity
from ..core.spoken import VOICE_SAMPLE

DEFAULT_VOICE = "System default"


def language_of(voice: VoiceInfo) -> str:
    """A voice's language as its primary code (``en`` for ``en-gb``); ``""`` when it says none."""
    code = voice.languages[0] if voice.languages else ""
    return code.replace("_", "-").split("-")[0].lower()


def language_name(code: str) -> str:
    """``English``, ``German``; the code itself for a language Qt does not know."""
    if not code:
        return "Other voices"
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def group_voices(voices: Sequence[VoiceInfo], language: str) -> list[tuple[str, list[VoiceInfo]]]:
    """The voices by language: ``language`` (the user's, a primary code) first, then the others by name; each
    group sorted by the voice's name."""
    groups: dict[str, list[VoiceInfo]] = {}
    for voice in voices:
        groups.setdefault(language_of(voice), []).append(voice)
    order = sorted(groups, key=lambda code: (code != language, language_name(code).lower(), code))
    return [(code, sorted(groups[code], key=lambda v: v.name.lower())) for code in order]


class VoiceBox(QComboBox):
    """"System default", then the voices under their language's heading (the user's language first)."""

    def __init__(self, voices: Sequence[VoiceInfo], current: str | None, language: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Voice")
        model = QStandardItemModel(self)
        model.appendRow(_choice(DEFAULT_VOICE, None))
        language = language or QLocale().name().split("_")[0].lower()
        bold = QFont(self.font())
        bold.setBold(True)
        for code, members in group_voices(voices, language):
            heading = QStandardItem(language_name(code))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: seen, never chosen
            heading.setFont(bold)
            heading.setData(True, Qt.ItemDataRole.UserRole + 1)
            model.appendRow(heading)
            for voice in members:
                model.appendRow(_choice(f"    {voice.name}", voice.id))
        if current is not None and not any(voice.id == current for voice in voices):
            model.appendRow(_choice(f"{current} (your saved voice, not available now)", current))
        self.setModel(model)
        self.setCurrentIndex(max(0, self.findData(current)))

    def voice(self) -> str | None:
        """The voice id chosen (``None``: the engine's default)."""
        value = self.currentData()
        return value if isinstance(value, str) else None

    def headings(self) -> list[str]:
        """The language headings, in order (for tests)."""
        return [self.itemText(i) for i in range(self.count()) if self.itemData(i, Qt.ItemDataRole.UserRole + 1)]


def _choice(text: str, voice: str | None) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(voice, Qt.ItemDataRole.UserRole)
    return item


def preview_voice(speaker: Speaker, settings: AudioSettings) -> None:
    """Say the sample with ``settings``' voice, rate and volume, even when muted or on beeps only (it was
    asked for); what was playing stops first."""
    speaker.stop()
    speaker.apply(settings.with_changes(muted=False, verbosity=Verbosity.STANDARD))
    speaker.say(VOICE_SAMPLE, Priority.SESSION)
