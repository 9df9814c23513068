"""A photo at full size: fitted to the window, or at actual size with scroll bars."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImageReader, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class FittedImage(QWidget):
    """Paints the picture as large as fits, never larger than it is, centred."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = pixmap

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def shown_rect(self) -> QRect:
        size = self.pixmap.size()
        if size.width() > self.width() or size.height() > self.height():
            size = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.shown_rect(), self.pixmap)


class ImageViewer(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(path.name)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        self.pixmap = QPixmap.fromImage(reader.read())
        self.stack = QStackedWidget()
        if self.pixmap.isNull():
            missing = QLabel(self.tr("This file cannot be shown as an image."))
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(missing)
        else:
            self.fitted = FittedImage(self.pixmap)
            actual = QLabel()
            actual.setPixmap(self.pixmap)
            scroll = QScrollArea()
            scroll.setWidget(actual)
            scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.fitted)
            self.stack.addWidget(scroll)
        self.actual = QPushButton(self.tr("Actual size"))
        self.actual.setCheckable(True)
        self.actual.setEnabled(not self.pixmap.isNull())
        self.actual.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.actual, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self._initial_size()

    def _initial_size(self) -> None:
        """Big enough for the photo, within 80 % of the screen."""
        screen = QGuiApplication.primaryScreen()
        limit = screen.availableSize() * 0.8 if screen else QSize(1024, 768)
        wanted = self.pixmap.size() + QSize(40, 80) if not self.pixmap.isNull() else QSize(360, 200)
        self.resize(wanted.boundedTo(limit).expandedTo(QSize(360, 240)))

    @classmethod
    def view(cls, parent: QWidget | None, path: Path) -> None:
        dialog = cls(path, parent)
        dialog.exec()
        dialog.deleteLater()
