"""Photo thumbnails: a strip that shows them and opens one full size when it is activated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QStyle, QWidget

THUMB = 96
PATH_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11


def thumbnail(path: Path, size: int = THUMB) -> QPixmap:
    """A thumbnail read at reduced size (a 12-megapixel photo is never decoded in full for this)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoStrip(QListWidget):
    """Thumbnails in a row. Each item keeps the file path (PATH_ROLE) and a key (KEY_ROLE): the
    attachment id for stored photos, None for files just added in a form."""

    open_requested = Signal(str)  # file path

    def __init__(self, parent: QWidget | None = None, *, columns: int = 0) -> None:
        """One row that scrolls sideways, or (``columns`` > 0) a column that many thumbnails wide."""
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB, THUMB))
        cell = QSize(THUMB + 24, THUMB + 28)
        self.setGridSize(cell)
        self.setWrapping(columns > 0)
        if columns > 0:
            scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self.setFixedWidth(cell.width() * columns + scrollbar + 2 * self.frameWidth() + 4)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            self.setFixedHeight(cell.height() + 20)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)

    def add_photo(self, path: Path, label: str, key: str | None = None) -> QListWidgetItem:
        pixmap = thumbnail(path)
        icon = (
            QIcon(pixmap)
            if not pixmap.isNull()
            else self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        )
        item = QListWidgetItem(icon, label)
        item.setData(PATH_ROLE, str(path))
        item.setData(KEY_ROLE, key)
        item.setToolTip(label)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.addItem(item)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(PATH_ROLE)))
