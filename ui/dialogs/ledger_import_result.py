"""The result of a ledger import: the enterprise import's dialog, plus the enterprises it had to add.

A ledger row may name an enterprise the registry lacks; the import adds it, and the officer should
know, because those registry records have only what the ledger said about them.
"""

from __future__ import annotations

from typing import Any

from ui.dialogs.import_result import ImportResultDialog
from ui.i18n import fill, message_lang


class LedgerImportResultDialog(ImportResultDialog):
    def summary_text(self, result: Any) -> str:
        text = super().summary_text(result)
        created = getattr(result, "enterprises_created", 0)
        if created:
            text += ("" if message_lang() == "zh" else " ") + fill(
                self.tr(
                    "%1 enterprise(s) named in the file were not in the registry and were added; "
                    "complete their details in the enterprise register."
                ),
                created,
            )
        return text
