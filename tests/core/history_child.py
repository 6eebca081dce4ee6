"""A real process that records sessions, for the tests that kill it or run two at once.

    python history_child.py DB session STEPS   run a session on the history thread; after STEPS step
                                              boundaries are committed print "committed STEPS", then wait
                                              (for stdin to close, or for a kill)
    python history_child.py DB flood           record steps as fast as it can, printing each commit, forever
    python history_child.py DB writer N TAG    record N short sessions straight to the store, then exit

The session runs on a fake clock moved by hand (no waiting), with the core engine and recorder the app uses.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from sample_routines import TEST_CLASS

from backcoach.core.cues import plan_cues
from backcoach.core.engine import SessionEngine, State, StepEnded
from backcoach.core.history_store import HistoryStore
from backcoach.core.history_thread import HistoryThread
from backcoach.core.loader import load_routine
from backcoach.core.session_recorder import SessionRecorder, local_now
from backcoach.core.timeline import expand


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def engine_for(clock: Clock) -> SessionEngine:
    return SessionEngine(plan_cues(expand(load_routine(TEST_CLASS, "test.yaml"))), clock)


def run_session(db: Path, wanted: int | None) -> None:
    thread = HistoryThread(lambda: HistoryStore.open(db))
    clock = Clock()
    ended = 0
    while True:
        engine = engine_for(clock)
        SessionRecorder(engine, thread, "routines/test.yaml", wall=local_now)
        boundaries: list[StepEnded] = []

        def count(event: object, boundaries: list[StepEnded] = boundaries) -> None:
            if isinstance(event, StepEnded):
                boundaries.append(event)

        engine.subscribe(count)
        engine.start()
        while engine.state is State.RUNNING:
            before = len(boundaries)
            if engine.current is not None and engine.current.duration is None:
                engine.done()
            else:
                clock.now += 0.5
                engine.tick()
            if len(boundaries) > before:
                ended += len(boundaries) - before
                if wanted is None:
                    print(f"queued {ended}", flush=True)
                    continue
                thread.flush()
                print(f"committed {ended}", flush=True)
                if ended >= wanted:
                    sys.stdin.read()  # hold the session open until the test kills this process
                    return


def write_sessions(db: Path, count: int, tag: str) -> None:
    store = HistoryStore.open(db)
    clock = Clock()
    for number in range(count):
        engine = engine_for(clock)
        SessionRecorder(engine, store, f"routines/{tag}.yaml",
                        wall=lambda: datetime(2025, 3, 1, 8, tzinfo=UTC))
        engine.start()
        for _ in range(4):
            engine.next()
        engine.stop()
        print(f"{tag} {number}", flush=True)
    store.close()


if __name__ == "__main__":
    path, mode = Path(sys.argv[1]), sys.argv[2]
    if mode == "session":
        run_session(path, int(sys.argv[3]))
    elif mode == "flood":
        run_session(path, None)
    else:
        write_sessions(path, int(sys.argv[3]), sys.argv[4])
