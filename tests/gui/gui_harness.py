"""Test doubles for the GUI tests: a fake clock, a prompter that answers as told, and the harness."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
from backcoach.gui.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakePrompter:
    """Answers every question with ``answer`` and records what was asked."""

    answer: bool = True
    asked: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    choices: list[int] = field(default_factory=list)
    """Answers to :meth:`choose`, used in order (an empty list answers -1, as Cancel would)."""
    save_paths: list[Path] = field(default_factory=list)
    defaults: list[bool] = field(default_factory=list)
    """Whether each confirm() offered yes as the default (Return) answer."""
    scales: list[int | None] = field(default_factory=list)
    """Answers to :meth:`ask_scale`, in order (none left: skipped)."""
    export_paths: list[Path] = field(default_factory=list)

    def confirm(self, title: str, question: str, yes: str, no: str, *, default_yes: bool = True) -> bool:
        self.asked.append(title)
        self.defaults.append(default_yes)
        return self.answer

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None:
        self.told.append(title)

    def choose(self, title: str, text: str, options: tuple[str, ...]) -> int:
        self.asked.append(title)
        return self.choices.pop(0) if self.choices else -1

    def ask_save_path(self, suggested: Path) -> Path | None:
        self.asked.append(f"save as {suggested.name}")
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_scale(self, title: str, question: str, low: int, high: int) -> int | None:
        self.asked.append(title)
        return self.scales.pop(0) if self.scales else None

    def ask_export_path(self, suggested: Path) -> Path | None:
        self.asked.append(f"export as {suggested.name}")
        return self.export_paths.pop(0) if self.export_paths else None


@dataclass
class Harness:
    window: MainWindow
    clock: FakeClock
    prompter: FakePrompter
    speaker: FakeSpeaker
    beeper: FakeBeeper
    user_routines: Path
    settings_file: Path

    def advance(self, seconds: float, step: float = 0.25) -> None:
        """Move the clock in small steps, waking the driver as its timer would."""
        moved = 0.0
        while moved < seconds - 1e-9:
            delta = min(step, seconds - moved)
            self.clock.now += delta
            moved += delta
            self.window.controller.driver.wake()


