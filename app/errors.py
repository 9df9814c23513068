"""Expected failures: each carries a code and the data needed to explain it.

The UI and CLI render them with :func:`app.domain.messages.render`. Anything else that escapes is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Literal

from app.domain.messages import render


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field (or with the record when ``field`` is None)."""

    code: str
    field: str | None = None
    params: dict[str, Any] = dataclass_field(default_factory=dict)
    severity: Literal["error", "warning"] = "error"

    def message(self, lang: str = "zh") -> str:
        params = dict(self.params)
        if self.field is not None:
            params.setdefault("field", self.field)
        return render(self.code, params, lang)


class HuhangError(Exception):
    """An expected failure the user can act on."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str = "zh") -> str:
        return render(self.code, self.params, lang)


class ValidationFailed(HuhangError):
    """A record was refused; ``problems`` says what is wrong with which field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]
        super().__init__("validation")

    def message(self, lang: str = "zh") -> str:
        sep = "；" if lang == "zh" else "; "
        return sep.join(p.message(lang) for p in self.problems)


class NotFound(HuhangError):
    pass
