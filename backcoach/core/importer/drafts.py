"""What the walk over an article collects, before any value is decided: drafts of exercises, blocks and
class parts, and the notes for the user.

The walk (:mod:`.walker` and its readers) only reads; the assembly (:mod:`.assemble`) decides values and
guesses. These dataclasses are what passes between the two, so neither depends on the other's code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..durations import Range
from ..problems import Position
from .names import Match
from .phrases import Dose


@dataclass(frozen=True)
class Note:
    """Something the user should know about a place in the article (an unusable line, an inference)."""

    position: Position
    message: str


@dataclass
class CellGuess:
    """A table cell that was empty, with the values its column holds in other rows."""

    column: str
    """sets, reps, hold or rest."""


@dataclass
class Draft:
    """An exercise as the article gives it, before its values are decided."""

    name: str
    match: Match
    dose: Dose
    position: Position
    kind: str
    """"line", "listed" or "mentioned" (see the module's description)."""
    remark: str | None = None
    description: list[str] = field(default_factory=list)
    empty_cells: list[str] = field(default_factory=list)
    table: int | None = None
    one_side: str | None = None
    """A table row's name that says its side ("Side plank – left"), until the row of the other side pairs it."""
    group: int = 0
    warm: str | None = None
    """For mentions: "warm-up" or "cool-down" when the paragraph was about that part."""
    takes_description: bool = True
    minute: bool = False
    """Labelled with its minute of an EMOM ("Minute 2:", "even minutes –"): the moves take turns, a minute each."""
    alternating: bool = False
    """Its line says it alternates sides ("Bird dogs (alternate sides)"): a timed interval is shared by both."""
    as_before: bool = False
    """Its line says its dose has not changed ("Pelvic tilts - no change"): an earlier list, quoted below, gives it."""
    amended: bool = False
    """A note later in the article changed its dose ("CORRECTION: Bird dog is 3x6 ea side, not 3x8"): a reading of
    its line alone must keep the change."""

    @property
    def key(self) -> str:
        return self.match.entry.name if self.match.entry is not None else " ".join(self.name.lower().split())


WARM_UP_TITLE = "Warm-up"
COOL_DOWN_TITLE = "Cool down"
"""The titles the importer gives the parts around a workout, whichever way the article spells them ("Warm up
first with …", "To cool down, …"): one spelling, so a later step can tell that a part is the warm-up."""


@dataclass
class BlockDraft:
    title: str
    position: Position
    strength: str
    """"strong" (Warm-up, Block 2), "weak" (Stretching), or "default" (no heading)."""
    drafts: list[Draft] = field(default_factory=list)
    dose: Dose = field(default_factory=Dose)
    dose_position: Position | None = None
    level: int = 0
    """The level of the heading that opened the part (0: no heading, or a line read as one)."""
    length: Range | None = None
    """How long the part lasts, as its heading says ("WARM-UP (10 minutes, led by the physiotherapist)")."""
    listed: bool = False
    """Whether a move of the part was read from a line or a list item, not from a heading of its own."""
    each_part: bool = False
    """Its dose is said of each part under it ("Do 3 rounds of each pair", over "Superset A", "Superset B" …)."""


@dataclass
class SessionDraft:
    title: str | None
    position: Position
    blocks: list[BlockDraft] = field(default_factory=list)
    meta: dict[str, tuple[str, Position]] = field(default_factory=dict)
    defaults: Dose = field(default_factory=Dose)
    """Rests the article states for all the part's moves ("rest 45 seconds between sets")."""
    intro: str | None = None
    advice: list[str] = field(default_factory=list)
    closed: bool = False
    heading: str | None = None
    """The part's own heading, without the week it stands under ("Day 2 – Mobility")."""
    labels: list[tuple[str, str]] = field(default_factory=list)
    """What other parts call it: ``("week", "2")``, ``("day", "1")`` (see :func:`.structure.session_labels`)."""
    period: SessionDraft | None = None
    """The week it stands under, in a plan of weeks and days."""
    rank: int = 7
    """Its heading's level (1-6; 7 for a plain line): a deeper heading under it is one of its parts."""

    @property
    def drafts(self) -> list[Draft]:
        return [d for b in self.blocks for d in b.drafts]


@dataclass
class Reading:
    """Everything the walk found in one article."""

    title: str | None
    source: str | None
    outside: SessionDraft
    """What lies outside any "Day 1"/"Class 2" part (the whole article when it has none)."""
    sessions: list[SessionDraft]
    mentions: list[Draft]
    notes: list[Note]
    advice: list[str]
    tables: list[list[Draft]]
