"""The exercise figure: a simple human figure that shows how a move goes, pure geometry (no Qt).

The figure is a small 3-D skeleton (head, neck, a three-segment spine, arms, hands, legs and feet) posed by
joint angles in degrees, placed on the floor or a prop so that the parts a pose says rest there do, and
projected for a side, front or raised view. Everything here is plain arithmetic that the tests, the CLI
and the Qt painter share; the painter only draws the :class:`~backcoach.core.figure.scene.Scene` it is given.

* :mod:`.body`      the skeleton: segment lengths, joints and their angles, forward kinematics, mirroring
* :mod:`.spec`      figures as written (``routines/figures.yaml``, an exercise's ``figure:``), read and written
* :mod:`.book`      the figures of a library and a routine, ``like:`` resolved, found by exercise name
* :mod:`.placing`   resting a pose on the floor or a prop; where props stand
* :mod:`.motion`    key poses in time: reps in step with the count, holds that breathe, sides, get-ready
* :mod:`.scene`     the 2-D drawing (capsules, circles, props) for a view, and its bounds
* :mod:`.describe`  what a pose shows, in words (the accessible description) and its position class

The format is documented in ``docs/figures.md``.
"""
