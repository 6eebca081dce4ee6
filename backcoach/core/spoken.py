"""What the coach says, word for word: numbers and units as a person says them, and every phrase.

All spoken text is built here so that the wording stays the same everywhere ("the words are few, the
same every time") and the speech layer can pre-render every phrase a plan can contain.
"""

from __future__ import annotations

from .model import Per, Sides
from .timeline import Step
from .wording import plural

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
        90: "ninety"}


def count_word(n: int) -> str:
    """A rep count as a word, capitalised for speech: ``One`` … ``Ninety-nine``; digits beyond."""
    if n <= 20:
        word = NUMBER_WORDS[n]
    elif n < 100:
        tens, ones = divmod(n, 10)
        word = TENS[tens * 10] + (f"-{NUMBER_WORDS[ones]}" if ones else "")
    else:
        word = str(n)
    return word.capitalize()


def spoken_duration(seconds: int) -> str:
    """``30 seconds``, ``1 minute``, ``1 minute 30``, ``2 minutes``, ``1 hour 30 minutes``."""
    if seconds < 60:
        return plural(seconds, "second")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        text = plural(hours, "hour")
        if minutes:
            text += " " + plural(minutes, "minute")
        return text
    if secs:
        return f"{plural(minutes, 'minute')} {secs}"
    return plural(minutes, "minute")


def about_minutes(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    return f"About {plural(minutes, 'minute')}."


def side_word(per: Per | None) -> str:
    return {Per.LEG: "leg", Per.ARM: "arm"}.get(per, "side") if per else "side"


def dose(step: Step) -> str:
    """The dose of a step's exercise: ``15 reps, 2 sets``, ``30 seconds per side``, ``5 reps, hold 5 seconds``,
    ``12 reps each side, alternating, 3 sets``."""
    parts: list[str] = []
    if step.reps is not None:
        parts.append(plural(step.reps, "rep"))
        if step.hold is not None:
            parts.append(f"hold {spoken_duration(step.hold)}")
    elif step.hold is not None:
        parts.append(spoken_duration(step.hold))
    if step.per is not None and parts:
        word = side_word(step.per)
        if step.alternating:
            parts[0] += f" each {word}"
            parts.insert(1, "alternating")
        else:
            parts[0] += f" per {word}"
    if step.sets > 1:
        parts.append(plural(step.sets, "set"))
    return ", ".join(parts)


def starting_side(step: Step) -> str:
    """Which side a one-sided move starts on, as a sentence: ``Left leg first.``, ``All 3 sets on the left leg
    first.`` (every set on one side, then the other); empty for a move that works both sides at once."""
    if step.per is None:
        return ""
    word = side_word(step.per)
    if step.sides is Sides.ALL_SETS and step.sets > 1:
        sets = "Both sets" if step.sets == 2 else f"All {step.sets} sets"
        return f"{sets} on the left {word} first."
    return f"Left {word} first."


def name_of(step: Step) -> str:
    """The exercise's name mid-sentence: ``Next: depth jump`` (acronyms such as ``IT band`` kept)."""
    name = step.exercise
    first = name.split()[0] if name.split() else name
    if len(first) > 1 and first.isupper():
        return name
    return name[:1].lower() + name[1:]


def introduce(step: Step, first: bool) -> list[str]:
    """What a prepare step says, longest first: the move, its dose, the side it starts on and a short caution.

    The get-ready is made long enough for the first (:func:`backcoach.core.timeline.expand`); the shorter ones
    are for a voice slower than the estimate: the caution goes first, then the dose, never the name.
    """
    lead = "First" if first else "Next"
    name = name_of(step)
    sides = starting_side(step)
    full = f"{lead}: {name}. {dose(step)}." + (f" {sides}" if sides else "")
    texts = [full]
    caution = " ".join(part for part in (step.spoken_caution, GENTLER_OFFER if step.high_impact else None) if part)
    if caution:
        texts.insert(0, f"{full} {caution}")
    return [*texts, f"{lead}: {name}.", f"{step.exercise}."]


def prepare_openings(step: Step, *, first: bool, title: str | None, total: int, block_changed: bool) -> list[str]:
    """Every wording of what a get-ready says as it starts, longest first.

    The session's first step opens with its title, length and block, a step that starts a block with the
    block's name; those go before the caution, the dose or the side when time is short.
    """
    texts = introduce(step, first)
    prefixes: list[str] = []
    if title is not None:
        prefixes = [f"{title}. {about_minutes(total)} {step.block}. ", f"{step.block}. "]
    elif block_changed:
        prefixes = [f"{step.block}. "]
    return [prefix + texts[0] for prefix in prefixes] + texts


def rest(step: Step, following: Step | None) -> list[str]:
    """``Rest. 30 seconds. Next: set 2.`` — what comes next, as exactly as the step allows."""
    length = spoken_duration(step.planned)
    if following is None:
        return [f"Rest. {length}.", "Rest."]
    if following.exercise_index == step.exercise_index and following.round == step.round:
        upcoming = f"set {following.set}"
        if following.side is not None:
            upcoming += f", {following.side.value} {side_word(following.per)}"
    else:
        upcoming = name_of(following)
        if following.round > 1 and following.round != step.round:
            upcoming = f"round {following.round}, {upcoming}"
    return [f"Rest. {length}. Next: {upcoming}.", f"Rest. Next: {upcoming}.", "Rest."]


def switch(step: Step) -> list[str]:
    word = side_word(step.per)
    return [f"Switch {word}s. Right {word}.", f"Right {word}."]


GENTLER_OFFER = "Press G for a gentler move."
"""Said before a high-impact move: the session screen's G key swaps it for the library's gentler move."""
GO = "Go."
SELF_PACED = "Go. Press Done when you finish."
HALFWAY = "Halfway."
TEN_SECONDS = "10 seconds."
GET_READY = "Get ready."
LAST_ONE = "Last one."
FIVE_MORE = "5 more."
FINISHED = "Well done. Session complete."
PAUSED = "Paused."
RESUMING = "Resuming."
STOPPED_FOR_PAIN = (
    "Session stopped. Rest now. If the pain is sharp, or does not ease, see a physiotherapist or a doctor."
)
VOICE_SAMPLE = "Bird dog. 10 reps each side, left side first. Halfway. Rest. 30 seconds. Next: plank."
"""What Settings plays to try a voice, rate and volume: phrases the coach really says, in the coach's order."""
