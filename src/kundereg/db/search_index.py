"""Customer search: a trigram FTS5 index on SQLite, a LIKE scan (pg_trgm-indexable) elsewhere.

The index holds ``customer.search_doc`` (see ``domain.search_text``) as external content and
is kept in sync by triggers, so an edited or deleted customer never lingers in it.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..domain.access import mask_email, mask_phone
from ..domain.records import CustomerHit
from ..domain.search_text import _UNSPACED, SUFFIX_MARK, SearchQuery, fts_exact, fts_prefix, fts_substring

FTS_TABLE = "customer_fts"

SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "search_doc, content='customer', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON customer BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_doc) VALUES (new.id, new.search_doc); END",
    f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON customer BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_doc) VALUES ('delete', old.id, old.search_doc); END",
    f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF search_doc ON customer BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_doc) VALUES ('delete', old.id, old.search_doc); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_doc) VALUES (new.id, new.search_doc); END",
)
SQLITE_DROP = (
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_au",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
POSTGRES_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_customer_search_doc_trgm ON customer USING gin (search_doc gin_trgm_ops)",
)
POSTGRES_DROP = ("DROP INDEX IF EXISTS ix_customer_search_doc_trgm",)


def create(conn: Connection) -> None:
    statements = {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}.get(conn.dialect.name, ())
    for statement in statements:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}.get(conn.dialect.name, ())
    for statement in statements:
        conn.exec_driver_sql(statement)


def is_index_table(name: str) -> bool:
    """Tables the FTS module owns; Alembic must not try to drop them."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def alembic_include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The FTS5 virtual table and its shadow tables come from raw DDL, not from the models."""
    return not (type_ == "table" and is_index_table(name))


_HIT_COLUMNS = "c.id, c.first_name, c.last_name, c.company_name, c.mobile, c.email"

# Three disjoint tiers, best first, each in index order. UNION ALL without ORDER BY is
# evaluated part by part, so LIMIT stops as soon as a page is full.
_SQLITE_RANKED = f"""
SELECT m.tier, {_HIT_COLUMNS} FROM (
    SELECT rowid AS id, 0 AS tier FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :exact
    UNION ALL
    SELECT rowid, 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :prefix
    UNION ALL
    SELECT rowid, 2 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :substring
    LIMIT :limit OFFSET :offset
) AS m JOIN customer AS c ON c.id = m.id
ORDER BY m.tier, c.id
"""

_LIKE_RANKED = f"""
SELECT m.tier, {_HIT_COLUMNS} FROM (
    SELECT id, 0 AS tier FROM customer WHERE {{exact}}
    UNION ALL
    SELECT id, 1 FROM customer WHERE {{prefix}} AND NOT ({{exact}})
    UNION ALL
    SELECT id, 2 FROM customer WHERE {{substring}} AND NOT ({{prefix}})
    LIMIT :limit OFFSET :offset
) AS m JOIN customer AS c ON c.id = m.id
ORDER BY m.tier, c.id
"""

_BROWSE = f"SELECT 0, {_HIT_COLUMNS} FROM customer AS c ORDER BY c.sort_key, c.id LIMIT :limit OFFSET :offset"


def sqlite_ranked_sql() -> str:
    """The exact statement the search runs, for the benchmark's raw-SQL comparison."""
    return _SQLITE_RANKED


def sqlite_params(query: SearchQuery, limit: int, offset: int) -> dict[str, object]:
    exact, prefix, substring = fts_exact(query), fts_prefix(query), fts_substring(query)
    return {
        "exact": exact,
        "prefix": f"({prefix}) NOT ({exact})",
        "substring": f"({substring}) NOT ({prefix})",
        "limit": limit,
        "offset": offset,
    }


def search(conn: Connection, query: SearchQuery, limit: int, offset: int = 0) -> list[CustomerHit]:
    if query.empty:
        rows = conn.execute(text(_BROWSE), {"limit": limit, "offset": offset})
    elif conn.dialect.name == "sqlite":
        # The statement is fixed and the page small: hand it to the driver as it is (no text()
        # parsing and compiling per call) and fetch the page in one call, not row by row.
        params = sqlite_params(query, limit, offset)
        rows = conn.exec_driver_sql(_SQLITE_RANKED, params).fetchall()
    else:
        rows = _like_search(conn, query, limit, offset)
    # Full phone and email never leave this function: search shows them masked.
    return [CustomerHit(row[1], row[2], row[3], row[4], mask_phone(row[5]), mask_email(row[6])) for row in rows]


def _like_search(conn: Connection, query: SearchQuery, limit: int, offset: int):
    params: dict[str, object] = {"limit": limit, "offset": offset}

    def all_words(kind: str, patterns) -> str:
        parts = []
        for i, word in enumerate(query.words):
            alternatives = []
            for j, pattern in enumerate(patterns(word, _like_escape(word))):
                key = f"{kind}{i}_{j}"
                params[key] = pattern
                alternatives.append(f"search_doc LIKE :{key} ESCAPE '\\'")
            parts.append("(" + " OR ".join(alternatives) + ")")
        return " AND ".join(parts)

    def substring(word: str, escaped: str) -> list[str]:
        # As on SQLite (search_text.fts_substring): a word under three characters matches only a
        # word start, or in a script without spaces the start of an indexed suffix.
        if len(word) >= 3:
            return [f"%{escaped}%"]
        if _UNSPACED.search(word) and len(word) == 2:
            return [f"%  {escaped}%", f"%{SUFFIX_MARK}{escaped}%"]
        return [f"%  {escaped}%"]

    sql = _LIKE_RANKED.format(
        exact=all_words("e", lambda w, e: [f"%  {e} %"]),
        prefix=all_words("p", lambda w, e: [f"%  {e}%"]),
        substring=all_words("s", substring),
    )
    return conn.execute(text(sql), params)


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def optimize(conn: Connection) -> None:
    """Merge index segments so that deleted entries are physically dropped (used by erasure)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
