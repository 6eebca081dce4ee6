"""The entry point of the PyInstaller bundle (packaging/backcoach.spec): the ``backcoach`` program.

A frozen app has no Python interpreter, yet BackCoach starts helper processes as if ``sys.executable``
were one: ``sys.executable -m backcoach.audio.speech_worker ...`` (the speech worker) and
``sys.executable -c CODE`` (the Qt probe of ``backcoach doctor``). In the bundle ``sys.executable`` is this
program, so it accepts those two forms too, the way ``python`` would; ``-m`` only for BackCoach's own
modules. Everything else is the ``backcoach`` command.
"""

import ctypes.util
import os
import runpy
import sys


def _use_bundled_portaudio() -> None:
    """sounddevice finds PortAudio with ``ctypes.util.find_library``, which looks at the system only: point it
    at the copy inside the bundle, so sound works where libportaudio2 is not installed."""
    bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libportaudio.so.2")
    if not os.path.isfile(bundled):
        return
    system_find = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        return bundled if name == "portaudio" else system_find(name)

    ctypes.util.find_library = find_library


def main() -> int:
    _use_bundled_portaudio()
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        if module != "backcoach" and not module.startswith("backcoach."):
            print(f"backcoach: -m {module}: only BackCoach's own modules can be run", file=sys.stderr)
            return 2
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    if len(sys.argv) >= 3 and sys.argv[1] == "-c":
        code = sys.argv[2]
        sys.argv = ["-c", *sys.argv[3:]]
        exec(compile(code, "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        return 0

    from backcoach.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
