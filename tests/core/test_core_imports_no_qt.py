"""The core is pure Python: importing all of it in a fresh interpreter loads no Qt module."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import backcoach.core


def test_core_modules_import_without_qt() -> None:
    modules = [f"backcoach.core.{m.name}" for m in pkgutil.iter_modules(backcoach.core.__path__)]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import backcoach.cli, backcoach.commands, backcoach.catalogs, backcoach.resources, backcoach.settings_store\n"
        "import backcoach.history_command, backcoach.doctor, backcoach.import_command, backcoach.programme_command\n"
        "import backcoach.calendar_export\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
