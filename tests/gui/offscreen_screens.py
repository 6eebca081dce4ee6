"""Plugging screens in and out of Qt's offscreen platform while a test runs.

The offscreen platform takes a layout of screens from a JSON file at start (``QT_QPA_PLATFORM=
offscreen:configfile=FILE``, a ``screens`` list of names, positions and sizes), and its native interface
offers ``setConfiguration`` to change that layout later: screens whose name is new are added, screens whose
name is gone are removed, exactly as when a projector is plugged in or out (Qt emits ``screenAdded`` and
``screenRemoved``). PySide6 does not wrap QPlatformNativeInterface, so this reaches it with ctypes:
``QGuiApplication::platformNativeInterface()``, its ``nativeResourceForIntegration("setConfiguration")``
(a virtual function, found in the vtable and checked: it must know "setConfiguration" and "configuration"
and nothing else), and a QJsonObject made by QtCore's own ``QJsonDocument::fromJson``.
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtGui import QGuiApplication

_LIB = Path(PySide6.__file__).resolve().parent / "Qt" / "lib"
_RESOURCE_SLOT = 12
"""nativeResourceForIntegration's place in QPlatformNativeInterface's vtable: after QObject's twelve."""


class _QByteArray(ctypes.Structure):
    """Qt 6's QByteArray layout (d, ptr, size); d = null is raw data Qt does not own or free."""

    _fields_ = (("d", ctypes.c_void_p), ("ptr", ctypes.c_char_p), ("size", ctypes.c_ssize_t))


def _bytes(data: bytes) -> _QByteArray:
    return _QByteArray(None, data, len(data))


def _set_configuration() -> tuple[int, int]:
    """The platform's native interface and its ``setConfiguration(const QJsonObject &, interface)``."""
    gui = ctypes.CDLL(str(_LIB / "libQt6Gui.so.6"))
    interface_of = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    interface_of.restype = ctypes.c_void_p
    interface = interface_of()
    if not interface:
        pytest.fail("no platform native interface (is QT_QPA_PLATFORM offscreen?)", pytrace=False)
    vtable = ctypes.cast(interface, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))[0]
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(_QByteArray))(vtable[_RESOURCE_SLOT])
    found = [resource(interface, ctypes.byref(_bytes(n))) for n in (b"setConfiguration", b"configuration", b"nope")]
    if not (found[0] and found[1] and not found[2]):
        pytest.fail("the offscreen platform's native interface is not where this Qt was expected to keep it",
                    pytrace=False)
    return interface, found[0]


def set_screens(screens: list[dict[str, Any]]) -> None:
    """Make the offscreen platform's screens exactly ``screens`` (``name``, ``x``, ``y``, ``width``, ``height``)."""
    assert QGuiApplication.platformName() == "offscreen", QGuiApplication.platformName()
    interface, setter = _set_configuration()
    core = ctypes.CDLL(str(_LIB / "libQt6Core.so.6"))
    from_json = core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
    from_json.restype = None
    from_json.argtypes = (ctypes.c_void_p, ctypes.POINTER(_QByteArray), ctypes.c_void_p)
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.restype = None
    to_object.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
    document, configuration = ctypes.create_string_buffer(64), ctypes.create_string_buffer(64)
    text = json.dumps({"screens": screens}).encode()
    from_json(document, ctypes.byref(_bytes(text)), None)  # returned in place (the Itanium ABI's hidden pointer)
    to_object(configuration, document)
    try:
        ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(setter)(ctypes.addressof(configuration), interface)
    finally:
        for destructor, value in ((core._ZN11QJsonObjectD1Ev, configuration), (core._ZN13QJsonDocumentD1Ev, document)):
            destructor.argtypes = (ctypes.c_void_p,)
            destructor(value)


def current_screens() -> list[dict[str, Any]]:
    """The screens Qt has now, as :func:`set_screens` takes them."""
    return [{"name": s.name(), "x": s.geometry().x(), "y": s.geometry().y(), "width": s.geometry().width(),
             "height": s.geometry().height()} for s in QGuiApplication.screens()]
