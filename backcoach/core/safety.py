"""Safety advice, shown before the first session and when the user stops a session because it hurts.

Every piece of advice says where it comes from: the source articles the bundled routines are built on
(named by the ``source`` of those routines), a reader's comment on one of them, or general advice that no
article gives. Kept as plain text so the CLI and GUI say the same.
"""

from __future__ import annotations

from dataclasses import dataclass

GENERAL = "general advice, not from the articles"


@dataclass(frozen=True)
class Advice:
    text: str
    origin: str
    """The article it comes from (a bundled routine's ``source``), or :data:`GENERAL`."""

    @property
    def from_article(self) -> bool:
        return self.origin != GENERAL


WHO_SHOULD_NOT = (
    "severe pain",
    "bleeding",
    "a flare-up of a chronic disease",
    "a spinal injury",
    "kidney or cardiovascular (heart) disease",
    "pregnancy",
)

BEFORE_ADVICE = (
    Advice(
        "Do not do these exercises if you have " + ", ".join(WHO_SHOULD_NOT[:-1])
        + f", or during {WHO_SHOULD_NOT[-1]}.",
        "Exercises to Strengthen Back Muscles",
    ),
    Advice("If you are injured or live with chronic pain, see a physiotherapist before starting a new routine.",
           "Nuffield Health, back workouts"),
    Advice("Warm up first, use light weights that suit your fitness and stop at once if anything hurts.",
           "The Best Workout for Your Back"),
    Advice("Do not work the same back muscles on consecutive days: allow 48 to 72 hours of recovery.",
           "A Back Strengthening Workout for All"),
    Advice("Beginners should start with half the workout and add sets gradually (a personal trainer's comment "
           "on that article, not the article itself).", "A Back Strengthening Workout for All"),
    Advice("A high-impact move (the depth jump) can be swapped for a gentler one: press G before it starts, or "
           "choose it for every session in Settings.", GENERAL),
)

HURT_ADVICE = (
    Advice("Pain during an exercise can mean the weight is too heavy or the move is too advanced for you for "
           "now. If you do not know why it hurts, see a physiotherapist or GP before you continue.",
           "Nuffield Health, back workouts"),
    Advice("Rest in a comfortable position. If the pain is sharp, does not ease with rest, or comes with "
           "numbness, weakness or pins and needles, see a GP or physiotherapist before you exercise again.",
           GENERAL),
)


def _paragraphs(advice: tuple[Advice, ...]) -> tuple[str, ...]:
    """The advice as dialog paragraphs, each saying where it comes from."""
    return tuple(f"{item.text} ({'from ' + item.origin if item.from_article else item.origin})" for item in advice)


BEFORE_FIRST_SESSION = ("Before you start", *_paragraphs(BEFORE_ADVICE))

WHEN_IT_HURTS = ("Session stopped", *_paragraphs(HURT_ADVICE))

SHORT_REMINDER = (
    "Stop if anything hurts. If you are injured, in severe pain, pregnant, or have a spinal, kidney or heart "
    "condition, ask a physiotherapist or GP before you exercise (advice from the articles)."
)
