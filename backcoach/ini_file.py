"""The INI files Qt's ``QSettings`` writes, read and written without Qt.

BackCoach's settings have always lived in a ``QSettings`` INI file. The command line reads the same
file, and must not import Qt to do so, so this module speaks the part of that format that settings use:
sections, ``key=value`` lines, comments, quoting, backslash escapes (``\\n``, ``\\x41``, octal) and
``@@`` for a text that starts with ``@``. A value with a top-level comma is a list, as Qt reads it.
Values Qt writes in its binary ``@Variant(...)`` form are kept as text and never used as settings.

Reading is linear in the file's size and refuses files larger than :data:`MAX_BYTES`; writing is
atomic (a temporary file beside the target, then a rename), so a crash never leaves half a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 256 * 1024
"""A settings file is a few hundred bytes; anything this large is not one, and is not read."""
GENERAL = "General"

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "?": "?",
            "'": "'", "\\": "\\"}
_WRITTEN = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
            '"': '\\"', "\\": "\\\\"}
_HEX = "0123456789abcdefABCDEF"


class IniError(ValueError):
    """The file cannot be read as settings (too large, not UTF-8); the message says which."""


@dataclass
class IniFile:
    """Sections of ``key → raw value`` in file order; raw values are unescaped only when asked for."""

    sections: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, key: str, section: str = GENERAL) -> str | list[str] | None:
        raw = self.sections.get(section, {}).get(key)
        return None if raw is None else unescape(raw)

    def set(self, key: str, value: str | int | float | bool, section: str = GENERAL) -> None:
        self.sections.setdefault(section, {})[key] = escape(value)

    def remove(self, key: str, section: str = GENERAL) -> None:
        self.sections.get(section, {}).pop(key, None)

    def text(self) -> str:
        """The file as QSettings writes it: sections in order, keys sorted, empty sections left out."""
        parts = []
        for name, values in self.sections.items():
            if values:
                lines = "".join(f"{key}={values[key]}\n" for key in sorted(values))
                parts.append(f"[{name}]\n{lines}")
        return "\n".join(parts)


def read(path: Path) -> IniFile:
    """The file's sections; a missing file is an empty one. Raises :class:`IniError` or :class:`OSError`."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return IniFile()
    if len(data) > MAX_BYTES:
        raise IniError(f"larger than {MAX_BYTES // 1024} KiB: not a settings file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IniError(f"not UTF-8 text (byte {error.start + 1})") from None
    return parse(text)


def parse(text: str) -> IniFile:
    ini = IniFile()
    section = ini.sections.setdefault(GENERAL, {})
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        while line.endswith("\\") and not line.endswith("\\\\") and index < len(lines):  # a continued value
            line = line[:-1] + lines[index]
            index += 1
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            name = _unescape_key(stripped[1:-1].strip())
            section = ini.sections.setdefault(GENERAL if name.lower() == "general" else name, {})
            continue
        key, equals, value = line.partition("=")
        if equals and key.strip():
            section[_unescape_key(key.strip())] = value.strip()
    return ini


def write(path: Path, ini: IniFile) -> None:
    """Replace the file with ``ini`` atomically (its folder is created when missing)."""
    from .core.atomic import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, ini.text())


def escape(value: str | int | float | bool) -> str:
    """A value as QSettings writes it: ``true``/``false``, numbers as they are, text escaped and quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = "@" + value if value.startswith("@") else value
    out: list[str] = []
    quote = False
    hex_pending = False  # after \xNN a hex digit would be read as part of the escape: escape it too
    for char in text:
        if char in ";,=":
            quote = True
        if hex_pending and char in _HEX:
            out.append(f"\\x{ord(char):x}")
            continue
        hex_pending = False
        if char in _WRITTEN:
            out.append(_WRITTEN[char])
        elif ord(char) < 0x20:
            out.append(f"\\x{ord(char):x}")
            hex_pending = True
        else:
            out.append(char)
    written = "".join(out)
    if quote or written[:1] == " " or written[-1:] == " ":
        written = f'"{written}"'
    return written


def unescape(raw: str) -> str | list[str]:
    """A raw value as QSettings reads it: a text, or a list when a comma stands outside quotes."""
    items: list[str] = []
    current: list[str] = []
    is_list = quoted = in_quotes = False
    keep = 0  # characters of ``current`` that trailing-space trimming must not remove (escapes, quotes)
    i, size = 0, len(raw)
    while i < size and raw[i] in " \t":
        i += 1
    while i < size:
        char = raw[i]
        if char == "\\" and i + 1 < size:
            code = raw[i + 1]
            i += 2
            if code in _ESCAPES:
                current.append(_ESCAPES[code])
            elif code == "x" or code in "01234567":
                digits, base = (_HEX, 16) if code == "x" else ("01234567", 8)
                start = i if code == "x" else i - 1
                end = start
                while end < size and raw[end] in digits:
                    end += 1
                if end > start:
                    current.append(chr(min(int(raw[start:end], base), 0xFFFF)))
                i = end
            keep = len(current)
        elif char == "\\":
            i += 1
        elif char == '"':
            in_quotes = not in_quotes
            quoted = True
            keep = len(current)
            i += 1
            while not in_quotes and i < size and raw[i] in " \t":  # spaces after a closing quote
                i += 1
        elif char == "," and not in_quotes:
            items.append(_finish(current, keep, quoted))
            is_list = True
            current, quoted, keep = [], False, 0
            i += 1
            while i < size and raw[i] in " \t":
                i += 1
        else:
            current.append(char)
            i += 1
    last = _finish(current, keep, quoted)
    if is_list:
        return [*items, last]
    return last[1:] if last.startswith("@@") else last


def _finish(chars: list[str], keep: int, quoted: bool) -> str:
    text = "".join(chars)
    if quoted:
        return text
    return text[:keep] + text[keep:].rstrip(" \t")


def _unescape_key(key: str) -> str:
    """Keys escape what is not a letter, digit or ``-_.`` as ``%XX`` or ``%UXXXX``."""
    if "%" not in key:
        return key
    out: list[str] = []
    i = 0
    while i < len(key):
        if key[i] == "%" and key[i + 1:i + 2] == "U" and all(c in _HEX for c in key[i + 2:i + 6]) and i + 6 <= len(key):
            out.append(chr(int(key[i + 2:i + 6], 16)))
            i += 6
        elif key[i] == "%" and i + 3 <= len(key) and all(c in _HEX for c in key[i + 1:i + 3]):
            out.append(chr(int(key[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(key[i])
            i += 1
    return "".join(out)
