"""Generate BackCoach's beeps in assets/sounds/ (one WAV per value of ``backcoach.core.cue_types.Tone``).

Deterministic: the same script writes the same bytes, so the committed WAVs can be checked and
regenerated. Pure Python (``wave`` and ``math``): 44.1 kHz, 16-bit, mono sine tones with a 5 ms fade in
and out, so they start cleanly and never click.

    python scripts/make_sounds.py [--check] [OUTPUT_DIR]

``--check`` writes nothing and exits 1 if a file differs from what the script would write.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44100
FADE_SECONDS = 0.005
AMPLITUDE = 0.5  # of full scale: loud enough across a room, with headroom for two sounds at once

# (frequency Hz, seconds) notes, played one after the other with no gap.
TONES: dict[str, list[tuple[float, float]]] = {
    "tick": [(880.0, 0.080)],  # the last seconds: short and light
    "go": [(1320.0, 0.220)],  # work starts: higher and longer
    "end": [(660.0, 0.250)],  # work ends: lower
    "pause": [(740.0, 0.150)],  # paused: neutral
    "finish": [(784.0, 0.140), (988.0, 0.140), (1175.0, 0.320)],  # session complete: a G-B-D chime
}


def note_samples(frequency: float, seconds: float) -> list[int]:
    count = round(seconds * RATE)
    fade = round(FADE_SECONDS * RATE)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        value = AMPLITUDE * envelope * math.sin(2 * math.pi * frequency * i / RATE)
        samples.append(round(value * 32767))
    return samples


def wav_bytes(notes: list[tuple[float, float]]) -> bytes:
    samples: list[int] = []
    for frequency, seconds in notes:
        samples.extend(note_samples(frequency, seconds))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the beeps in assets/sounds/.")
    default = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    parser.add_argument("output", nargs="?", type=Path, default=default)
    parser.add_argument("--check", action="store_true", help="only check that the files are up to date")
    options = parser.parse_args(argv)
    stale = []
    for name, notes in TONES.items():
        path = options.output / f"{name}.wav"
        data = wav_bytes(notes)
        if options.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        options.output.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path} ({sum(s for _, s in notes):.3f} s)")
    for path in stale:
        print(f"out of date: {path} (run scripts/make_sounds.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
