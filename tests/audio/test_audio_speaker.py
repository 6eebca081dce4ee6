"""The speaker's rules with a recording player and a stand-in renderer: on time, one at a time, priorities."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from backcoach.audio.clips import Clip, silence
from backcoach.audio.fakes import FakePlayer
from backcoach.audio.interfaces import SpeechEvent, SpeechEventKind, SpeechListener
from backcoach.audio.settings import AudioSettings
from backcoach.audio.speaker import RenderedSpeaker
from backcoach.core.cue_types import Priority, Verbosity, estimated_phrase_seconds, phrase_timer


class StubRenderer:
    """Knows the clips it was given; renders anything else only when the test says so."""

    engine = "stub"
    available = True
    reason = ""

    def __init__(self, ready: Iterable[str] = ()) -> None:
        self.settings = AudioSettings()
        self.clips = {text: silence(0.5) for text in ready}
        self.requests: list[tuple[str, Callable[[Clip | None], None]]] = []
        self.applied: list[AudioSettings] = []

    def add_listener(self, listener: SpeechListener) -> None:
        pass

    def clip(self, text: str) -> Clip | None:
        return self.clips.get(text)

    def phrase_seconds(self, text: str) -> float | None:
        clip = self.clips.get(text)
        return clip.seconds if clip else None

    def request(self, text: str, callback: Callable[[Clip | None], None]) -> None:
        self.requests.append((text, callback))

    def render_pending(self) -> None:
        requests, self.requests = self.requests, []
        for text, callback in requests:
            self.clips[text] = silence(0.5)
            callback(self.clips[text])

    def prepare(self, phrases: Iterable[str]) -> None:
        pass

    def apply(self, settings: AudioSettings) -> None:
        self.applied.append(settings)

    def voices(self) -> list[object]:
        return []

    def close(self) -> None:
        pass


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make(ready: Iterable[str] = ("Go.", "Rest.", "One", "Two", "Halfway.")) -> tuple[
    RenderedSpeaker, StubRenderer, FakePlayer, Clock, list[SpeechEvent]
]:
    renderer, player, clock = StubRenderer(ready), FakePlayer(hold=True), Clock()
    speaker = RenderedSpeaker(renderer, player, clock=clock)  # type: ignore[arg-type]
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    return speaker, renderer, player, clock, events


def kinds(events: list[SpeechEvent]) -> list[tuple[str, str]]:
    return [(e.kind.value, e.text) for e in events]


def test_a_rendered_phrase_is_handed_to_the_player_at_once() -> None:
    speaker, _, player, _, events = make()
    speaker.say("Go.")
    assert len(player.played) == 1 and speaker.speaking == "Go."
    player.finish()
    assert kinds(events) == [("started", "Go."), ("finished", "Go.")]
    assert speaker.speaking is None


def test_a_phrase_of_higher_priority_cuts_a_lower_one_short() -> None:
    speaker, _, player, _, events = make()
    speaker.say("One", Priority.COUNT)
    speaker.say("Rest.", Priority.STEP)
    assert player.playbacks[0].stopped
    assert kinds(events) == [("started", "One"), ("cut", "One"), ("started", "Rest.")]


def test_a_phrase_of_equal_or_lower_priority_waits_and_is_said_next() -> None:
    speaker, _, player, clock, events = make()
    speaker.say("Rest.", Priority.STEP)
    speaker.say("Halfway.", Priority.HINT)
    assert len(player.played) == 1
    clock.now += 0.5
    player.finish()
    assert kinds(events) == [("started", "Rest."), ("finished", "Rest."), ("started", "Halfway.")]


def test_a_waiting_phrase_is_dropped_when_it_could_not_start_within_1_5_s() -> None:
    speaker, _, player, clock, events = make()
    speaker.say("Rest.", Priority.STEP)
    speaker.say("Two", Priority.COUNT)
    clock.now += 1.6
    player.finish()
    assert kinds(events)[-1] == ("dropped", "Two")
    assert len(player.played) == 1


def test_a_phrase_not_rendered_yet_is_rendered_off_this_thread_and_said_if_still_in_time() -> None:
    speaker, renderer, player, clock, events = make(ready=())
    speaker.say("Go.")
    assert player.played == [] and [text for text, _ in renderer.requests] == ["Go."]
    clock.now += 0.2
    renderer.render_pending()
    assert kinds(events) == [("started", "Go.")]
    speaker.say("Late one.")
    clock.now += 2.0
    renderer.render_pending()
    assert kinds(events)[-1] == ("dropped", "Late one.")


def test_stop_silences_the_current_phrase_and_forgets_waiting_and_pending_ones() -> None:
    speaker, renderer, player, _, events = make()
    speaker.say("Rest.")
    speaker.say("Halfway.", Priority.HINT)
    speaker.say("Not rendered.")
    speaker.stop()
    renderer.render_pending()
    assert kinds(events) == [("started", "Rest."), ("dropped", "Halfway."), ("cut", "Rest.")]
    assert len(player.played) == 1


def test_mute_and_beeps_only_drop_speech_and_are_applied_without_restart() -> None:
    speaker, renderer, player, _, events = make()
    speaker.apply(AudioSettings(muted=True))
    speaker.say("Go.")
    speaker.apply(AudioSettings(verbosity=Verbosity.BEEPS))
    speaker.say("Go.")
    speaker.apply(AudioSettings())
    speaker.say("Go.")
    assert [e.kind for e in events] == [SpeechEventKind.DROPPED] * 2 + [SpeechEventKind.STARTED]
    assert len(renderer.applied) == 3 and len(player.played) == 1


def test_the_phrase_timer_uses_rendered_lengths_and_estimates_the_rest() -> None:
    speaker, _, _, _, _ = make()
    timer = phrase_timer(speaker.phrase_seconds)
    assert timer("Go.") == 0.5
    assert speaker.phrase_seconds("Never rendered") is None
    assert timer("Never rendered") == estimated_phrase_seconds("Never rendered")
