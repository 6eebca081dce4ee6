"""The speech renderer with a fake engine in the worker process: cache keys, reuse, hangs and failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backcoach.audio.clips import load_wav
from backcoach.audio.interfaces import SpeechEvent, SpeechEventKind
from backcoach.audio.settings import AudioSettings
from backcoach.audio.speech import SpeechRenderer, cache_key
from backcoach.audio.speech_worker import WORKER_NICENESS

HERE = Path(__file__).resolve().parent
ENGINE = "fake_tts:make_engine"


def fake_env(state: Path, mode: str = "ok") -> dict[str, str]:
    state.mkdir(parents=True, exist_ok=True)
    path = os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return dict(os.environ, PYTHONPATH=path, FAKE_TTS_DIR=str(state), FAKE_TTS_MODE=mode)


def renders(state: Path) -> list[str]:
    log = state / "renders.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "fake-tts"


def make(state: Path, cache: Path, mode: str = "ok", **kwargs: object) -> SpeechRenderer:
    renderer = SpeechRenderer(AudioSettings(), cache, engine=ENGINE, env=fake_env(state, mode), **kwargs)  # type: ignore[arg-type]
    assert renderer.wait_ready(30)
    return renderer


def test_cache_key_depends_on_text_voice_rate_volume_and_engine_only() -> None:
    base = AudioSettings()
    key = cache_key("Go.", base)
    assert key == cache_key("Go.", AudioSettings(beeps=False, muted=True))
    others = {
        cache_key("Rest.", base),
        cache_key("Go.", AudioSettings(voice="gmw/en-us")),
        cache_key("Go.", AudioSettings(rate=150)),
        cache_key("Go.", AudioSettings(volume=0.5)),
        cache_key("Go.", base, engine="other"),
    }
    assert key not in others and len(others) == 5
    assert len(key) == 32 and all(c in "0123456789abcdef" for c in key)


def test_prepared_phrases_are_rendered_trimmed_and_cached_under_their_key(state: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    renderer = make(state, cache)
    try:
        renderer.prepare(["Go.", "Rest. 30 seconds.", "Go.", "  "])
        assert renderer.wait_idle(30)
        assert [line.split("\t")[2] for line in renders(state)] == ["Go.", "Rest. 30 seconds."]
        for text in ("Go.", "Rest. 30 seconds."):
            path = cache / f"{renderer.key(text)}.wav"
            clip = load_wav(path)
            assert clip.seconds == pytest.approx(0.1 + 0.05 * len(text) + 0.002 + 0.040, abs=0.005)
            assert renderer.phrase_seconds(text) == pytest.approx(clip.seconds)
        expected = sorted(f"{renderer.key(t)}.wav" for t in ("Go.", "Rest. 30 seconds."))
        assert sorted(p.name for p in cache.iterdir()) == expected
        assert [v.id for v in renderer.voices()] == ["fake/en", "fake/de"]
    finally:
        renderer.close()


def test_a_second_renderer_reuses_the_cache_without_the_engine(state: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = make(state, cache)
    first.prepare(["Halfway."])
    assert first.wait_idle(30)
    first.close()
    second = make(state, cache)
    try:
        second.prepare(["Halfway."])
        assert second.wait_idle(30)
        assert second.rendered == 0 and len(renders(state)) == 1
        assert second.phrase_seconds("Halfway.") is not None
    finally:
        second.close()


def test_a_voice_change_renders_every_known_phrase_again_in_the_background(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache")
    events: list[SpeechEvent] = []
    renderer.add_listener(events.append)
    try:
        renderer.prepare(["Go.", "Rest."])
        assert renderer.wait_idle(30)
        renderer.apply(AudioSettings(voice="fake/de"))
        assert renderer.phrase_seconds("Go.") is None  # not yet for this voice
        assert renderer.wait_idle(30)
        assert [line.split("\t")[1:] for line in renders(state)][-2:] == [["fake/de", "Go."], ["fake/de", "Rest."]]
        assert renderer.phrase_seconds("Go.") is not None
        assert sum(1 for e in events if e.kind is SpeechEventKind.RENDERED) == 4
    finally:
        renderer.close()


def test_an_urgent_phrase_jumps_the_queue(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache")
    got: list[float | None] = []
    try:
        renderer.prepare([f"Phrase {n}." for n in range(8)])
        renderer.request("Go now.", lambda clip: got.append(clip.seconds if clip else None))
        assert renderer.wait_idle(30)
        order = [line.split("\t")[2] for line in renders(state)]
        assert order.index("Go now.") <= 1  # at most the phrase already being rendered goes first
        assert got and got[0] is not None
    finally:
        renderer.close()


def test_a_hung_engine_is_killed_and_restarted_and_the_phrase_still_renders(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache", mode="hang-first", render_timeout=2.0)
    try:
        renderer.prepare(["Go."])
        assert renderer.wait_idle(30)
        assert renderer.restarts == 1
        assert [line.split("\t")[0] for line in renders(state)] == ["1", "2"]  # engine 1 hung, engine 2 rendered
        assert renderer.phrase_seconds("Go.") is not None
        assert renderer.available
    finally:
        renderer.close()


def test_an_engine_that_never_reports_finishing_is_restarted_then_dropped(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache", mode="no-callback", render_timeout=1.0)
    events: list[SpeechEvent] = []
    renderer.add_listener(events.append)
    try:
        renderer.prepare(["Go."])
        assert renderer.wait_idle(30)
        assert renderer.phrase_seconds("Go.") is None
        assert any(e.kind is SpeechEventKind.DROPPED and e.text == "Go." for e in events)
        assert renderer.available  # one bad phrase does not take speech away
    finally:
        renderer.close()


def test_an_empty_file_is_never_used(state: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    renderer = make(state, cache, mode="empty")
    events: list[SpeechEvent] = []
    renderer.add_listener(events.append)
    try:
        renderer.prepare(["Go."])
        assert renderer.wait_idle(30)
        assert renderer.phrase_seconds("Go.") is None
        reasons = [e.reason for e in events if e.kind is SpeechEventKind.DROPPED]
        assert reasons == ["the speech engine could not render it (the engine wrote an empty file (0 bytes)), twice"]
        assert not list(cache.glob("*.wav")) and not list(cache.glob(".*"))
    finally:
        renderer.close()


def test_a_phrase_the_engine_failed_once_is_rendered_by_a_fresh_engine(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache", mode="empty-first")
    events: list[SpeechEvent] = []
    renderer.add_listener(events.append)
    try:
        renderer.prepare(["Go."])
        assert renderer.wait_idle(30)
        assert renderer.phrase_seconds("Go.") is not None
        assert renderer.restarts == 1 and [line.split("\t")[0] for line in renders(state)] == ["1", "2"]
        assert not any(e.kind is SpeechEventKind.DROPPED for e in events)
    finally:
        renderer.close()


def test_an_engine_that_cannot_start_makes_the_renderer_unavailable_with_the_fix(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache", mode="init-fails")
    try:
        assert not renderer.available
        assert "sudo apt install espeak-ng" in renderer.reason
        got: list[object] = []
        renderer.request("Go.", got.append)
        assert got == [None]
    finally:
        renderer.close()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX process priorities")
def test_the_speech_worker_renders_at_a_lower_priority_than_the_window(state: Path, tmp_path: Path) -> None:
    renderer = make(state, tmp_path / "cache")
    try:
        worker = renderer._worker
        assert worker is not None
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, worker.process.pid) == min(19, own + WORKER_NICENESS)
    finally:
        renderer.close()


def test_a_clip_hook_sees_every_phrase_on_the_rendering_thread_before_the_phrase_is_ready(
        state: Path, tmp_path: Path) -> None:
    """A stream player converts each phrase as it is rendered (the hook), so the GUI thread never does it when
    the phrase is first said; a hook that fails costs nothing but its own work."""
    import threading

    renderer = make(state, tmp_path / "cache")
    seen: list[tuple[float, bool]] = []

    def hook(clip: object) -> None:
        seen.append((round(clip.seconds, 3), threading.current_thread() is threading.main_thread()))

    def failing(_clip: object) -> None:
        raise RuntimeError("a broken hook")

    renderer.add_clip_hook(failing)
    renderer.add_clip_hook(hook)
    try:
        ready: list[object] = []
        renderer.request("Go.", lambda clip: ready.append((clip, len(seen))))
        renderer.prepare(["Rest. 30 seconds."])
        assert renderer.wait_idle(30)
        assert [on_main for _, on_main in seen] == [False, False]
        assert ready and ready[0][0] is not None and ready[0][1] >= 1  # the hook ran before the phrase was ready
        assert renderer.clip("Rest. 30 seconds.") is not None
    finally:
        renderer.close()
