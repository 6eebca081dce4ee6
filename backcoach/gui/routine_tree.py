"""The tree of blocks and exercises in the editor, with drag-and-drop that asks instead of acting.

Qt's own internal move would rearrange the items behind the editor's back; this tree only reports what
was dropped where (:attr:`RoutineTree.moveRequested`) and the editor rebuilds it from the routine.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..core.editing import Address
from ..core.model import Routine
from ..core.wording import dose_text, rounds_text

ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 10


class RoutineTree(QTreeWidget):
    moveRequested = Signal(object, object)  # source Address, target Address

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Blocks and exercises")
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show_routine(self, routine: Routine, select: Address) -> None:
        self.blockSignals(True)
        self.clear()
        top = QTreeWidgetItem([f"Routine: {routine.title}"])
        top.setData(0, ADDRESS_ROLE, ())
        top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.addTopLevelItem(top)
        chosen = top
        for b, block in enumerate(routine.blocks):
            block_item = QTreeWidgetItem([f"{block.title}{rounds_text(block.rounds)}"])
            block_item.setData(0, ADDRESS_ROLE, (b,))
            self.addTopLevelItem(block_item)
            if select == (b,):
                chosen = block_item
            for e, exercise in enumerate(block.exercises):
                item = QTreeWidgetItem([f"{exercise.name} — {dose_text(exercise)}"])
                item.setData(0, ADDRESS_ROLE, (b, e))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                block_item.addChild(item)
                if select == (b, e):
                    chosen = item
        self.expandAll()
        # Selecting while signals are blocked: the editor decides whether the form is rebuilt, never the
        # tree (rebuilding it from here would delete the field the user is typing in).
        self.setCurrentItem(chosen)
        self.blockSignals(False)

    def current_address(self) -> Address:
        item = self.currentItem()
        if item is None:
            return ()
        address = item.data(0, ADDRESS_ROLE)
        return tuple(address) if address is not None else ()

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.current_address()
        target = self._drop_target(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source and target is not None and target != source:
            self.moveRequested.emit(source, target)

    def _drop_target(self, event: QDropEvent) -> Address | None:
        """Where a drop lands, as an address before the move (what the drop indicator shows)."""
        item = self.itemAt(event.position().toPoint())
        source = self.current_address()
        if item is None:
            count = self.topLevelItemCount() - 1
            return (count,) if len(source) == 1 else None
        address: Address = tuple(item.data(0, ADDRESS_ROLE))
        position = self.dropIndicatorPosition()
        below = position == QAbstractItemView.DropIndicatorPosition.BelowItem
        if len(source) == 1:
            if len(address) == 0:
                return (0,)
            return (address[0] + (1 if below else 0),)
        if len(address) == 1:  # onto a block: to its end (or its start when dropped above it)
            if position == QAbstractItemView.DropIndicatorPosition.AboveItem and address[0] > 0:
                previous = self.topLevelItem(address[0])
                return (address[0] - 1, previous.childCount() if previous else 0)
            block = self.topLevelItem(address[0] + 1)
            return (address[0], block.childCount() if block else 0)
        if len(address) == 2:
            return (address[0], address[1] + (1 if below else 0))
        return None
