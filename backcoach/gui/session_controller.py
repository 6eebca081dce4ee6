"""The session controller: one object, not a widget, that owns a running session.

It plans the session with the core's one planner (:func:`~backcoach.core.session_plan.plan_session`), owns
the Qt adapter that drives the engine (:class:`~.session_driver.SessionDriver`), the cue output (sound
and captions) and the session history (:class:`~.session_history.SessionHistory`, which records every
session), and tells the screen what to show in the core's terms: a :class:`~backcoach.core.display.Moment`
each second, a :class:`~backcoach.core.engine.State` when the state changes, an
:class:`~backcoach.core.display.Ending` when the session is over, the session's record for its summary,
and a notice when the sound is missing, stops, comes back or is muted. No view reaches into the engine.
The questions a session asks (stop now? back pain now?) and the advice it gives (it hurts) go through the
:class:`~.prompts.Prompter`, so tests answer them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..audio.interfaces import Beeper, Player, Speaker
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
from .prompts import Prompter, tell_advice
from .session_driver import SessionDriver

if TYPE_CHECKING:
    from ..core.catalog import CatalogEntry
    from .session_history import SessionHistory
    from .session_view import SessionView

ACTIVE = (State.RUNNING, State.PAUSED)
SWAPPABLE = (State.READY, State.RUNNING, State.PAUSED)
ENDED = (State.FINISHED, State.STOPPED)
MUTED = "Sound is muted — press M to turn it back on."
SOUND_BACK_SHOWN_MS = 5000
"""How long "Sound is back." stays on screen."""


class SessionController(QObject):
    """Plans, runs, records and reports one session at a time; the views listen to its signals."""

    opened = Signal(object)  # SessionPlan: a session is ready to start
    stateChanged = Signal(object)  # State
    momentChanged = Signal(object)  # Moment: what the screen shows now
    ended = Signal(object)  # Ending: the closing screen (finished or stopped)
    captionChanged = Signal(str)  # what the coach says, also shown when the sound is off
    noticeChanged = Signal(object)  # str | None: what is wrong with the sound, or that it is muted
    soundNoticeChanged = Signal(str)  # what is wrong with the sound (or that it is back), for the status line
    sessionEnded = Signal(object)  # SessionRecord: the session is over, as recorded: its summary follows

    def __init__(self, prompter: Prompter, speaker: Speaker, beeper: Beeper, settings: AudioSettings,
                 clock: Clock = time.monotonic, parent: QObject | None = None, *,
                 history: Callable[[], SessionHistory] | None = None) -> None:
        """``history`` gives the session history (opened when first asked; ``None``: the user's own)."""
        super().__init__(parent)
        self.prompter = prompter
        self.plan: SessionPlan | None = None
        self._audio_notice: str | None = None
        self._open_history = history or _users_history
        self._history: SessionHistory | None = None
        self._recorded_as: tuple[str, int | None] | None = None
        """The session's history id and the pain before it, while it is recorded."""
        self.driver = SessionDriver(clock, self)
        self.output = CueOutput(speaker, beeper, settings, clock, self)
        self.driver.stepStarted.connect(self._step_started)
        self.driver.secondChanged.connect(self._refresh)
        self.driver.stateChanged.connect(self._state_changed)
        self.driver.cueDue.connect(self.output.play)
        self.driver.cuesWithdrawn.connect(self.output.withdraw)
        self.output.captionChanged.connect(self.captionChanged)
        self.output.soundStatusChanged.connect(self._sound_status_changed)

    def show_on(self, view: SessionView) -> None:
        """Show this controller's sessions on ``view``, and run the requests of its buttons and keys."""
        for signal, slot in (
            (self.stateChanged, view.show_state), (self.momentChanged, view.show_moment),
            (self.ended, view.show_ending), (self.captionChanged, view.show_caption),
            (self.noticeChanged, view.show_notice), (view.toggleRequested, self.toggle),
            (view.previousRequested, self.previous), (view.nextRequested, self.next),
            (view.doneRequested, self.done), (view.extendRequested, self.extend),
            (view.gentlerRequested, self.swap_gentler), (view.playRequested, self.play),
            (view.pauseRequested, self.pause),
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

    def position(self) -> tuple[int, float] | None:
        """Where the session is: the step's index and the seconds into it on the engine's clock (``None`` when
        :meth:`moment` is). What an animation asks many times a second, without working out a whole moment's
        texts."""
        engine = self.driver.engine
        if self.plan is None or engine is None or engine.current is None or engine.state in ENDED:
            return None
        return engine.index, engine.elapsed()

    @property
    def history(self) -> SessionHistory:
        """The session history every session is recorded in (asked for at the first session)."""
        if self._history is None:
            history = self._history = self._open_history()
            history.sessionEnded.connect(self.sessionEnded)
            history.noticeChanged.connect(self._history_notice)
        return self._history

    # -- verbs -----------------------------------------------------------------------------------------

    def safety_accepted(self, accepted_before: bool) -> bool:
        """Before the very first session, the articles' safety advice, to be accepted (once, by the caller)."""
        if accepted_before:
            return True
        title, *paragraphs = BEFORE_FIRST_SESSION
        return self.prompter.confirm(title, "\n\n".join(paragraphs), "I understand", "Not now")

    def open(self, routine: Routine, preferences: Preferences, level: Level | None, verbosity: Verbosity,
             exercise_library: ExerciseLibrary, *, recorded_as: CatalogEntry | str | None = None,
             ask_pain_before: bool = False) -> SessionPlan:
        """Plan a session and make it ready to start; its phrases start rendering now, so they are on time.
        ``recorded_as``: the routine file the history records the session under, or the history's name for
        a routine without a file (a quick timer); ``None``: not recorded. ``ask_pain_before``: ask how the
        back is first (the user's setting)."""
        plan = plan_session(routine, preferences, level, verbosity, exercise_library=exercise_library,
                            phrase_seconds=phrase_timer(self.output.speaker.phrase_seconds))
        self.output.speaker.prepare(plan.cues.phrases())
        pain_before = self._ask_pain_before() if ask_pain_before else None
        self._recorded_as = None
        if isinstance(recorded_as, str):
            self._recorded_as = (recorded_as, pain_before)
        elif recorded_as is not None:
            from ..core.history_records import routine_id

            self._recorded_as = (routine_id(recorded_as.path, recorded_as.display_name, recorded_as.bundled),
                                 pain_before)
        self._load(plan)
        self.opened.emit(plan)
        return plan

    def _load(self, plan: SessionPlan) -> None:
        """Ready to start ``plan`` (Space), recorded once it starts."""
        self.plan = plan
        self.driver.lead = self.output.lead  # cues reach the player early enough to be heard on their moment
        self.driver.load(plan.cues)
        engine = self.driver.engine
        if engine is not None and self._recorded_as is not None:
            self.history.attach(engine, *self._recorded_as)
        self.stateChanged.emit(State.READY)
        self._refresh()
        self.captionChanged.emit(READY_CAPTION)

    def _ask_pain_before(self) -> int | None:
        """Once, as a session opens, when the user asked for it in Settings; skipping is fine."""
        return self.prompter.ask_scale("Back pain now", "How is your back right now, from 0 (no pain) to 10 (the "
                                       "worst pain imaginable)? Optional: the history shows it beside the pain "
                                       "after the session.", 0, 10)

    def toggle(self) -> bool:
        return self.driver.toggle()

    def pause(self) -> bool:
        return self.driver.pause()

    def resume(self) -> bool:
        return self.driver.resume()

    def play(self) -> bool:
        """Start, or resume a paused session (a media Play key): never a pause."""
        return self.driver.toggle() if self.state in (State.READY, State.PAUSED) else False

    def next(self) -> bool:
        return self.driver.next()

    def previous(self) -> bool:
        return self.driver.previous()

    def done(self) -> bool:
        return self.driver.done()

    def extend(self) -> bool:
        """+10 s; shown at once, also while paused (no second ticks then to redraw it)."""
        extended = self.driver.extend()
        self._refresh()
        return extended

    def swap_gentler(self) -> bool:
        """G: the high-impact move now (or next) swapped for the gentler move the exercise library names (or
        skipped): the session is planned again and goes on with it; before the start, it opens with it."""
        engine, plan = self.driver.engine, self.plan
        if engine is None or plan is None or engine.state not in SWAPPABLE:
            return False
        swapped = plan.swapped(engine.index)
        if swapped is None:
            return False
        new, index = swapped
        self.output.speaker.prepare(new.cues.phrases())
        if engine.state is State.READY:
            self._load(new)  # a new engine: the same session, recorded once it starts
            return True
        self.plan = new
        self.output.stop()
        return self.driver.continue_with(new.cues, index)

    def stop(self) -> bool:
        """End the session now, and every sound with it (the summary follows, from the history)."""
        stopped = self.driver.stop()
        self.output.stop()
        return stopped

    def ask_to_stop(self) -> bool:
        """Pause and ask; ``True`` when the session is over (stopped now, or it was not running)."""
        if not self.active():
            return True
        was_running = self.state is State.RUNNING
        self.pause()
        if self.prompter.confirm("Stop the session?", "What you have done so far is kept in your history.",
                                 "Stop", "Keep going", default_yes=False):
            return self.stop()
        if was_running:
            self.resume()
        return False

    def stop_for_pain(self) -> bool:
        """Stop because something hurts: silence, the one kind sentence (when speech is on), and the advice.
        The history records why (the summary then asks about the pain)."""
        if not self.active():
            return False
        if self._history is not None:
            self._history.stopping_for_pain()
        if not self.stop():
            return False
        if self.output.settings.speech_on:
            self.output.speaker.say(STOPPED_FOR_PAIN)
        tell_advice(self.prompter, WHEN_IT_HURTS)
        return True

    # -- sound -----------------------------------------------------------------------------------------

    def set_audio(self, speaker: Speaker, beeper: Beeper, notice: str | None, player: Player | None = None) -> None:
        """Use this speaker and beeper from now on; ``notice`` says what is missing, if anything, and the
        sound ``player`` (when there is one) says later whether sound stopped or came back."""
        self.output.speaker, self.output.beeper = speaker, beeper
        if player is not None:
            self.output.watch(player)
        self._audio_notice = notice
        self.apply(self.output.settings)
        if notice:
            self.soundNoticeChanged.emit(notice)

    def apply(self, settings: AudioSettings) -> None:
        self.output.apply(settings)
        if settings.muted:
            self.output.stop()
        self._show_notice()

    def _show_notice(self) -> None:
        # M says it was heard even with no sound here (the next M must not seem to do nothing either)
        muted = MUTED if self.output.settings.muted else None
        self.noticeChanged.emit(" ".join(text for text in (muted, self._audio_notice) if text) or None)

    def _sound_status_changed(self, ok: bool, reason: str) -> None:
        from ..audio.choose import SOUND_BACK, sound_stopped_notice

        self._audio_notice = SOUND_BACK if ok else sound_stopped_notice(reason)
        if ok:
            QTimer.singleShot(SOUND_BACK_SHOWN_MS, self, self._forget_sound_back)
        self._show_notice()
        self.soundNoticeChanged.emit(self._audio_notice)

    def _forget_sound_back(self) -> None:
        from ..audio.choose import SOUND_BACK

        if self._audio_notice == SOUND_BACK:
            self._audio_notice = None
            self._show_notice()

    def _history_notice(self, text: str) -> None:
        """What the history says (a write failed) is said on the session screen too, while there is a session."""
        if self.state in SWAPPABLE:
            self.noticeChanged.emit(text)

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
        engine, plan = self.driver.engine, self.plan
        ending = plan.display.ending(engine) if plan is not None and engine is not None else ENDINGS.get(state)
        if ending is not None:
            self.ended.emit(ending)
        else:
            self._refresh()


def _users_history() -> SessionHistory:
    from ..resources import user_history_path
    from .session_history import SessionHistory

    return SessionHistory(user_history_path())
