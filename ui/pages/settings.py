"""同步与设置: the officer's name, the UI language, the ledger's and letters' settings, and facts
about this installation.

Sync itself comes with the sync issue; until then this page says the device is offline and not
enrolled. The officer name is a database setting (it is written into records and letters); the UI
language is per-machine UI state in QSettings and takes effect after a restart.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import Changes
from ui import ui_state
from ui.context import AppContext
from ui.operations import run_op
from ui.pages.base import Page
from ui.pages.settings_groups import LedgerSettings, LetterSettings
from ui.store_facts import pending_change_count, sqlite_version


def app_version() -> str:
    try:
        return metadata.version("huhang")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class SettingsPage(Page):
    tables = ("settings",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Sync
        sync_box = QGroupBox(self.tr("Sync"))
        sync_form = QFormLayout(sync_box)
        self.sync_state = QLabel(self.tr("Offline · not enrolled with a server"))
        self.pending = QLabel()
        sync_form.addRow(self.tr("Status:"), self.sync_state)
        sync_form.addRow(self.tr("Changes waiting to be sent:"), self.pending)
        sync_form.addRow(
            "", QLabel(self.tr("Enrolling with your commission's server comes in a later release."))
        )

        # Officer
        officer_box = QGroupBox(self.tr("Officer"))
        officer_form = QFormLayout(officer_box)
        self.officer_name = QLineEdit()
        self.officer_name.setMinimumWidth(320)
        self.officer_name.setMaxLength(50)
        self.officer_name.setPlaceholderText(self.tr("Your name, as it appears on visit records"))
        self.save_officer = QPushButton(self.tr("Save"))
        self.save_officer.clicked.connect(self.store_officer_name)
        self.officer_name.returnPressed.connect(self.store_officer_name)
        officer_row = QHBoxLayout()
        officer_row.addWidget(self.officer_name, 1)
        officer_row.addWidget(self.save_officer)
        officer_form.addRow(self.tr("Officer name:"), officer_row)
        self.officer_saved = QLabel()
        officer_form.addRow("", self.officer_saved)

        # Language
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ui_state.ui_language())))
        self.language.currentIndexChanged.connect(self.store_language)
        self.language_note = QLabel(self.tr("A new language takes effect after Huhang is restarted."))
        self.language_note.setObjectName("emptyHint")
        language_form.addRow(self.tr("Interface language:"), self.language)
        language_form.addRow("", self.language_note)

        # About
        about_box = QGroupBox(self.tr("About this installation"))
        about_form = QFormLayout(about_box)
        self.data_dir = QLineEdit(str(ctx.data_dir))
        self.data_dir.setReadOnly(True)
        self.data_dir.setMinimumWidth(360)
        about_form.addRow(self.tr("Data directory:"), self.data_dir)
        about_form.addRow(self.tr("Huhang version:"), QLabel(app_version()))
        about_form.addRow(self.tr("SQLite version:"), QLabel(sqlite_version(ctx.services)))
        about_form.addRow(
            self.tr("Qt / Python:"), QLabel(f"PySide6 {pyside_version} / Python {platform.python_version()}")
        )

        self._align_captions(sync_form, officer_form, language_form, about_form)
        self.ledger_settings = LedgerSettings(ctx)
        self.letter_settings = LetterSettings(ctx)
        self._align_captions(self.ledger_settings.form, self.letter_settings.form)
        for form in (self.ledger_settings.form, self.letter_settings.form):  # long notes use the width
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left = QVBoxLayout()
        for box in (sync_box, officer_box, language_box, about_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.ledger_settings)
        right.addWidget(self.letter_settings)
        right.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(16, 12, 16, 12)
        columns.setSpacing(16)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.bus.changed.connect(self._changes_seen)

    @staticmethod
    def _align_captions(*forms: QFormLayout) -> None:
        """One caption width for all groups, so the fields line up down the page."""
        captions = []
        for form in forms:
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    captions.append(item.widget())
        width = max(c.sizeHint().width() for c in captions)
        for caption in captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def refresh(self) -> None:
        super().refresh()
        self.officer_name.setText(self.ctx.services.get_setting("officer_name") or "")
        self.ledger_settings.load()
        self.letter_settings.load()
        self._show_pending()

    def _on_changes(self, changes: Changes, origin: QObject | None) -> None:
        """A save on this page needs no reload, which would throw away what is typed in other groups."""
        if origin in (self, self.ledger_settings, self.letter_settings):
            return
        super()._on_changes(changes, origin)

    def _changes_seen(self, _changes: object, _origin: object) -> None:
        if self.isVisible():
            self._show_pending()

    def _show_pending(self) -> None:
        self.pending.setText(str(pending_change_count(self.ctx.services)))

    def store_officer_name(self) -> None:
        name = self.officer_name.text().strip()
        if run_op(self, self.ctx.bus, lambda: self.ctx.services.set_settings(officer_name=name), origin=self):
            # New records name this officer from now on, not only after a restart.
            if name:
                self.ctx.services.actor = name
            self.officer_saved.setText(self.tr("Saved."))

    def store_language(self) -> None:
        ui_state.set_ui_language(str(self.language.currentData()))
        self.language_note.setText(self.tr("Saved. The new language takes effect after Huhang is restarted."))
