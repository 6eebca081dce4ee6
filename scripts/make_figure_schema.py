"""Write the figures' JSON Schema and the figure definitions of the routine and exercise-library schemas.

    .venv/bin/python scripts/make_figure_schema.py

Made from backcoach/core/figure/schema.py (the reader's own tables); tests/test_schema.py fails when the
committed files differ from what this writes, so run it after changing joints, parts, props or views.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from backcoach.core.figure.schema import FIGURE_PROPERTY, figure_defs, figures_schema

SCHEMAS = Path(__file__).resolve().parent.parent / "backcoach" / "schemas"


def with_figures(schema: dict[str, Any], definition: str) -> dict[str, Any]:
    """``schema`` with the figure definitions and a ``figure`` key on its ``definition`` (exercise, entry)."""
    schema = json.loads(json.dumps(schema))
    schema["$defs"].update(figure_defs())
    schema["$defs"][definition]["properties"]["figure"] = FIGURE_PROPERTY
    return schema


def text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def expected() -> dict[str, str]:
    """Every schema file that holds figures, as it must be written."""
    routine = json.loads((SCHEMAS / "routine-v1.schema.json").read_text(encoding="utf-8"))
    library = json.loads((SCHEMAS / "exercises-v1.schema.json").read_text(encoding="utf-8"))
    return {
        "figures-v1.schema.json": text(figures_schema()),
        "routine-v1.schema.json": text(with_figures(routine, "exercise")),
        "exercises-v1.schema.json": text(with_figures(library, "entry")),
    }


def main() -> None:
    for name, content in expected().items():
        (SCHEMAS / name).write_text(content, encoding="utf-8")
        print(f"wrote {SCHEMAS / name}")


if __name__ == "__main__":
    main()
