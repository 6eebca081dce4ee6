"""The audio layer: beeps and spoken cues, with null and recording stand-ins.

Nothing here imports Qt except the Qt Multimedia player (lazily), and ``backcoach.core`` never imports
this package: the GUI wires a :class:`~backcoach.audio.interfaces.Speaker` and a
:class:`~backcoach.audio.interfaces.Beeper` (made by :func:`backcoach.audio.choose.choose_audio`) to the
engine's cue events.
"""
