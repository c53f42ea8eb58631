"""The warehouse's schema, from its one source: the DDL and ``COMMENT ON`` text in ``sql/schema/``.

Tables, columns, types, nullability, keys, the values a CHECK allows and the bilingual
descriptions are read from DuckDB's own catalog of those files. The asset specs and their
column schemas, the audit, the extracts, the release's Table Schemas and its data dictionary
all read them from here: adding a column is its DDL, its comment and its row builder.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import duckdb

from pipelines.sql import read_sql

_ALLOWED_VALUES = re.compile(r"^\(\"?(\w+)\"? IN \((.*)\)\)$")
_QUOTED = re.compile(r"'((?:[^']|'')*)'")


@dataclass
class Column:
    name: str
    data_type: str
    nullable: bool
    title: str
    """The Chinese half of the column's comment."""
    description: str
    """The English half of the column's comment."""
    allowed: tuple[str, ...] = ()
    """The only values a CHECK (column IN (…)) lets the column hold; empty when there is no such list."""

    def allowed_note(self) -> str:
        """The allowed values as the UI and the dictionary write them (one of: a, b), or an empty string."""
        return f"one of: {', '.join(self.allowed)}" if self.allowed else ""


@dataclass
class Table:
    name: str
    title: str
    description: str
    columns: list[Column] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[tuple[list[str], str, list[str]]] = field(default_factory=list)
    is_view: bool = False

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def sort_key(self) -> list[str]:
        """What its rows are ordered by wherever order matters (release files): the primary key, or for a view,
        which has none, every column."""
        return self.primary_key or [c.name for c in self.columns]


def _split_comment(comment: str | None) -> tuple[str, str]:
    chinese, _, english = (comment or "").partition(" / ")
    return chinese.strip(), english.strip()


def read_catalog(con: duckdb.DuckDBPyConnection) -> dict[str, Table]:
    """The tables of the main schema of the database behind ``con``, in the order they were created."""
    tables: dict[str, Table] = {}
    for table, table_comment, column, data_type, nullable, comment in con.execute(read_sql("schema/columns")).fetchall():
        if table not in tables:
            tables[table] = Table(table, *_split_comment(table_comment))
        tables[table].columns.append(Column(column, data_type, nullable, *_split_comment(comment)))
    for table, kind, columns, referenced, referenced_columns, expression in con.execute(read_sql("schema/constraints")).fetchall():
        if kind == "PRIMARY KEY":
            tables[table].primary_key = list(columns)
        elif kind == "FOREIGN KEY":
            tables[table].foreign_keys.append((list(columns), referenced, list(referenced_columns)))
        elif (allowed := _ALLOWED_VALUES.match(expression or "")) is not None:
            column = tables[table].column(allowed.group(1))
            column.allowed = tuple(value.replace("''", "'") for value in _QUOTED.findall(allowed.group(2)))
    return tables


def read_views(con: duckdb.DuckDBPyConnection) -> dict[str, Table]:
    """The views of the main schema of the database behind ``con``, in the order they were created."""
    views: dict[str, Table] = {}
    for view, view_comment, column, data_type, nullable, comment in con.execute(read_sql("schema/view_columns")).fetchall():
        if view not in views:
            views[view] = Table(view, *_split_comment(view_comment), is_view=True)
        views[view].columns.append(Column(column, data_type, nullable, *_split_comment(comment)))
    return views


VIEWS = ("meeting_people", "organization_activity", "initiative_spread", "people_directory")
"""The views analysts query (``sql/views/``), in the order they are created."""


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """The views, in the database in use, replacing any of the same name."""
    for view in VIEWS:
        con.execute(read_sql(f"views/{view}"))


@functools.cache
def declared_database() -> duckdb.DuckDBPyConnection:
    """An empty in-memory database of the declared tables, comments and views, made once per process."""
    con = duckdb.connect()
    con.execute(read_sql("schema/tables"))
    con.execute(read_sql("schema/comments"))
    create_views(con)
    return con


@functools.cache
def declared() -> dict[str, Table]:
    """The published tables as ``sql/schema/`` declares them."""
    tables = read_catalog(declared_database())
    if unkeyed := [name for name, table in tables.items() if not table.primary_key]:
        # The extracts are ordered by the primary key, so that the same data gives the same files.
        raise ValueError(f"every published table needs a primary key; sql/schema/tables.sql declares none for {', '.join(unkeyed)}")
    return tables


def table_names() -> tuple[str, ...]:
    """The published tables, parents before children."""
    return tuple(declared())


def report_tables() -> tuple[str, ...]:
    """The tables whose rows are parsed from a report: those holding its ``report_id``."""
    return tuple(name for name, table in declared().items() if any(c.name == "report_id" for c in table.columns))
