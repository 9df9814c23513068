"""Small forms around a letter: a new draft, delivery (送达), the reply (反馈).

Each has a classmethod that shows it and returns the answer (or None when cancelled), which is what
the letters screen calls and what tests replace. Delivery and reply dates are facts about the past,
so their date pickers stop at today.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.letter import KINDS
from app.services import Services
from app.store.search import ListQuery
from ui.context import AppContext
from ui.file_dialogs import FileDialogs
from ui.widgets.form_fields import ProblemForm, choice_combo, required_hint

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
SEARCH_LIMIT = 50
DATE = "yyyy-MM-dd"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NewLetter:
    kind: str
    addressee: str
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    on: str
    content: str
    attachments: tuple[Path, ...] = field(default_factory=tuple)


def _past_date() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE)
    edit.setMaximumDate(QDate.currentDate())
    return edit


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("LetterDialogs", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def entry_text(row: dict[str, Any]) -> str:
    """How a ledger entry is named in a list: number, enterprise, summary, responsible department."""
    text = f"{row['number']}  {row['enterprise_name']}：{row['summary']}"
    return f"{text}（{row['department']}）" if row.get("department") else text


class NewLetterDialog(QDialog):
    """Kind and addressee of a new draft, and optionally the ledger entries whose problems it lists."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("New letter"))
        self.setMinimumWidth(640)
        self.kind: QComboBox = choice_combo(KINDS)
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(self.tr("The department the letter is addressed to"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the ledger by number, enterprise or summary"))
        self.search.setClearButtonEnabled(True)
        self.entries = QListWidget()
        self.entries.setMinimumHeight(200)
        self.chosen = QLabel()
        self.chosen.setObjectName("emptyHint")
        self.chosen.setWordWrap(True)
        self._checked: dict[str, str] = {}  # entry id → text, kept across searches
        self.form = ProblemForm()
        self.form.add_field("kind", self.tr("Kind"), self.kind, required=True)
        self.form.add_field("addressee", self.tr("Addressee"), self.addressee, required=True)
        self.form.add_field("entries", self.tr("Problems from the ledger"), self.search)
        self.buttons = _buttons(self, self.tr("Create draft"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(required_hint())
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.entries.itemChanged.connect(self._item_changed)
        self.addressee.textChanged.connect(lambda _t: self._check())
        self._show_chosen()
        self._check()
        self.run_search()

    def _check(self) -> None:
        ok = bool(self.addressee.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()

        def read(services: Services) -> list[dict[str, Any]]:
            rids = services.entry_ids(ListQuery(text=text, descending=True))[:SEARCH_LIMIT]
            rows = services.entry_rows(rids) if rids else {}
            return [rows[r] for r in rids if r in rows]

        self._ctx.reader.submit(read, lambda rows: self._show_entries(text, rows), owner=self)

    def _show_entries(self, text: str, rows: list[dict[str, Any]]) -> None:
        if text != self.search.text().strip():
            return  # typed on since: a newer search follows
        self.entries.blockSignals(True)
        self.entries.clear()
        for row in rows:
            item = QListWidgetItem(entry_text(row))
            item.setData(ENTRY_ROLE, row["id"])
            item.setData(Qt.ItemDataRole.UserRole, row.get("department") or "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row["id"] in self._checked else Qt.CheckState.Unchecked
            )
            self.entries.addItem(item)
        self.entries.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked[entry_id] = item.text()
            department = item.data(Qt.ItemDataRole.UserRole)
            if department and not self.addressee.text().strip():
                self.addressee.setText(department)  # the usual addressee: who must fix it
        else:
            self._checked.pop(entry_id, None)
        self._show_chosen()

    def _show_chosen(self) -> None:
        if not self._checked:
            self.chosen.setText(self.tr("No ledger entries chosen: the problems can be typed in the editor."))
        else:
            self.chosen.setText(
                self.tr("Chosen:") + "<br>" + "<br>".join(html.escape(t) for t in self._checked.values())
            )

    def answer(self) -> NewLetter:
        return NewLetter(
            self.kind.currentData() or KINDS[0], self.addressee.text().strip(), tuple(self._checked)
        )

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> NewLetter | None:
        dialog = cls(ctx, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.answer() if accepted else None
        dialog.deleteLater()
        return answer


class DeliveryDialog(QDialog):
    """登记送达: the day the letter was handed over and who signed for it (送达回证)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record delivery"))
        self.setMinimumWidth(420)
        self.on = _past_date()
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("Who signed the delivery receipt"))
        form = ProblemForm()
        form.add_field("on", self.tr("Delivered on"), self.on, required=True)
        form.add_field("receiver", self.tr("Received by"), self.receiver, required=True)
        self.buttons = _buttons(self, self.tr("Record delivery"))
        self.receiver.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip()))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(date, receiver), or None if cancelled."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = (dialog.on.date().toString(DATE), dialog.receiver.text().strip()) if accepted else None
        dialog.deleteLater()
        return answer


class ReplyDialog(QDialog):
    """登记反馈: when the addressee replied, what they said, and the files they sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record reply"))
        self.setMinimumWidth(560)
        self.on = _past_date()
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What the addressee reported: measures taken, results"))
        self.content.setMinimumHeight(140)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.attachments: list[Path] = []
        form = ProblemForm()
        form.add_field("on", self.tr("Replied on"), self.on, required=True)
        form.add_field("content", self.tr("Reply"), self.content, required=True)
        files_box = QWidget()
        files_row = QHBoxLayout(files_box)
        files_row.setContentsMargins(0, 0, 0, 0)
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.add_files_button, 0, Qt.AlignmentFlag.AlignTop)
        form.add_field("attachments", self.tr("Reply files"), files_box)
        self.buttons = _buttons(self, self.tr("Record reply"))
        self.content.textChanged.connect(self._check)
        self._check()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        ok = bool(self.content.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choose_files(self) -> None:
        for path in FileDialogs.open_files(self, self.tr("Files of the reply")):
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        if path not in self.attachments:
            self.attachments.append(path)
            self.files.addItem(path.name)

    def answer(self) -> Reply:
        return Reply(
            self.on.date().toString(DATE), self.content.toPlainText().strip(), tuple(self.attachments)
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> Reply | None:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.answer() if accepted else None
        dialog.deleteLater()
        return answer
