"""The chooser: the best speaker and beeper that work here, null ones otherwise, and why.

Each fallback is logged (logger ``backcoach.audio``) and described once in :attr:`AudioChoice.notices`,
plainly, with what to install — the GUI shows that text, the doctor prints it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .beeper import ClipBeeper
from .clips import ClipError
from .interfaces import Beeper, Player, Speaker
from .null import NullBeeper, NullPlayer, NullSpeaker
from .players import PlayerUnavailable, QtPlayer, SimpleaudioPlayer, StreamPlayer
from .settings import AudioSettings
from .speaker import RenderedSpeaker
from .speech import SpeechRenderer, speech_preflight
from .speech_worker import DEFAULT_ENGINE
from .tones import load_tones

log = logging.getLogger("backcoach.audio")

PLAYERS = ("sounddevice", "simpleaudio", "qt")
"""Tried in this order: the persistent stream first (punctual on every Python), then the older players."""


@dataclass
class AudioChoice:
    speaker: Speaker
    beeper: Beeper
    player: Player
    notices: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        """One text for the UI saying what is missing and how to fix it; None when all works."""
        return "\n".join(self.notices) or None

    def apply(self, settings: AudioSettings) -> None:
        self.speaker.apply(settings)
        self.beeper.apply(settings)

    def close(self) -> None:
        self.speaker.close()
        self.beeper.close()
        self.player.close()


def choose_player(order: Sequence[str] = PLAYERS) -> tuple[Player, list[str]]:
    """The first player in ``order`` that opens the sound device; the reasons the others were passed over."""
    reasons: list[str] = []
    for name in order:
        try:
            if name == "sounddevice":
                return StreamPlayer(), reasons
            if name == "simpleaudio":
                simple = SimpleaudioPlayer()
                simple.warm_up()  # also makes the first real beep start on time
                return simple, reasons
            if name == "qt":
                return QtPlayer(), reasons
            raise PlayerUnavailable(f"unknown player {name!r}")
        except PlayerUnavailable as error:
            log.info("sound output %s not used: %s", name, error)
            reasons.append(f"{name}: {error}")
    return NullPlayer("; ".join(reasons) or "no sound output"), reasons


def choose_audio(
    settings: AudioSettings | None = None,
    *,
    players: Sequence[str] = PLAYERS,
    speech: bool = True,
    cache_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
    env: Mapping[str, str] | None = None,
    start_timeout: float = 20.0,
) -> AudioChoice:
    """Make the speaker and beeper for this machine. Blocks until the speech engine has started (or not)."""
    settings = settings or AudioSettings()
    notices: list[str] = []
    player, reasons = choose_player(players)
    if not player.available:
        log.warning("no sound output: %s", player.reason)
        notices.append(f"No sound: {_plain(_first(reasons) or player.reason)}")

    beeper: Beeper
    if player.available:
        try:
            beeper = ClipBeeper(player, load_tones(), settings)
        except (ClipError, FileNotFoundError) as error:
            log.warning("no beeps: %s", error)
            notices.append(f"No beeps: {error} — reinstall BackCoach")
            beeper = NullBeeper(str(error))
    else:
        beeper = NullBeeper(player.reason)

    speaker: Speaker
    problem = None if speech else "speech is turned off"
    if problem is None and engine == DEFAULT_ENGINE:
        problem = speech_preflight()
    if problem is None and not player.available:
        problem = "no sound output to speak through"
    if problem is None:
        renderer = SpeechRenderer(settings, cache_dir, engine=engine, env=env, start_timeout=start_timeout)
        renderer.wait_ready(start_timeout + 5)
        if renderer.available:
            speaker = RenderedSpeaker(renderer, player, settings)
        else:
            problem = renderer.reason
            renderer.close()
    if problem is not None:
        log.warning("no speech: %s", problem)
        if speech and player.available:
            notices.append(f"No speech: {problem}")
        speaker = NullSpeaker(problem)
    return AudioChoice(speaker, beeper, player, notices)


SOUND_BACK = "Sound is back."


def sound_stopped_notice(reason: str) -> str:
    """What the session screen says when sound that worked stops (the server died, the device went away)."""
    device_gone = "stopped" in reason or "cannot open the sound device" in reason
    cause = "the speakers or the sound server went away" if device_gone else reason
    return f"Sound stopped: {cause}. Cues are shown on screen; BackCoach tries again at the next cue."


def _plain(reason: str) -> str:
    """A device error as a person reads it; the library's own words stay in the log and in the doctor."""
    if "cannot open the sound device" in reason or "no audio output device" in reason:
        return ("no speakers or headphones were found, or the sound server is not running. Cues are shown on "
                "screen; run `backcoach doctor` for details")
    return reason


def _first(reasons: list[str]) -> str:
    """The most useful reason: the preferred player's (it names what to install)."""
    return reasons[0].split(": ", 1)[1] if reasons else ""
