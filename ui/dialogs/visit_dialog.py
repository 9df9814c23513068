"""New / edit visit (走访记录): enterprise picker, times, people, findings, demands, photos.

Like the enterprise form, the core's ``validate_visit`` judges the draft a moment after each change
and each problem appears under its field; Save (also Ctrl+S) stays disabled while there are errors.
Photos are only copied into the store when the visit is saved, in the same transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import visit as domain
from app.errors import Problem
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.image_viewer import ImageViewer
from ui.file_dialogs import FileDialogs
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.form_fields import ProblemForm, choice_combo, required_hint, select_data
from ui.widgets.list_edit import ListLineEdit
from ui.widgets.photos import KEY_ROLE, PATH_ROLE, PhotoStrip
from ui.widgets.problem_label import ProblemLabel

VALIDATE_DELAY_MS = 300
STORED = "yyyy-MM-ddTHH:mm"
SHOWN = "yyyy-MM-dd HH:mm"


def _now_minutes() -> QDateTime:
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


class VisitDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        visit_id: str | None = None,
        *,
        enterprise_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id = visit_id
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self._removed: list[str] = []
        self.setWindowTitle(self.tr("Edit visit") if visit_id else self.tr("New visit"))
        self.setMinimumWidth(900)
        self._build()
        if visit_id:
            self._load(ctx.services.visit(visit_id))
            self._touched = set(domain.FIELDS)
        else:
            self._defaults(enterprise_id)
        self._watch()
        self.validate_now()

    def _build(self) -> None:
        services = self._ctx.services
        self.enterprise = EnterprisePicker(services)
        self.kind = choice_combo(domain.KINDS)
        self.started = QDateTimeEdit()
        self.ended = QDateTimeEdit()
        for edit in (self.started, self.ended):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(SHOWN)
        self.officers = ListLineEdit()
        self.officers.setPlaceholderText(self.tr("Separate names with 、"))
        self.departments = ListLineEdit()
        self.departments.setPlaceholderText(self.tr("Separate departments with 、"))
        self.satisfaction = choice_combo(domain.SATISFACTION, empty=self.tr("Not rated"))
        self.follow_up_set = QCheckBox(self.tr("Follow up on"))
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setEnabled(False)
        follow_row = QWidget()
        follow_layout = QHBoxLayout(follow_row)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_up_set)
        follow_layout.addWidget(self.follow_up, 1)
        self.purpose = QLineEdit()
        self.findings = QPlainTextEdit()
        self.demands = QPlainTextEdit()
        self.demands.setPlaceholderText(
            self.tr("One demand per line; each becomes an entry in the problem ledger")
        )
        self.findings.setMinimumHeight(110)
        self.demands.setMinimumHeight(110)

        self.left = ProblemForm()
        self.left.add_field("enterprise_id", self.tr("Enterprise"), self.enterprise, required=True)
        self.left.add_field("kind", self.tr("Visit type"), self.kind, required=True)
        self.left.add_field("started_at", self.tr("Start"), self.started, required=True)
        self.left.add_field("ended_at", self.tr("End"), self.ended)
        self.left.add_field("officers", self.tr("Officers"), self.officers, required=True)
        self.left.add_field("departments", self.tr("Accompanying departments"), self.departments)
        self.left.add_field("satisfaction", self.tr("Satisfaction"), self.satisfaction)
        self.left.add_field("follow_up_on", self.tr("Next follow-up"), follow_row)
        self.right = ProblemForm()
        self.right.add_field("purpose", self.tr("Purpose"), self.purpose)
        self.right.add_field("findings", self.tr("Findings"), self.findings)
        self.right.add_field("demands", self.tr("Enterprise demands"), self.demands)

        self.photos = PhotoStrip()
        self.photos.open_requested.connect(lambda path: ImageViewer.view(self, Path(path)))
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos, 1)
        photo_row.addLayout(photo_buttons)
        self.photo_form = ProblemForm()
        photo_box = QWidget()
        photo_box.setLayout(photo_row)
        photo_row.setContentsMargins(0, 0, 0, 0)
        self.photo_form.add_field("photos", self.tr("Photos"), photo_box)
        self.photo_form.align_captions_with(self.left)

        self.general_problems = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(self.left, 0, 0)
        grid.addLayout(self.right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(self.photo_form)
        layout.addWidget(self.general_problems)
        layout.addWidget(required_hint())
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)

    # -- loading --------------------------------------------------------------------------------------

    def _defaults(self, enterprise_id: str | None) -> None:
        start = _now_minutes()
        self.started.setDateTime(start)
        self.ended.setDateTime(start.addSecs(3600))
        self.follow_up.setDate(QDate.currentDate().addDays(14))
        officer = self._ctx.services.get_setting("officer_name") or ""
        if officer:
            self.officers.set_values([officer])
        if enterprise_id:
            row = self._ctx.services.enterprise(enterprise_id)
            self.enterprise.set_enterprise(row["id"], row["name"])

    def _load(self, row: dict[str, Any]) -> None:
        self.enterprise.set_enterprise(row["enterprise_id"], row["enterprise_name"])
        select_data(self.kind, row["kind"])
        self.started.setDateTime(QDateTime.fromString(row["started_at"], STORED))
        ended = row.get("ended_at") or ""
        self.ended.setDateTime(
            QDateTime.fromString(ended, STORED) if ended else self.started.dateTime().addSecs(3600)
        )
        self.officers.set_values(row["officers"])
        self.departments.set_values(row["departments"])
        self.purpose.setText(row["purpose"])
        self.findings.setPlainText(row["findings"])
        self.demands.setPlainText("\n".join(row["demands"]))
        select_data(self.satisfaction, row["satisfaction"])
        if row["follow_up_on"]:
            self.follow_up_set.setChecked(True)
            self.follow_up.setEnabled(True)
            self.follow_up.setDate(QDate.fromString(row["follow_up_on"], "yyyy-MM-dd"))
        else:
            self.follow_up.setDate(QDate.currentDate().addDays(14))
        store = self._ctx.services
        for attachment in row["attachments"]:
            self.photos.add_photo(
                store.blob_path(attachment["sha256"]), attachment["filename"], attachment["id"]
            )

    def _watch(self) -> None:
        self.enterprise.changed.connect(lambda: self._edited("enterprise_id"))
        self.kind.currentIndexChanged.connect(lambda _i: self._edited("kind"))
        self.started.dateTimeChanged.connect(self._start_moved)
        self.ended.dateTimeChanged.connect(lambda _v: self._edited("ended_at"))
        self.officers.textChanged.connect(lambda _t: self._edited("officers"))
        self.departments.textChanged.connect(lambda _t: self._edited("departments"))
        self.purpose.textChanged.connect(lambda _t: self._edited("purpose"))
        self.findings.textChanged.connect(lambda: self._edited("findings"))
        self.demands.textChanged.connect(lambda: self._edited("demands"))
        self.satisfaction.currentIndexChanged.connect(lambda _i: self._edited("satisfaction"))
        self.follow_up_set.toggled.connect(self._follow_up_toggled)
        self.follow_up.dateChanged.connect(lambda _d: self._edited("follow_up_on"))
        self._last_start = self.started.dateTime()

    def _start_moved(self, start: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the visit's length."""
        length = self._last_start.secsTo(self.ended.dateTime())
        self._last_start = start
        if length >= 0:
            self.ended.setDateTime(start.addSecs(length))
        self._edited("started_at")

    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up.setEnabled(on)
        self._edited("follow_up_on")

    # -- fields and validation ----------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        return {
            "enterprise_id": self.enterprise.enterprise_id() or "",
            "kind": self.kind.currentData() or "",
            "started_at": self.started.dateTime().toString(STORED),
            "ended_at": self.ended.dateTime().toString(STORED),
            "officers": self.officers.values(),
            "departments": self.departments.values(),
            "purpose": self.purpose.text(),
            "findings": self.findings.toPlainText(),
            "demands": [line.strip() for line in self.demands.toPlainText().splitlines() if line.strip()],
            "satisfaction": self.satisfaction.currentData() or "",
            "follow_up_on": self.follow_up.date().toString("yyyy-MM-dd")
            if self.follow_up_set.isChecked()
            else "",
        }

    def new_photos(self) -> list[Path]:
        return [Path(item.data(PATH_ROLE)) for item in self.photos.items() if item.data(KEY_ROLE) is None]

    def _edited(self, key: str) -> None:
        self.dirty = True
        self._touched.add(key)
        self.save_button.setEnabled(False)
        self._timer.start()

    def validate_now(self) -> None:
        self._timer.stop()
        problems = self._ctx.services.validate_visit(**self.fields())
        self._show(problems)

    def _show(self, problems: list[Problem], *, show_all: bool = False) -> None:
        picker_error = self.enterprise.error()
        if picker_error:  # "no such name" says more than the core's "enterprise is required"
            problems = [p for p in problems if p.field != "enterprise_id"]
        self.problems = problems
        extra = {"enterprise_id": [picker_error]} if picker_error else {}
        visible = None if show_all else self._touched
        for form in (self.left, self.right):
            form.show_problems(problems, visible_fields=visible, extra_errors=extra)
        self.general_problems.show_problems([p for p in problems if p.field is None])
        self.save_button.setEnabled(not self.has_errors())

    def has_errors(self) -> bool:
        return bool(self.enterprise.error()) or any(p.severity == "error" for p in self.problems)

    # -- photos -------------------------------------------------------------------------------------

    def choose_photos(self) -> None:
        for path in FileDialogs.open_images(self):
            self.add_photo(path)

    def add_photo(self, path: Path) -> None:
        self.dirty = True
        self.photos.add_photo(path, path.name)

    def remove_selected_photo(self) -> None:
        for item in self.photos.selectedItems():
            self.dirty = True

            key = item.data(KEY_ROLE)
            if key is not None:
                self._removed.append(str(key))
            self.photos.takeItem(self.photos.row(item))

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> Changes:
        services = self._ctx.services
        if self._id:
            return services.update_visit(
                self._id, add_photos=self.new_photos(), remove_attachments=self._removed, **self.fields()
            )
        return services.create_visit(photos=self.new_photos(), **self.fields())

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        visit_id: str | None = None,
        *,
        enterprise_id: str | None = None,
    ) -> str | None:
        """Show the form; the id of the saved visit, or None if the officer cancelled."""
        dialog = cls(ctx, visit_id, enterprise_id=enterprise_id, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        dialog.deleteLater()
        return saved
