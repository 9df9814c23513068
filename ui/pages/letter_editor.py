"""The fields of a letter: edited while a draft, shown read-only once issued.

A draft saves itself: a moment after the officer stops typing (and at once on Ctrl+S, when another
letter is opened, or when the window closes) the fields that differ from the stored record go to
``update_letter``, and :attr:`LetterEditor.saved` tells the preview to render again. Saving as one
types, rather than a Save button, is what makes a live preview possible — the preview is the core's
rendering of the stored draft — and it means a half-written letter is never lost.

Field values are normalised the way the core stores them (text trimmed, empty lines dropped), so a
trailing newline is not a change and the record read back after a save equals what the form shows:
the editor never reloads itself under the officer's cursor.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.letter import KINDS, REQUIRED_TO_ISSUE
from app.errors import HuhangError, Problem, ValidationFailed
from app.services.letters import template_body
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.operations import error_text
from ui.widgets.form_fields import ProblemForm, choice_combo, select_data
from ui.widgets.numbered_list import NumberedListEdit

SAVE_DELAY_MS = 600
DATE = "yyyy-MM-dd"
LIST_KEYS = ("cc", "problems", "attachments_note", "signature", "body")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def row_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A stored letter in the shape :meth:`LetterEditor.fields` has."""
    fields = {key: row[key] for key in ("kind", "title", "organ", "addressee", "reply_contact")}
    fields.update({key: list(row[key]) for key in LIST_KEYS})
    fields["requirements"] = "\n".join(lines(row["requirements"]))
    fields["deadline"] = row["deadline"]
    fields["letter_date"] = row["letter_date"]
    fields["letterhead"] = bool(row["letterhead"])
    return fields


def _text_box(height: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE)
    return edit


class LetterEditor(QWidget):
    saved = Signal(str)  # the letter id, after the draft was written
    link_activated = Signal(str, str)  # table and id of a linked ledger entry or rectification item

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.letter_id: str | None = None
        self.read_only = False
        self.save_count = 0
        self._stored: dict[str, Any] = {}  # the record as last read or written
        self._unsaved = False  # edited, and the last attempt to save failed
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.flush).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._watch()

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = choice_combo(KINDS)
        self.letterhead = QCheckBox(self.tr("Red letterhead"))
        self.letterhead.setToolTip(self.tr("Print the issuing organ's red heading and rule (红头)"))
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.kind, 1)
        kind_layout.addSpacing(12)
        kind_layout.addWidget(self.letterhead)
        self.title = QLineEdit()
        self.organ = QLineEdit()
        self.addressee = QLineEdit()
        self.cc = _text_box(52, self.tr("One organisation per line"))
        self.problems = NumberedListEdit()
        self.links = QLabel()
        self.links.setObjectName("emptyHint")
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._link_activated)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.setSpacing(2)
        problems_layout.addWidget(self.problems)
        problems_layout.addWidget(self.links)
        self.requirements = _text_box(64, self.tr("One requirement per line"))
        self.deadline = _date_edit()
        self.letter_date = _date_edit()
        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.deadline, 1)
        dates_layout.addSpacing(12)
        dates_layout.addWidget(QLabel(self.tr("Letter date")))
        dates_layout.addWidget(self.letter_date, 1)
        self.reply_contact = QLineEdit()
        self.reply_contact.setPlaceholderText(self.tr("Contact person and telephone for the reply"))
        self.attachments_note = _text_box(44, self.tr("One attachment per line"))
        self.signature = _text_box(44, self.tr("The signing organ; one per line"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(220)
        self.body.setPlaceholderText(self.tr("One paragraph per line"))
        self.regenerate_button = QPushButton(self.tr("Regenerate body from template"))
        self.regenerate_button.setToolTip(
            self.tr("Write the standard body again from the problems, requirements, deadline and contact")
        )
        self.regenerate_button.clicked.connect(self.regenerate_body)
        body_box = QWidget()
        body_layout = QVBoxLayout(body_box)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(4)
        body_layout.addWidget(self.body)
        regenerate_row = QHBoxLayout()
        regenerate_row.addWidget(self.regenerate_button)
        regenerate_row.addStretch(1)
        body_layout.addLayout(regenerate_row)

        self._hints: dict[QLineEdit | QPlainTextEdit, str] = {
            widget: widget.placeholderText()
            for widget in (
                self.cc, self.requirements, self.reply_contact, self.attachments_note, self.signature,
                self.body,
            )
        }  # fmt: skip
        self.form = ProblemForm()
        self._labels: dict[str, str] = {}
        required = set(REQUIRED_TO_ISSUE)
        for key, label, widget in (
            ("kind", self.tr("Kind"), kind_row),
            ("title", self.tr("Title"), self.title),
            ("organ", self.tr("Issuing organ"), self.organ),
            ("addressee", self.tr("Addressee"), self.addressee),
            ("cc", self.tr("Copy to"), self.cc),
            ("problems", self.tr("Problems"), problems_box),
            ("requirements", self.tr("Requirements"), self.requirements),
            ("deadline", self.tr("Deadline"), dates),
            ("reply_contact", self.tr("Reply contact"), self.reply_contact),
            ("attachments_note", self.tr("Attachments"), self.attachments_note),
            ("signature", self.tr("Signature"), self.signature),
            ("body", self.tr("Body"), body_box),
        ):
            self.form.add_field(key, label, widget, required=key in required)
            self._labels[key] = label
        self.status = QLabel()
        self.status.setObjectName("emptyHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _watch(self) -> None:
        for line in (self.title, self.organ, self.addressee, self.reply_contact):
            line.textChanged.connect(self._edited)
        for box in (self.cc, self.requirements, self.attachments_note, self.signature, self.body):
            box.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.letterhead.toggled.connect(self._edited)
        self.deadline.dateChanged.connect(self._edited)
        self.letter_date.dateChanged.connect(self._edited)
        self.problems.changed.connect(self._edited)

    # -- loading ------------------------------------------------------------------------------------

    def load(self, row: dict[str, Any], links: list[tuple[str, str, str]] | None = None) -> bool:
        """Show ``row``; a draft the officer is editing is not overwritten with what they just saved.

        ``links`` are (table, id, text) of the ledger entries and rectification items it came from.
        True if the fields were filled in again (another letter, or the record changed elsewhere).
        """
        fields = row_fields(row)
        draft = row["status"] == "草稿"
        # The same draft as stored, or one the officer is changing (their next save wins): keep the form.
        same = row["id"] == self.letter_id and draft and (fields == self._stored or self.has_pending())
        self.set_read_only(not draft)
        if links is not None:
            self._show_links(links)
        if same:
            return False
        self._timer.stop()
        self.letter_id = row["id"]
        self._stored = fields
        self._unsaved = False
        self._fill(fields)  # with the inputs' signals blocked: loading is not editing
        self.form.show_problems([])
        self.status.clear()
        return True

    def unload(self) -> None:
        """Forget the letter (it was deleted): nothing is left to save."""
        self._timer.stop()
        self.letter_id = None
        self._stored = {}
        self._unsaved = False

    def _fill(self, fields: dict[str, Any]) -> None:
        for widget in self._inputs():
            widget.blockSignals(True)
        try:
            select_data(self.kind, fields["kind"])
            self.letterhead.setChecked(fields["letterhead"])
            self.title.setText(fields["title"])
            self.organ.setText(fields["organ"])
            self.addressee.setText(fields["addressee"])
            self.cc.setPlainText("\n".join(fields["cc"]))
            self.problems.set_values(fields["problems"])
            self.requirements.setPlainText(fields["requirements"])
            letter_date = QDate.fromString(fields["letter_date"], DATE)
            self.letter_date.setDate(letter_date if letter_date.isValid() else QDate.currentDate())
            deadline = QDate.fromString(fields["deadline"], DATE)
            self.deadline.setDate(deadline if deadline.isValid() else self.letter_date.date().addDays(30))
            self.reply_contact.setText(fields["reply_contact"])
            self.attachments_note.setPlainText("\n".join(fields["attachments_note"]))
            self.signature.setPlainText("\n".join(fields["signature"]))
            self.body.setPlainText("\n".join(fields["body"]))
        finally:
            for widget in self._inputs():
                widget.blockSignals(False)

    def _inputs(self) -> list[QWidget]:
        return [
            self.kind, self.letterhead, self.title, self.organ, self.addressee, self.cc, self.problems,
            self.requirements, self.deadline, self.letter_date, self.reply_contact,
            self.attachments_note, self.signature, self.body,
        ]  # fmt: skip

    def _show_links(self, links: list[tuple[str, str, str]]) -> None:
        if not links:
            self.links.setText(self.tr("Not linked to ledger entries."))
            return
        items = "<br>".join(f'<a href="{table}:{key}">{html.escape(text)}</a>' for table, key, text in links)
        self.links.setText(self.tr("Drafted from:") + "<br>" + items)

    def _link_activated(self, href: str) -> None:
        table, _, key = href.partition(":")
        self.link_activated.emit(table, key)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for line in (self.title, self.organ, self.addressee, self.reply_contact):
            line.setReadOnly(read_only)
        for box in (self.cc, self.requirements, self.attachments_note, self.signature, self.body):
            box.setReadOnly(read_only)
        # Hints on how to type are noise on a letter that can no longer be typed into.
        for widget, hint in self._hints.items():
            widget.setPlaceholderText("" if read_only else hint)
        for widget in (self.kind, self.letterhead, self.deadline, self.letter_date):
            widget.setEnabled(not read_only)
        self.problems.set_read_only(read_only)
        self.regenerate_button.setVisible(not read_only)

    # -- the fields ---------------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData() or "",
            "title": self.title.text().strip(),
            "organ": self.organ.text().strip(),
            "addressee": self.addressee.text().strip(),
            "cc": lines(self.cc.toPlainText()),
            "problems": self.problems.values(),
            "requirements": "\n".join(lines(self.requirements.toPlainText())),
            "deadline": self.deadline.date().toString(DATE),
            "reply_contact": self.reply_contact.text().strip(),
            "letter_date": self.letter_date.date().toString(DATE),
            "attachments_note": lines(self.attachments_note.toPlainText()),
            "letterhead": self.letterhead.isChecked(),
            "signature": lines(self.signature.toPlainText()),
            "body": lines(self.body.toPlainText()),
        }

    def changed_fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.fields().items() if v != self._stored.get(k)}

    def has_pending(self) -> bool:
        """Edits not yet in the database (waiting for the pause, or refused)."""
        return self._timer.isActive() or self._unsaved

    # -- saving -------------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self.read_only or self.letter_id is None:
            return
        self._timer.start()

    def flush(self) -> bool:
        """Save the pending edits now; False (with the problems shown) if the core refused them."""
        self._timer.stop()
        if self.read_only or self.letter_id is None:
            return True
        changed = self.changed_fields()
        if not changed:
            self._unsaved = False
            return True
        try:
            changes = self._ctx.services.update_letter(self.letter_id, **changed)
        except ValidationFailed as failed:
            self._unsaved = True
            problems = [self._labelled(p) for p in failed.problems]
            self.form.show_problems(problems)
            elsewhere = [p for p in problems if p.field not in self.form.problem_labels]
            self.status.setText(
                error_text(ValidationFailed(elsewhere))
                if elsewhere
                else self.tr("Not saved: correct the marked fields.")
            )
            return False
        except HuhangError as exc:
            self._unsaved = True
            self.status.setText(error_text(exc))
            return False
        self._stored.update(changed)
        self._unsaved = False
        self.save_count += 1
        self.form.show_problems([])
        self.status.setText(self.tr("All changes saved."))
        self._ctx.bus.publish(changes, self)
        self.saved.emit(self.letter_id)
        return True

    def _labelled(self, problem: Problem) -> Problem:
        """The problem naming its field as the form does: the core's letter checks name the field by
        its key ("title不能超过200个字符"), which means nothing to an officer."""
        label = self._labels.get(problem.field or "")
        if label is None or "label" not in problem.params:
            return problem
        return replace(problem, params={**problem.params, "label": label})

    def regenerate_body(self) -> None:
        """Write the standard body again, after asking: it replaces what the officer wrote there."""
        if self.read_only or not Messages.confirm(
            self,
            self.tr("Regenerate body"),
            self.tr(
                "Replace the body with the standard text for this kind of letter, built from the "
                "problems, requirements, deadline and reply contact? What you wrote in the body is lost."
            ),
            self.tr("Regenerate"),
        ):
            return
        self.body.setPlainText("\n".join(template_body(self.fields())))
        self.flush()
