"""What a screen reader is told: the one place BackCoach speaks to assistive technology beyond what Qt does.

Qt already says what each widget shows; these helpers cover what it cannot know or gets wrong for us:

* :func:`set_text` gives a button the name its text says ("Pause" while it shows "Pause"), without the
  decorations a voice would read out ("◀", "▶", "✓", a trailing "…", the ``&`` of a mnemonic).
* :func:`announce` tells a screen reader something that changed away from the focus (a step starts on the
  session screen): Qt's announcement event (Qt 6.8), which the Linux bridge sends as AT-SPI's ``Announcement``.
* :func:`install` makes every combo box named by its label. On Linux Qt names a combo box by its current value
  (the label is only a relation), so a screen reader reading names heard "Routine's own level" for the level
  box; the interface installed here keeps Qt's role, value, list of items, state and actions, with the label
  as the name.
* :func:`mark_invalid` marks an editor field whose text is refused: its description says so and why, and the
  message is announced once. Qt's accessibility state has no "invalid entry" flag (its ``invalid`` means an
  object that no longer exists, and no bridge maps it to AT-SPI's ``INVALID_ENTRY``), so this is what Qt allows.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QComboBox, QWidget

_installed = False
NOT_VALID = "Not valid: "


def spoken(text: str) -> str:
    """``text`` as a name to be read aloud: no mnemonic ``&``, no pictograms (◀ ▶ ✓ ⚠), no trailing "…"."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    kept = "".join(c for c in plain if unicodedata.category(c) != "So")
    return " ".join(kept.split()).removesuffix("…").strip()


def set_text(button: QAbstractButton, text: str) -> None:
    """Show ``text`` on ``button`` and name it by it (an explicit name set once would stay behind)."""
    button.setText(text)
    button.setAccessibleName(spoken(text))


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (a live-region message: it does not move the focus). Polite waits for
    what is being read to end; assertive interrupts it. Before Qt 6.8 the widget's description changes instead
    (read when it is next reached)."""
    if not text:
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt < 6.8
        widget.setAccessibleDescription(text)
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def mark_invalid(field: QWidget, message: str | None) -> None:
    """Mark ``field`` as refused with ``message`` (``None``: accepted again): its description says it is not
    valid and why, and a new message is announced at once (the user is typing in that field)."""
    text = f"{NOT_VALID}{message}" if message else ""
    described = field.accessibleDescription()
    if described == text or (not message and not described.startswith(NOT_VALID)):
        return  # no change (a description of something else stays)
    field.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))
    if message:
        announce(field, text, assertive=True)


class LabelledComboBox(QAccessibleWidget):
    """A combo box named by its label (its accessible name, else its buddy label), its current text as its value.

    Qt's own combo box interface answers the name with the value on Linux; this one answers like it on every
    other question: the list of items is its child (so the selected item can be read), it has a popup, and
    "press" and "show menu" open it.
    """

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._combo.currentText()
        if kind == QAccessible.Text.Name:
            return spoken(super().text(kind)).rstrip(":")  # a buddy label's "&Level:" names it "Level"
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # None: no such child
        return QAccessible.queryAccessibleInterface(self._combo.view()) if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child is not None and child.object() is self._combo.view() else -1

    def state(self) -> QAccessible.State:
        state = super().state()
        state.hasPopup = True
        state.expandable = True
        state.expanded = self._combo.view().isVisible()
        state.collapsed = not state.expanded
        state.editable = self._combo.isEditable()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.showMenuAction(),
                *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name in (QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.showMenuAction()):
            self._combo.showPopup()
        else:
            super().doAction(name)


def _factory(key: str, target: object) -> QAccessibleInterface | None:
    if key == "QComboBox" and isinstance(target, QComboBox):
        return LabelledComboBox(target)
    return None


def install() -> None:
    """Use BackCoach's interfaces from now on (once; combo boxes made before keep Qt's until asked again)."""
    global _installed
    if not _installed:
        _installed = True
        QAccessible.installFactory(_factory)
