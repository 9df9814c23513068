"""A PDF shown page under page at the width of its pane, loaded from bytes (a letter's preview).

Why the zoom is computed here rather than by QPdfView's own FitToWidth: on this Qt that mode can lay
the pages out again and again at 100 % CPU — fitting the width makes the vertical scroll bar appear,
which narrows the viewport, which changes the fit. The vertical bar is therefore always shown (the
viewport width no longer depends on the document) and one resize gives one zoom factor.

QPdfDocument reads from its device lazily, so the QBuffer and the QByteArray under it are kept on the
widget for as long as the document shows them. Replacing the document keeps the scroll position:
the preview re-renders while the officer types, and jumping back to page one each time would lose
their place.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

MAX_ZOOM = 3.0


class _FitWidthView(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_width(self) -> None:
        document = self.document()
        if document is None or document.pageCount() < 1:
            return
        page_points = document.pagePointSize(0).width()
        screen = QGuiApplication.primaryScreen()
        # QPdfView lays a page out at its point size times the screen's logical dots per point.
        dots_per_point = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        if page_points <= 0 or room <= 0:
            return
        zoom = min(MAX_ZOOM, room / (page_points * dots_per_point))
        if abs(zoom - self.zoomFactor()) > 0.001:
            self.setZoomFactor(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_width()


class PdfPreview(QWidget):
    """Shows PDF bytes; :meth:`show_pdf` replaces them, :meth:`show_message` says why there are none."""

    loaded = Signal(int)  # the page count, each time a document is ready

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = _FitWidthView()
        self.view.setDocument(self.document)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.data = b""
        self.load_count = 0  # documents shown so far; tests and diagnostics watch it
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def show_pdf(self, data: bytes, note: str = "") -> bool:
        """Show ``data`` (keeping the scroll position); False if it is not a readable PDF."""
        scroll = self.view.verticalScrollBar().value()
        old_buffer = self._buffer
        self._bytes = QByteArray(data)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if old_buffer is not None:
            old_buffer.deleteLater()
        if self.document.status() != QPdfDocument.Status.Ready:
            self.data = b""
            self.show_message(self.tr("The preview could not be read."))
            return False
        self.data = data
        self.load_count += 1
        self.status.setText(note)
        self.view.fit_width()
        QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(scroll))
        self.loaded.emit(self.document.pageCount())
        return True

    def set_note(self, note: str) -> None:
        self.status.setText(note)

    def show_message(self, text: str) -> None:
        """No document, only ``text`` (nothing selected, or the preview failed)."""
        self.document.close()
        self.data = b""
        self.status.setText(text)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
