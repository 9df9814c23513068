"""The selected ledger entry: every field, its links, its timeline and the steps it may take next.

The step buttons are exactly ``Services.allowed_actions`` for the entry as stored now, so a step the
workflow forbids has no button at all. Each button asks for that step's parameters
(:class:`~ui.dialogs.ledger_action_dialog.ActionDialog`) and hands them to ``Services.transition``; if
the core still refuses — the entry changed elsewhere meanwhile — its message is shown as it is.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import workflow
from app.domain.deadlines import format_limit
from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.ledger_action_dialog import ActionDialog
from ui.i18n import fill
from ui.models.ledger_text import OVERDUE_COLOUR, SOON_COLOUR, minutes, time_left, urgency
from ui.models.ledger_timeline import TimelineModel
from ui.operations import run_op
from ui.pages.ledger_data import letters_of_entry
from ui.widgets.detail_fields import DetailGrid

Row = dict[str, Any]
FORWARD = ("dispatch", "accept", "feedback", "rate", "close")  # the main line; side paths look plainer


def link(kind: str, target: str, text: str) -> str:
    return f'<a href="{kind}:{html.escape(target)}">{html.escape(text)}</a>'


class LedgerDetail(QStackedWidget):
    edit_requested = Signal(str)
    new_rectification_requested = Signal(str)
    letter_requested = Signal(str)
    enterprise_activated = Signal(str)
    visit_activated = Signal(str)
    rectification_activated = Signal(str)
    letter_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entry_id: str | None = None
        self.entry: Row | None = None
        self.departments: list[str] = []  # offered when dispatching; the page keeps it current
        self.action_buttons: dict[str, QPushButton] = {}
        empty = QLabel(self.tr("Select an entry in the list to see its details, timeline and next steps."))
        empty.setObjectName("emptyHint")
        empty.setWordWrap(True)
        self.addWidget(empty)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)

        self.steps_caption = QLabel(self.tr("Next step:"))
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(6)
        self.no_steps = QLabel(self.tr("none — the entry is closed"))
        self.no_steps.setObjectName("emptyHint")
        self.rectify_button = QPushButton(self.tr("New rectification item"))
        self.rectify_button.clicked.connect(lambda: self._request(self.new_rectification_requested))
        self.letter_button = QPushButton(self.tr("Draft letter"))
        self.letter_button.setToolTip(self.tr("Draft a supervision-suggestion letter about this entry"))
        self.letter_button.clicked.connect(lambda: self._request(self.letter_requested))
        steps = QHBoxLayout()
        steps.addWidget(self.steps_caption)
        steps.addLayout(self.steps_row)
        steps.addWidget(self.no_steps)
        steps.addStretch(1)
        steps.addWidget(self.rectify_button)
        steps.addWidget(self.letter_button)

        self.grid = self._build_grid()
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 8, 0)
        fields_layout.addLayout(self.grid)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)

        self.timeline_model = TimelineModel(self)
        self.timeline_view = self._timeline_view()
        self.timeline_caption = QLabel(self.tr("Timeline"))
        self.timeline_caption.setObjectName("sectionCaption")
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(8, 0, 0, 0)
        timeline_layout.addWidget(self.timeline_caption)
        timeline_layout.addWidget(self.timeline_view, 1)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(scroll)
        self.body.addWidget(timeline)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([540, 460])  # a little more for the fields, which wrap badly when narrow
        self.body.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(header)
        layout.addLayout(steps)
        layout.addWidget(self.body, 1)
        self.addWidget(page)

    def _build_grid(self) -> DetailGrid:
        grid = DetailGrid(columns=2)
        for key, label in (
            ("status", self.tr("Status")),
            ("matter_type", self.tr("Matter type")),
            ("scenario", self.tr("Problem scenario")),
            ("source", self.tr("Source")),
            ("accepted_on", self.tr("Accepted")),
            ("limit", self.tr("Time limit")),
            ("department", self.tr("Responsible department")),
            ("handler", self.tr("Handler")),
            ("satisfaction", self.tr("Satisfaction")),
            ("closed_at", self.tr("Closed at")),
        ):
            grid.add(key, label).setTextFormat(Qt.TextFormat.PlainText)
        for key, label in (
            ("due_on", self.tr("Due date")),
            ("escalation", self.tr("Escalation")),
            ("enterprise", self.tr("Enterprise")),
            ("details", self.tr("Details")),
            ("return_visit", self.tr("Return visit")),
            ("reply", self.tr("Reply")),
            ("notes", self.tr("Notes")),
        ):
            grid.add(key, label, wide=True).setTextFormat(Qt.TextFormat.PlainText)
        for key, label in (
            ("visit", self.tr("From visit")),
            ("rectifications", self.tr("Rectification items")),
            ("letters", self.tr("Letters")),
        ):
            value = grid.add(key, label, wide=True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            value.linkActivated.connect(self._link_activated)
        enterprise = grid.values["enterprise"]
        enterprise.setTextFormat(Qt.TextFormat.RichText)
        enterprise.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        enterprise.linkActivated.connect(self._link_activated)
        return grid

    def _timeline_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.timeline_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        return view

    # -- showing --------------------------------------------------------------------------------------

    def _request(self, signal: Any) -> None:
        if self.entry_id:
            signal.emit(self.entry_id)

    def show_entry(self, entry_id: str | None) -> None:
        self.entry_id = entry_id
        self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        row = None
        if self.entry_id:
            try:
                row = services.entry(self.entry_id)
            except NotFound:
                row = None
        if row is None or row.get("deleted_at"):
            self.entry_id = None
            self.entry = None
            self.setCurrentIndex(0)
            return
        self.entry = row
        self.title.setText(f"{row['number']}　{row['summary']}")
        self._show_fields(row)
        self._show_links(row)
        self.timeline_model.set_events(services.timeline(row["id"]))
        self.timeline_caption.setText(fill(self.tr("Timeline (%1)"), self.timeline_model.rowCount()))
        self._show_steps([a.name for a in services.allowed_actions(row["id"])])
        self.setCurrentIndex(1)

    def _show_fields(self, row: Row) -> None:
        grid = self.grid
        for key in ("status", "matter_type", "scenario", "department", "handler", "satisfaction"):
            grid.set(key, row.get(key) or "")
        grid.set("source", " · ".join(v for v in (row["source"], row.get("source_ref") or "") if v))
        grid.set("accepted_on", minutes(row["accepted_on"]))
        grid.set("limit", format_limit(int(row["limit_days"]), row["limit_unit"]))
        grid.set("closed_at", minutes(row.get("closed_at")))
        grid.set("details", row.get("details") or "")
        grid.set("return_visit", row.get("return_visit") or "")
        grid.set("reply", row.get("reply") or "")
        grid.set("notes", row.get("notes") or "")
        due = row["due_on"]
        left = time_left(row)
        text = f"{due}　{left}" if left else due
        if row.get("due_provisional"):
            text += "\n" + self.tr(
                "Provisional: the holiday arrangement for that year is not published yet, so Monday to "
                "Friday were counted as working days. It is recomputed once the arrangement is known."
            )
        grid.set("due_on", text)
        tone = urgency(row)
        colour = OVERDUE_COLOUR if tone == "overdue" else SOON_COLOUR if tone == "soon" else ""
        grid.values["due_on"].setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        level = row.get("escalation_level") or ""
        if level:
            grid.set("escalation", f"⚑ {level}：{row.get('escalation_reason') or ''}")
            grid.values["escalation"].setStyleSheet(f"color: {OVERDUE_COLOUR};")
        else:
            grid.set("escalation", self.tr("Not escalated"))
            grid.values["escalation"].setStyleSheet("")
        grid.values["enterprise"].setText(link("enterprise", row["enterprise_id"], row["enterprise_name"]))

    def _show_links(self, row: Row) -> None:
        services = self._ctx.services
        visit_text = ""
        if row.get("visit_id"):
            try:
                visit = services.visit(row["visit_id"])
            except NotFound:
                visit = None
            if visit is not None and not visit.get("deleted_at"):
                visit_text = link("visit", visit["id"], f"{minutes(visit['started_at'])} {visit['kind']}")
        self.grid.values["visit"].setText(visit_text or "—")
        items = services.rectifications(entry_id=row["id"])
        self.grid.values["rectifications"].setText(
            "<br>".join(
                link("rect", item["id"], f"{item['status']}　{item['deadline']}　{item['text']}")
                for item in items
            )
            or "—"
        )
        letters = letters_of_entry(services, row["id"])
        draft = self.tr("(draft)")
        self.grid.values["letters"].setText(
            "<br>".join(
                link(
                    "letter",
                    letter["id"],
                    f"{letter['kind']}　{letter['number'] or draft}　{letter['title']}",
                )
                for letter in letters
            )
            or "—"
        )

    def _show_steps(self, allowed: list[str]) -> None:
        for button in self.action_buttons.values():
            self.steps_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        for name in allowed:
            button = QPushButton(workflow.ACTIONS[name].label)
            button.setObjectName("primaryButton" if name in FORWARD else "")
            button.clicked.connect(lambda _checked=False, n=name: self.run_action(n))
            self.steps_row.addWidget(button)
            button.show()  # at once, not when the layout gets round to it
            self.action_buttons[name] = button
        self.no_steps.setVisible(not allowed)

    def _link_activated(self, href: str) -> None:
        kind, _, target = href.partition(":")
        signal = {
            "enterprise": self.enterprise_activated,
            "visit": self.visit_activated,
            "rect": self.rectification_activated,
            "letter": self.letter_activated,
        }.get(kind)
        if signal is not None and target:
            signal.emit(target)

    # -- workflow steps -----------------------------------------------------------------------------

    def run_action(self, action: str) -> bool:
        """Ask for the step's parameters and take it; False if cancelled or refused."""
        if not self.entry_id:
            return False
        services = self._ctx.services
        entry = services.entry(self.entry_id)
        params = ActionDialog.ask(self, entry, action, self.departments)
        if params is None:
            return False
        entry_id = self.entry_id
        changes = run_op(self, self._ctx.bus, lambda: services.transition(entry_id, action=action, **params))
        self.refresh()
        return changes is not None
