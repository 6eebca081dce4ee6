"""The safety advice of the source articles, in the app's own words, shown before the first session and
when the user stops a session because it hurts. Kept as plain text so the CLI and GUI say the same."""

from __future__ import annotations

WHO_SHOULD_NOT = (
    "severe pain",
    "bleeding",
    "a flare-up of a chronic disease",
    "a spinal injury",
    "kidney or cardiovascular (heart) disease",
    "pregnancy",
)

BEFORE_FIRST_SESSION = (
    "Before you start",
    "Do not do these exercises if you have " + ", ".join(WHO_SHOULD_NOT[:-1]) + f", or during {WHO_SHOULD_NOT[-1]}"
    " — ask a doctor or physiotherapist first.",
    "Warm up first, start with light weights and move slowly. Stop at once if anything hurts.",
    "If you are injured or live with chronic pain, see a physiotherapist before starting a new routine.",
    "Give the same muscles 48 to 72 hours to recover before working them hard again. New to this? Start "
    "with half the sets and build up.",
)

WHEN_IT_HURTS = (
    "Session stopped",
    "Stop and rest in a comfortable position. Pain during an exercise can mean the weight is too heavy or the "
    "move is too advanced for you for now.",
    "If the pain is sharp, does not ease with rest, or comes with numbness, weakness or pins and needles, see "
    "a GP or physiotherapist before you exercise again.",
)

SHORT_REMINDER = (
    "Stop if anything hurts. If you are injured, in severe pain, pregnant, or have a spinal, kidney or heart "
    "condition, ask a physiotherapist or GP before you exercise."
)
