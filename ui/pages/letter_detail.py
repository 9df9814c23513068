"""One letter: its fields beside its live preview, and what can be done with it now.

A draft is edited on the left while the right shows the core's rendering of it, re-rendered on the
reader thread after each save (a preview already rendering is not interrupted: one more render follows
it, with the latest text). Issuing freezes the letter; from then on the left shows what happened to
it (delivery, reply, closing) above its read-only fields, and the right shows the stored original
with its number and QR code, exactly the bytes that verify.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.letter import LIFECYCLE
from app.errors import HuhangError, NotFound
from app.services import Changes, Services
from ui.background import report_unexpected
from ui.context import AppContext
from ui.dialogs.job_progress import JobWatcher
from ui.dialogs.letter_dialogs import DeliveryDialog, ReplyDialog, entry_text
from ui.dialogs.messages import Messages
from ui.i18n import fill
from ui.operations import error_text, run_op
from ui.pages import letter_actions
from ui.pages.letter_editor import LetterEditor
from ui.pages.letter_record import LetterRecord
from ui.widgets.pdf_preview import PdfPreview

TABLES = ("letters", "attachments", "links")


class LetterDetail(QStackedWidget):
    letter_requested = Signal(str)  # open another letter (a correction, or the letter it corrects)
    link_activated = Signal(str, str)  # table and id of a ledger entry or rectification item

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.letter_id: str | None = None
        self.row: dict[str, Any] | None = None
        self.preview_requests = 0  # renders asked of the reader; tests and diagnostics watch it
        self._rendering = False
        self._render_again = False
        self.print_watcher: JobWatcher | None = None
        self._build()
        ctx.bus.changed.connect(self._on_changes)

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        empty = QLabel(self.tr("Select a letter in the list, or create one with New letter (Ctrl+N)."))
        empty.setObjectName("emptyHint")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(empty)

        self.heading = QLabel()
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("detailCaption")
        self.issue_button = QPushButton(self.tr("Issue…"))
        self.issue_button.setObjectName("primaryButton")
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.deliver_button = QPushButton(self.tr("Record delivery…"))
        self.reply_button = QPushButton(self.tr("Record reply…"))
        self.close_button = QPushButton(self.tr("Close…"))
        self.correct_button = QPushButton(self.tr("Make correction"))
        self.correct_button.setToolTip(
            self.tr("A new draft copying this letter; once issued it supersedes this one")
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        for button, slot in (
            (self.issue_button, self.issue),
            (self.delete_button, self.delete_draft),
            (self.deliver_button, self.deliver),
            (self.reply_button, self.record_reply),
            (self.close_button, self.close_letter),
            (self.correct_button, self.make_correction),
            (self.print_button, self.print_letter),
            (self.save_button, self.save_pdf),
        ):
            button.clicked.connect(slot)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (
            self.issue_button, self.deliver_button, self.reply_button, self.close_button,
            self.correct_button, self.print_button, self.save_button, self.delete_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        header = QVBoxLayout()
        header.addLayout(titles)
        header.addLayout(buttons)

        self.record = LetterRecord()
        self.record.letter_activated.connect(self.letter_requested.emit)
        self.editor = LetterEditor(self._ctx)
        self.editor.saved.connect(lambda _id: self.request_preview())
        self.editor.link_activated.connect(self.link_activated.emit)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.record)
        fields_layout.addWidget(self.editor, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(fields)
        self.preview = PdfPreview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.addWidget(page)

    # -- showing a letter ---------------------------------------------------------------------------

    def show_letter(self, letter_id: str | None) -> bool:
        """Open ``letter_id`` (None: nothing); the previous draft's pending edits are saved first."""
        if letter_id == self.letter_id and self.row is not None:
            return True
        if not self.editor.flush():
            Messages.error(
                self, self.tr("The changes to this letter could not be saved; correct them first.")
            )
            return False
        self.letter_id = letter_id
        self.row = None
        self.refresh()
        return True

    def refresh(self) -> None:
        services = self._ctx.services
        try:
            row = services.letter(self.letter_id) if self.letter_id else None
        except NotFound:
            row = None
        if row is None:
            self.letter_id, self.row = None, None
            self.editor.unload()
            self.preview.show_message("")
            self.setCurrentIndex(0)
            return
        status_moved = self.row is None or self.row["status"] != row["status"]
        self.row = row
        draft = row["status"] == "草稿"
        self.heading.setText(row["title"] or self.tr("(untitled)"))
        self.state.setText(f"{row['number'] or self.tr('Draft')} · {row['kind']} · {row['status']}")
        self.record.setVisible(not draft)
        if not draft:
            self.record.show_letter(row, self._reply_files(services, row), self._related(services, row))
        refilled = self.editor.load(row, self._links(services, row["id"]))
        self._update_buttons(row)
        self.setCurrentIndex(1)
        if status_moved or refilled:
            self.request_preview()

    def _update_buttons(self, row: dict[str, Any]) -> None:
        draft = row["status"] == "草稿"
        allowed = {action for action, (source, _to, _label) in LIFECYCLE.items() if source == row["status"]}
        self.issue_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        for button, action in (
            (self.deliver_button, "deliver"),
            (self.reply_button, "reply"),
            (self.close_button, "close"),
        ):
            button.setVisible(not draft)
            button.setEnabled(action in allowed)
        self.correct_button.setVisible(not draft)
        self.correct_button.setEnabled(not row["superseded_by"])

    def _links(self, services: Services, letter_id: str) -> list[tuple[str, str, str]]:
        out = []
        for link in services.letter_links(letter_id):
            table, key = link["to_table"], link["to_id"]
            try:
                if table == "ledger_entries":
                    text = entry_text(services.entry(key))
                else:
                    text = fill(self.tr("Rectification: %1"), services.rectification(key)["text"])
            except NotFound:
                text = self.tr("(deleted)")
            out.append((table, key, text))
        return out

    def _reply_files(self, services: Services, row: dict[str, Any]) -> list[tuple[str, str]]:
        return [
            (a["filename"], str(services.blob_path(a["sha256"])))
            for a in services.attachments("letters", row["id"])
            if a["sha256"] != row["pdf_sha256"]  # the issued original is not part of the reply
        ]

    def _related(self, services: Services, row: dict[str, Any]) -> dict[str, str]:
        old = row.get("supersedes_id")
        if not old:
            return {}
        try:
            return {old: services.letter(old)["number"] or self.tr("Draft")}
        except NotFound:
            return {}

    def _on_changes(self, changes: Changes, origin: QObject | None) -> None:
        if self.letter_id and changes.touches(*TABLES):
            self.refresh()  # the editor keeps what the officer is typing (see LetterEditor.load)

    # -- preview --------------------------------------------------------------------------------------

    def request_preview(self) -> None:
        """Render the stored letter on the reader thread; one render at a time, the latest wins."""
        if self.letter_id is None:
            return
        if self._rendering:
            self._render_again = True
            return
        self._rendering = True
        self.preview_requests += 1
        letter_id = self.letter_id
        draft = self.row is not None and self.row["status"] == "草稿"
        self.preview.set_note(self.tr("Updating the preview…"))

        def render(services: Services) -> bytes:
            return services.preview_letter(letter_id)

        self._ctx.reader.submit(
            render,
            lambda data: self._rendered(letter_id, draft, data),
            lambda exc: self._render_failed(letter_id, exc),
            owner=self,
        )

    def _rendered(self, letter_id: str, draft: bool, data: bytes) -> None:
        self._rendering = False
        if self._render_again or letter_id != self.letter_id:
            self._render_again = False
            self.request_preview()
            return
        note = (
            self.tr("Draft preview: the number and QR code are added when the letter is issued.")
            if draft
            else self.tr("Issued original, as stored and verified.")
        )
        self.preview.show_pdf(data, note)

    def _render_failed(self, letter_id: str, exc: Exception) -> None:
        self._rendering = False
        if not isinstance(exc, HuhangError):
            report_unexpected(exc)
            return
        if letter_id == self.letter_id:
            self.preview.show_message(fill(self.tr("No preview: %1"), error_text(exc)))

    # -- actions ------------------------------------------------------------------------------------

    def _run(self, mutation: Any) -> Changes | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return run_op(self, self._ctx.bus, mutation)
        finally:
            QApplication.restoreOverrideCursor()

    def issue(self) -> bool:
        """签发, after saving pending edits and a confirmation; refusals come back as the core's words."""
        if self.row is None or self.letter_id is None:
            return False
        if not self.editor.flush():
            Messages.error(self, self.tr("Correct the marked fields before issuing."))
            return False
        row = self._ctx.services.letter(self.letter_id)
        prefix = self._ctx.services.letter_prefixes().get(row["kind"], "")
        question = fill(
            self.tr(
                "Once issued, the letter can no longer be changed: it is given the next number "
                "%1〔%2〕 and its PDF is kept as the original.\n\nIssue “%3”?"
            ),
            prefix,
            row["letter_date"][:4],
            row["title"],
        )
        if not Messages.confirm(self, self.tr("Issue letter"), question, self.tr("Issue")):
            return False
        letter_id = self.letter_id
        return self._run(lambda: self._ctx.services.issue_letter(letter_id)) is not None

    def delete_draft(self) -> None:
        if self.row is None or self.letter_id is None:
            return
        question = fill(self.tr("Delete the draft “%1”?"), self.row["title"])
        if not Messages.confirm(self, self.tr("Delete draft"), question, self.tr("Delete")):
            return
        letter_id = self.letter_id
        self._run(lambda: self._ctx.services.delete_letter(letter_id))

    def deliver(self) -> None:
        answer = DeliveryDialog.ask(self) if self.letter_id else None
        if answer is None or self.letter_id is None:
            return
        letter_id, (on, receiver) = self.letter_id, answer
        self._run(
            lambda: self._ctx.services.letter_action(letter_id, action="deliver", on=on, receiver=receiver)
        )

    def record_reply(self) -> None:
        answer = ReplyDialog.ask(self) if self.letter_id else None
        if answer is None or self.letter_id is None:
            return
        letter_id = self.letter_id
        self._run(
            lambda: self._ctx.services.letter_action(
                letter_id,
                action="reply",
                on=answer.on,
                content=answer.content,
                attachments=answer.attachments,
            )
        )

    def close_letter(self) -> None:
        if self.row is None or self.letter_id is None:
            return
        question = fill(
            self.tr("Close letter %1? The reply is accepted and the letter needs no more follow-up."),
            self.row["number"],
        )
        if not Messages.confirm(self, self.tr("Close letter"), question, self.tr("Close letter")):
            return
        letter_id = self.letter_id
        self._run(lambda: self._ctx.services.letter_action(letter_id, action="close"))

    def make_correction(self) -> None:
        if self.letter_id is None:
            return
        letter_id = self.letter_id
        changes = self._run(lambda: self._ctx.services.correct_letter(letter_id))
        if changes is not None:
            self.letter_requested.emit(changes.id)

    def print_letter(self) -> None:
        if self.letter_id and self.editor.flush():
            self.print_watcher = letter_actions.print_letters(self, self._ctx, [self.letter_id])

    def save_pdf(self) -> None:
        if self.letter_id and self.editor.flush():
            letter_actions.save_letter_pdf(self, self._ctx, self.letter_id)
