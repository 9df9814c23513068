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
    """How one kind of record is listed: its table, how text finds it, what sorts and filters it.

    Text matches any of: the table's own trigram index (or ``instr`` over those columns for one or two
    characters); ``plain_columns`` by substring; ``code_columns`` (codes and numbers) by substring, only
    when the text has a letter or digit; and each ``related`` list's own text search through a foreign
    key (a ledger entry is found by its enterprise's name through the enterprise index, not by scanning
    a join). ``joins`` is added only when a filter or the sort needs a joined column, so the common
    query (all live rows in an indexed order) reads one index.
    """

    table: str
    fts_columns: tuple[str, ...]
    plain_columns: tuple[str, ...]
    sort_columns: dict[str, str]  # public name → SQL expression
    default_sort: str
    filter_columns: dict[str, str]  # public name → SQL expression compared with =
    joins: str = ""
    join_alias: str = ""  # the joined table's prefix in expressions, e.g. "enterprises."
    code_columns: tuple[str, ...] = ()
    related: tuple[tuple[str, ListSpec], ...] = ()  # (foreign-key expression, the related list)
    # Filters that are not a plain equality: name → function(value) → (SQL condition, parameters).
    custom_filters: dict[str, Callable[[Any], tuple[str, list[Any]]]] = field(default_factory=dict)

    def text_condition(self, text: str) -> tuple[str, list[Any]]:
        """Rows whose text matches, as one ``rid IN (…)`` over an index where possible.

        Index-backed matches (the trigram index, related records through their foreign-key index) are
        gathered into one set, so a list in any order checks each row against that set instead of
        reading the row; only substring matches on plain columns need the row itself.
        """
        indexed: list[str] = []
        alternatives: list[str] = []
        params: list[Any] = []
        if len(text) >= 3 and self.fts_columns:
            indexed.append(f"SELECT rowid FROM {self.table}_fts WHERE {self.table}_fts MATCH ?")
            params.append(fts_phrase(text))
            columns = self.plain_columns
        else:
            columns = self.fts_columns + self.plain_columns
        for foreign_key, spec in self.related:
            condition, values = spec.text_condition(text)
            column = foreign_key.split(".")[-1]
            indexed.append(f"SELECT rid FROM {self.table} WHERE {column} IN "
                           f"(SELECT {spec.table}.id FROM {spec.table} WHERE {condition})")
            params += values
        if indexed:
            alternatives.append(f"{self.table}.rid IN ({' UNION ALL '.join(indexed)})")
        if any(ch.isascii() and ch.isalnum() for ch in text):
            columns += self.code_columns
        for column in columns:
            alternatives.append(f"instr(upper({column}), upper(?)) > 0")
            params.append(text)
        return "(" + " OR ".join(alternatives) + ")", params

    def where(self, query: ListQuery) -> tuple[str, list[Any]]:
        clauses = [f"{self.table}.deleted_at IS NULL"]
        params: list[Any] = []
        text = " ".join(query.text.split())
        if text:
            condition, values = self.text_condition(text)
            clauses.append(condition)
            params += values
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

    def needs_join(self, query: ListQuery) -> bool:
        if not self.join_alias:
            return bool(self.joins)
        used = [self.filter_columns.get(name, "") for name, v in query.filters.items() if v not in (None, "")]
        used.append(self.sort_columns.get(query.sort or self.default_sort, ""))
        return any(expr.startswith(self.join_alias) for expr in used)

    def ids_sql(self, query: ListQuery) -> tuple[str, list[Any]]:
        where, params = self.where(query)
        joins = self.joins if self.needs_join(query) else ""
        sql = f"SELECT {self.table}.rid FROM {self.table} {joins} WHERE {where} ORDER BY {self.order(query)}"
        return sql, params
