"""Routines the core tests share, so one sample class means the same thing in every test that uses it."""

TEST_CLASS = """
backcoach: 1
title: Test class
defaults: {prepare: 10s, rep_time: 3s}
blocks:
  - title: Warm-up
    exercises:
      - {name: Squat, reps: 10, sets: 2, rest: 30s}
  - title: Main
    exercises:
      - {name: Plank, hold: 40s, per: side, switch: 5s}
      - {name: Rows, reps: 5, pace: self}
"""
"""Counted reps with sets and a rest, per-side holds with a switch, self-paced reps, and two blocks."""
