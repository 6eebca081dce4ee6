"""The articles' numbers for training over weeks, in one small module the settings can read without loading
the history: how long muscles rest, and how soon a routine that feels too easy gets harder.

Each number says where it comes from; a range is what the settings offer (``settings_store``).
"""

from __future__ import annotations

RECOVERY_HOURS = (48, 72)
"""kimfitness, "A Back Strengthening Workout for All": "Do not work the same back muscles on consecutive days.
Allow for 48 to 72 hours of recovery depending on your fitness level." The recovery check uses the low end
unless the user's setting (``recovery_hours``) asks for more."""

PROGRESS_AFTER = (2, 3)
"""The issue's "two or three times in a row" (the articles say "progress gradually" without a number): how many
sessions in a row rated too easy before a harder step is offered. A setting (``progress_after``); 3 by default,
the more gradual of the two."""
PROGRESS_AFTER_DEFAULT = 3  # not in the source: the more gradual end of "two or three"
