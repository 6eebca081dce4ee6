"""The JSON Schema of figures, made from the very tables the reader uses (joints, parts, props, views).

``scripts/make_figure_schema.py`` writes ``backcoach/schemas/figures-v1.schema.json`` and the figure
definitions inside the routine and exercise-library schemas from :func:`figures_schema` and
:func:`figure_defs`; a test checks the committed files are what this module makes, so the schemas cannot
drift from what BackCoach reads. The schemas serve editors; the reader is the reference.
"""

from __future__ import annotations

from typing import Any

from .body import CENTRAL_JOINTS, GROUPS, JOINTS
from .spec import ANGLE_LIMIT, FIGURES_VERSION, HELD_PROPS, MAX_POSES, PARTS, SURFACES, VIEWS

DOF_WORDS = {
    "tilt": "leans the whole body forwards (90: face down, -90: on the back)",
    "roll": "rolls the whole body onto its right side (90: lying on the right side)",
    "turn": "turns the whole body (or a limb, outwards) to its right",
    "bend": "bends forwards (negative: arches back)",
    "side": "bends to the right side (negative: to the left)",
    "twist": "turns the chest (or the head) to the right",
    "flex": "swings the limb forwards, or bends the joint (180 at the shoulder: arm overhead)",
    "out": "lifts the limb out to its side (abduction)",
    "shrug": "lifts the shoulder blade",
    "squeeze": "draws the shoulder blade back",
    "point": "points the toes (negative: pulls them up)",
}
JOINT_WORDS = {
    "tilt": "The whole body's forward lean, in degrees.",
    "roll": "The whole body's roll onto its right side, in degrees.",
    "turn": "The whole body's turn to its right, in degrees.",
    "lower_back": "The lowest of the three spine segments.",
    "mid_back": "The middle spine segment.",
    "upper_back": "The highest spine segment (the chest).",
    "neck": "The neck.",
    "head": "The head on the neck (a chin tuck bends the neck forwards and the head back).",
    "shoulder_blade": "A shoulder blade.",
    "shoulder": "A shoulder.",
    "elbow": "An elbow (flexion).",
    "wrist": "A wrist: positive bends the hand towards the front of the forearm (flat on the floor on all fours).",
    "hip": "A hip.",
    "knee": "A knee (flexion).",
    "ankle": "An ankle: positive points the toes.",
    "spine": "All three spine segments at once: the angles are shared among them.",
}


def _joint_words(key: str) -> str:
    if key in GROUPS:
        base = key[:-1] if key != "spine" else "spine"
        return JOINT_WORDS.get(base, JOINT_WORDS.get(key, "")) + (
            "" if key == "spine" else " Both sides at once; left_… and right_… set one side (and win).")
    if key in CENTRAL_JOINTS:
        return JOINT_WORDS[key]
    side, joint = key.split("_", 1)
    return f"The {side} side: " + JOINT_WORDS[joint].lower()


def _dofs(key: str) -> tuple[str, ...]:
    return JOINTS[GROUPS[key][0]] if key in GROUPS else JOINTS[key]


def figure_defs() -> dict[str, Any]:
    """The ``$defs`` every schema that holds figures shares (named figure…, so they sit beside the others)."""
    angle_keys: dict[str, Any] = {}
    for key in (*JOINTS, *GROUPS):
        dofs = _dofs(key)
        words = "; ".join(f"{dof}: {DOF_WORDS[dof]}" for dof in dofs)
        if len(dofs) == 1:
            angle_keys[key] = {"$ref": "#/$defs/figureAngle", "description": f"{_joint_words(key)} {words}."}
            continue
        angle_keys[key] = {
            "description": f"{_joint_words(key)} A number sets {dofs[0]}; or give {', '.join(dofs)} by name. {words}.",
            "anyOf": [
                {"$ref": "#/$defs/figureAngle"},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "minProperties": 1,
                    "properties": {dof: {"$ref": "#/$defs/figureAngle", "description": DOF_WORDS[dof].capitalize()}
                                   for dof in dofs},
                },
            ],
        }
    surfaces = {
        surface: {"$ref": "#/$defs/figureParts",
                  "description": f"The parts that rest on the {surface}"
                  + (" (a prop drawn under them, as high as the first pose that rests on it)"
                     if surface != "floor" else "") + "."}
        for surface in SURFACES
    }
    pose: dict[str, Any] = {
        "description": "A key pose: angles in degrees and what rests on what. What it leaves out comes from "
                       "'like' (or is 0: standing straight, arms hanging).",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "like": {"description": "Start from a shared position (its name) or an earlier pose of this figure "
                                    "(its number, 1 is the first).",
                     "anyOf": [{"$ref": "#/$defs/text"}, {"type": "integer", "minimum": 1, "maximum": MAX_POSES}]},
            "says": {"$ref": "#/$defs/text", "description": "What the pose shows, in words (read out by screen "
                                                           "readers; left and right are swapped on the other side)."},
            "shift": {"description": "Metres the resting part moves forwards from the pose before (a step, a jump).",
                      "type": "number", "minimum": -3, "maximum": 3},
            "lift": {"description": "How high (metres) a pose resting on nothing floats (a jump, a hang). "
                                    "Default 0.1.", "type": "number", "minimum": 0, "maximum": 2},
            "move": {"description": "Relative time to move into this pose within a rep. Default 1.",
                     "type": "number", "minimum": 0, "maximum": 10},
            "stay": {"description": "Relative time to stay in this pose within a rep. Default 0.",
                     "type": "number", "minimum": 0, "maximum": 10},
            **angle_keys,
            **surfaces,
        },
    }
    figure: dict[str, Any] = {
        "description": "A move's figure: its key poses (the first is where it starts), or another move's "
                       "('like') with some settings changed. Explained in docs/figures.md.",
        "type": "object",
        "additionalProperties": False,
        "anyOf": [{"required": ["poses"]}, {"required": ["like"]}],
        "properties": {
            "like": {"$ref": "#/$defs/text", "description": "Use this move's figure (name or alias); the keys "
                                                           "given here change it."},
            "view": {"description": "Where it is seen from: side, front, three-quarter, raised, above, or "
                                    "{azimuth, elevation} in degrees. Default: side.",
                     "anyOf": [
                         {"enum": list(VIEWS)},
                         {"type": "object", "additionalProperties": False, "required": ["azimuth"],
                          "properties": {
                              "azimuth": {"description": "Degrees round from the figure's right side "
                                                         "(90: its front).",
                                          "type": "number", "minimum": -180, "maximum": 180},
                              "elevation": {"description": "Degrees above the floor. Default 0.",
                                            "type": "number", "minimum": 0, "maximum": 90},
                          }},
                     ]},
            "side": {"description": "The side the poses show working: right (default) or left. The other side is "
                                    "drawn mirrored.", "enum": ["left", "right"]},
            "alternate": {"description": "Reps alternate sides (every other rep mirrored): in a session for a move "
                                         "done on both sides at once (a march); a one-sided move follows its "
                                         "'sides' instead.", "type": "boolean"},
            "hold": {"description": "The pose a timed hold shows (its number; default the last), or 'moving' for a "
                                    "move that keeps going during a hold (a walk).",
                     "anyOf": [{"type": "integer", "minimum": 1, "maximum": MAX_POSES}, {"const": "moving"}]},
            "cycle": {"description": "Seconds per cycle of a move that keeps moving. Default 3.",
                      "type": "number", "minimum": 0.5, "maximum": 60},
            "props": {"description": "What is held or lies under the figure: " + ", ".join(HELD_PROPS)
                                     + " (dumbbell: in the right hand).",
                      "type": "array", "items": {"enum": list(HELD_PROPS)}},
            "poses": {"description": f"The key poses, 1 to {MAX_POSES}, the starting position first.",
                      "type": "array", "minItems": 1, "maxItems": MAX_POSES,
                      "items": {"$ref": "#/$defs/figurePose"}},
        },
    }
    parts = list(PARTS)
    return {
        "figure": figure,
        "figurePose": pose,
        "figureAngle": {"description": f"An angle in degrees, from -{ANGLE_LIMIT:g} to {ANGLE_LIMIT:g}.",
                        "type": "number", "minimum": -ANGLE_LIMIT, "maximum": ANGLE_LIMIT},
        "figureParts": {"description": "Parts of the body, like [hands, knees]; one part may be written alone.",
                        "anyOf": [{"enum": parts}, {"type": "array", "items": {"enum": parts}}]},
    }


def figures_schema() -> dict[str, Any]:
    """The schema of a figures file (``figures.yaml``)."""
    defs = {
        "text": {"description": "Text that is not empty.", "type": ["string", "number", "boolean"],
                 "pattern": "\\S"},
        **figure_defs(),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://backcoach.invalid/schemas/figures-v1.schema.json",
        "title": f"BackCoach figures, format {FIGURES_VERSION}",
        "description": "The exercise library's figures (figures.yaml): key poses as joint angles and the parts "
                       "that rest on the floor or a prop, by exercise name. Explained in docs/figures.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["backcoach-figures", "figures"],
        "properties": {
            "backcoach-figures": {"description": f"The figures format version: always {FIGURES_VERSION}. Required.",
                                  "type": "integer", "const": FIGURES_VERSION},
            "positions": {"description": "Shared positions that poses start from with 'like', by name.",
                          "type": "object", "additionalProperties": {"$ref": "#/$defs/figurePose"}},
            "figures": {"description": "Each move's figure, by the exercise's name (or an alias). Required.",
                        "type": "object", "additionalProperties": {"$ref": "#/$defs/figure"}},
        },
        "$defs": defs,
    }


FIGURE_PROPERTY = {
    "$ref": "#/$defs/figure",
    "description": "This exercise's own figure: its key poses, or another move's with some settings changed "
                   "({like: Bird dog}). Without it, the exercise library's figure for this name is shown. "
                   "See docs/figures.md.",
}
"""The ``figure`` key of a routine's exercise and of an exercise library entry."""
