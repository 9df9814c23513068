"""Chinese substring search and list queries, done in SQL.

FTS5's trigram tokenizer finds any substring of three or more characters through the index. One- and
two-character queries (a surname, 天河) cannot use it, so they fall back to ``instr`` over the base
table's columns, which is a scan but a fast one at 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def fts_phrase(text: str) -> str:
    """Quote user text as one FTS5 phrase, so operators in it are just characters."""
    return '"' + text.replace('"', '""') + '"'


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: search text, exact-match filters, and the sort."""

    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False


@dataclass(frozen=True)
class ListSpec:
    """How one kind of record is listed: its table, searchable columns and sortable columns."""

    table: str
    fts_columns: tuple[str, ...]
    # Extra columns matched by substring even when the FTS index is used (codes, numbers).
    plain_columns: tuple[str, ...]
    sort_columns: dict[str, str]  # public name → SQL expression
    default_sort: str
    filter_columns: dict[str, str]  # public name → SQL expression compared with =
    joins: str = ""
    # Filters that are not a plain equality: name → function(value) → (SQL condition, parameters).
    custom_filters: dict[str, Callable[[Any], tuple[str, list[Any]]]] = field(default_factory=dict)

    def where(self, query: ListQuery) -> tuple[str, list[Any]]:
        clauses = [f"{self.table}.deleted_at IS NULL"]
        params: list[Any] = []
        text = " ".join(query.text.split())
        if text:
            alternatives = []
            if len(text) >= 3 and self.fts_columns:
                alternatives.append(
                    f"{self.table}.rid IN (SELECT rowid FROM {self.table}_fts WHERE {self.table}_fts MATCH ?)"
                )
                params.append(fts_phrase(text))
                columns = self.plain_columns
            else:
                columns = self.fts_columns + self.plain_columns
            for column in columns:
                alternatives.append(f"instr(upper({column}), upper(?)) > 0")
                params.append(text)
            clauses.append("(" + " OR ".join(alternatives) + ")")
        for name, value in query.filters.items():
            if value in (None, ""):
                continue
            if name in self.custom_filters:
                condition, values = self.custom_filters[name](value)
                clauses.append(condition)
                params += values
                continue
            if name not in self.filter_columns:
                raise ValueError(f"cannot filter {self.table} by {name!r}")
            clauses.append(f"{self.filter_columns[name]} = ?")
            params.append(value)
        return " AND ".join(clauses), params

    def order(self, query: ListQuery) -> str:
        column = self.sort_columns.get(query.sort or self.default_sort, self.sort_columns[self.default_sort])
        direction = "DESC" if query.descending else "ASC"
        return f"{column} {direction}, {self.table}.rid {direction}"

    def ids_sql(self, query: ListQuery) -> tuple[str, list[Any]]:
        where, params = self.where(query)
        sql = f"SELECT {self.table}.rid FROM {self.table} {self.joins} WHERE {where} ORDER BY {self.order(query)}"
        return sql, params
