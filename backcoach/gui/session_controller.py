"""The session controller: one object, not a widget, that owns a running session.

It plans the session with the core's one planner (:func:`~backcoach.core.session_plan.plan_session`), owns
the Qt adapter that drives the engine (:class:`~.session_driver.SessionDriver`) and the cue output (sound
and captions), and tells the screen what to show in the core's terms: a
:class:`~backcoach.core.display.Moment` each second, a :class:`~backcoach.core.engine.State` when the
state changes, an :class:`~backcoach.core.display.Ending` when the session is over, and a notice when
the sound is missing or muted. No view reaches into the engine. The questions a session asks (stop
now?) and the advice it gives (it hurts) go through the :class:`~.prompts.Prompter`, so tests answer them.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..audio.interfaces import Beeper, Speaker
from ..audio.settings import AudioSettings
from ..core.cue_types import Verbosity, phrase_timer
from ..core.display import ENDINGS, READY_CAPTION, Moment
from ..core.durations import Level
from ..core.engine import Clock, SessionEngine, State
from ..core.exercise_library import ExerciseLibrary
from ..core.model import Routine
from ..core.preferences import Preferences
from ..core.safety import BEFORE_FIRST_SESSION, WHEN_IT_HURTS
from ..core.session_plan import SessionPlan, plan_session
from ..core.spoken import STOPPED_FOR_PAIN
from .cue_output import CueOutput
from .prompts import Prompter
from .session_driver import SessionDriver

if TYPE_CHECKING:
    from .session_view import SessionView

ACTIVE = (State.RUNNING, State.PAUSED)
MUTED = "Sound is muted — press M to turn it back on."


class SessionController(QObject):
    """Plans, runs and reports one session at a time; the views listen to its signals."""

    opened = Signal(object)  # SessionPlan: a session is ready to start
    stateChanged = Signal(object)  # State
    momentChanged = Signal(object)  # Moment: what the screen shows now
    ended = Signal(object)  # Ending: the closing screen (finished or stopped)
    captionChanged = Signal(str)  # what the coach says, also shown when the sound is off
    noticeChanged = Signal(object)  # str | None: what is wrong with the sound, or that it is muted

    def __init__(self, prompter: Prompter, speaker: Speaker, beeper: Beeper, settings: AudioSettings,
                 clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter
        self.plan: SessionPlan | None = None
        self._audio_notice: str | None = None
        self.driver = SessionDriver(clock, self)
        self.output = CueOutput(speaker, beeper, settings, clock, self)
        self.driver.stepStarted.connect(self._step_started)
        self.driver.secondChanged.connect(self._refresh)
        self.driver.stateChanged.connect(self._state_changed)
        self.driver.cueDue.connect(self.output.play)
        self.output.captionChanged.connect(self.captionChanged)

    def show_on(self, view: SessionView) -> None:
        """Show this controller's sessions on ``view``, and run the requests of its buttons and keys."""
        for signal, slot in (
            (self.stateChanged, view.show_state), (self.momentChanged, view.show_moment),
            (self.ended, view.show_ending), (self.captionChanged, view.show_caption),
            (self.noticeChanged, view.show_notice), (view.toggleRequested, self.toggle),
            (view.previousRequested, self.previous), (view.nextRequested, self.next),
            (view.doneRequested, self.done), (view.extendRequested, self.extend),
        ):
            signal.connect(slot)

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def state(self) -> State | None:
        return self.driver.state

    @property
    def engine(self) -> SessionEngine | None:
        """The running engine, for tests that check its numbers (views use :meth:`moment`)."""
        return self.driver.engine

    def active(self) -> bool:
        """Running or paused: leaving would lose it."""
        return self.driver.state in ACTIVE

    def moment(self) -> Moment | None:
        engine = self.driver.engine
        if self.plan is None or engine is None:
            return None
        return self.plan.display.moment(engine)

    # -- verbs -----------------------------------------------------------------------------------------

    def safety_accepted(self, accepted_before: bool) -> bool:
        """Before the very first session, the articles' safety advice, to be accepted (once, by the caller)."""
        if accepted_before:
            return True
        title, *paragraphs = BEFORE_FIRST_SESSION
        return self.prompter.confirm(title, "\n\n".join(paragraphs), "I understand", "Not now")

    def open(self, routine: Routine, preferences: Preferences, level: Level | None, verbosity: Verbosity,
             exercise_library: ExerciseLibrary) -> SessionPlan:
        """Plan a session and make it ready to start; its phrases start rendering now, so they are on time."""
        plan = plan_session(routine, preferences, level, verbosity, exercise_library=exercise_library,
                            phrase_seconds=phrase_timer(self.output.speaker.phrase_seconds))
        self.plan = plan
        self.output.speaker.prepare(plan.cues.phrases())
        self.driver.load(plan.cues)
        self.stateChanged.emit(State.READY)
        self._refresh()
        self.captionChanged.emit(READY_CAPTION)
        self.opened.emit(plan)
        return plan

    def toggle(self) -> bool:
        return self.driver.toggle()

    def pause(self) -> bool:
        return self.driver.pause()

    def resume(self) -> bool:
        return self.driver.resume()

    def next(self) -> bool:
        return self.driver.next()

    def previous(self) -> bool:
        return self.driver.previous()

    def done(self) -> bool:
        return self.driver.done()

    def extend(self) -> bool:
        return self.driver.extend()

    def stop(self) -> bool:
        """End the session now, and every sound with it."""
        stopped = self.driver.stop()
        self.output.stop()
        return stopped

    def ask_to_stop(self) -> bool:
        """Pause and ask; ``True`` when the session is over (stopped now, or it was not running)."""
        if not self.active():
            return True
        was_running = self.state is State.RUNNING
        self.pause()
        if self.prompter.confirm("Stop the session?", "Your progress in this session will not be kept.",
                                 "Stop", "Keep going", default_yes=False):
            return self.stop()
        if was_running:
            self.resume()
        return False

    def stop_for_pain(self) -> bool:
        """Stop because something hurts: silence, the one kind sentence (when speech is on), and the advice."""
        if not self.stop():
            return False
        if self.output.settings.speech_on:
            self.output.speaker.say(STOPPED_FOR_PAIN)
        title, *paragraphs = WHEN_IT_HURTS
        self.prompter.inform(title, tuple(paragraphs))
        return True

    # -- sound -----------------------------------------------------------------------------------------

    def set_audio(self, speaker: Speaker, beeper: Beeper, notice: str | None) -> None:
        """Use this speaker and beeper from now on; ``notice`` says what is missing, if anything."""
        self.output.speaker, self.output.beeper = speaker, beeper
        self._audio_notice = notice
        self.apply(self.output.settings)

    def apply(self, settings: AudioSettings) -> None:
        self.output.apply(settings)
        if settings.muted:
            self.output.stop()
        # one notice at a time: with no sound at all, being muted changes nothing worth saying
        self.noticeChanged.emit(self._audio_notice or (MUTED if settings.muted else None))

    def close(self) -> None:
        """Let the speech worker and the sound output go (the app is quitting)."""
        self.output.speaker.close()
        self.output.beeper.close()

    # -- relaying --------------------------------------------------------------------------------------

    def _step_started(self) -> None:
        self.captionChanged.emit("")
        self._refresh()

    def _refresh(self) -> None:
        moment = self.moment()
        if moment is not None:
            self.momentChanged.emit(moment)

    def _state_changed(self, state: State) -> None:
        self.stateChanged.emit(state)
        ending = ENDINGS.get(state)
        if ending is not None:
            self.ended.emit(ending)
        else:
            self._refresh()
