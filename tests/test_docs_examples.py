"""Every example in docs/cli.md, docs/cues.md and docs/programmes.md runs as shown, so the docs stay true.

An example is a ```console block: ``$ COMMAND`` lines, each followed by its output (standard output and
standard error as a terminal shows them). A line ``...`` stands for any lines, ``...`` in a line for any
text; ``# exits N`` after a command expects that exit code (else 0). Files the examples use are the fenced
blocks that follow ``<!-- file: NAME -->`` (``<!-- file: NAME = OTHER -->`` copies another). Commands run in
a folder holding those files, as a user whose home is /home/you (which does not exist: nothing saved).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
FILE = re.compile(r"<!-- file: (\S+)(?: = (\S+))? -->\n(?:```\w*\n(.*?)^```)?", re.MULTILINE | re.DOTALL)
EXITS = re.compile(r"\s+# exits (\d+)$")


@dataclass(frozen=True)
class Example:
    doc: str
    line: int
    command: str
    expected: tuple[str, ...]
    exit_code: int

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}: $ {self.command}"


def files_of(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    copies: dict[str, str] = {}
    for match in FILE.finditer(text):
        name, original, body = match.groups()
        if original:
            copies[name] = original
        else:
            found[name] = body or ""
    return found | {name: found[original] for name, original in copies.items()}


def examples_of(doc: Path) -> list[Example]:
    text = doc.read_text(encoding="utf-8")
    found: list[tuple[int, str, list[str]]] = []
    for block in FENCE.finditer(text):
        if block.group(1) != "console":
            continue
        first_line = text.count("\n", 0, block.start(2)) + 1
        for offset, line in enumerate(block.group(2).splitlines()):
            if line.startswith("$ "):
                found.append((first_line + offset, line[2:], []))
            elif found and found[-1][0] >= first_line:
                found[-1][2].append(line)
    examples = []
    for line, command, output in found:
        code = EXITS.search(command)
        exit_code = int(code.group(1)) if code else 0
        examples.append(Example(doc.name, line, EXITS.sub("", command), tuple(output), exit_code))
    return examples


def matches(expected: tuple[str, ...], actual: list[str]) -> bool:
    """Line by line; ``...`` alone is any number of lines, ``...`` in a line any text."""
    patterns = [None if line == "..." else re.compile(".*".join(map(re.escape, line.split("..."))))
                for line in expected]
    memo: dict[tuple[int, int], bool] = {}

    def at(i: int, j: int) -> bool:
        if (i, j) not in memo:
            if i == len(patterns):
                memo[i, j] = j == len(actual)
            elif patterns[i] is None:
                memo[i, j] = at(i + 1, j) or (j < len(actual) and at(i, j + 1))
            else:
                pattern = patterns[i]
                assert pattern is not None
                memo[i, j] = j < len(actual) and pattern.fullmatch(actual[j]) is not None and at(i + 1, j + 1)
        return memo[i, j]

    return at(0, 0)


DOCUMENTS = [DOCS / "cli.md", DOCS / "cues.md", DOCS / "programmes.md"]
EXAMPLES = [example for doc in DOCUMENTS for example in examples_of(doc)]


def test_the_docs_have_examples_and_files() -> None:
    for doc in DOCUMENTS:
        assert examples_of(doc), doc.name
    assert {"mine.yaml", "broken.yaml", "my-settings.ini"} <= set(files_of((DOCS / "cli.md").read_text()))
    assert matches(("a", "...", "c...e"), ["a", "x", "y", "cde"]) and not matches(("a", "b"), ["a", "b", "c"])


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_every_example_runs_as_shown(example: Example, tmp_path: Path) -> None:
    for name, body in files_of((DOCS / example.doc).read_text(encoding="utf-8")).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body, encoding="utf-8")
    words = shlex.split(example.command)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("BACKCOACH_", "XDG_")) and key not in ("COLUMNS", "LINES")}
    env.update(HOME="/home/you", PYTHONUNBUFFERED="1", QT_QPA_PLATFORM="offscreen", COLUMNS="100")
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words[0] == "backcoach", example
    executable = Path(sys.executable).with_name("backcoach")
    result = subprocess.run([str(executable), *words[1:]], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=120)
    actual = result.stdout.splitlines()
    assert result.returncode == example.exit_code, f"{example}\n{result.stdout}"
    assert matches(example.expected, actual), f"{example}\n--- shown:\n" + "\n".join(example.expected) + \
        "\n--- printed:\n" + result.stdout


def test_every_doc_the_code_cites_exists() -> None:
    package = DOCS.parent / "backcoach"
    cited = {match for path in package.rglob("*.py")
             for match in re.findall(r"docs/([\w-]+\.md)", path.read_text(encoding="utf-8"))}
    assert {"cli.md", "cues.md"} <= cited
    assert all((DOCS / name).is_file() for name in cited), sorted(name for name in cited if not (DOCS / name).is_file())
