"""The SQLite knowledge base: built from `knowledge/` with sqlite-utils, read-only when answering.

A build writes a new file next to the old one and swaps it in only when it is
complete, so a bad data file never costs the knowledge base already built, and
that last good one keeps answering (`ensure_served`) until the files are fixed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answer import Source
from bot.knowledge.files import (
    Fact,
    Intent,
    Knowledge,
    KnowledgeError,
    Metric,
    data_files,
    load_knowledge,
)

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = 7


def fingerprint(knowledge_dir: Path) -> str:
    """A digest of the data files' contents: changes whenever a fact does."""
    digest = hashlib.sha256()
    for path in data_files(knowledge_dir):
        digest.update(path.name.encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build(knowledge_dir: Path, database_path: Path) -> Knowledge:
    """Check the data files and (re)build the database; raises KnowledgeError and keeps the old one."""
    knowledge = load_knowledge(knowledge_dir)
    database_path.parent.mkdir(parents=True, exist_ok=True)
    partial = database_path.with_name(database_path.name + f".building-{os.getpid()}")
    partial.unlink(missing_ok=True)
    # Imported here: sqlite-utils (and the numpy it pulls in) is for building; answering reads
    # with the standard library, which keeps start-up of a bot with a built database fast.
    import sqlite_utils

    try:
        db = sqlite_utils.Database(partial)
        # A half-written file is never used (it is swapped in only when complete), so it needs no
        # journal and no sync per batch; one fsync before the swap keeps what is swapped in whole.
        db.conn.execute("pragma journal_mode = off")
        db.conn.execute("pragma synchronous = off")
        _write(db, knowledge, fingerprint(knowledge_dir))
        db.conn.close()
        _fsync(partial)
        os.replace(partial, database_path)
    finally:
        partial.unlink(missing_ok=True)
    return knowledge


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _row(record: object) -> dict:
    """A dataclass as a flat dict (asdict deep-copies every field, which dominated large builds)."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def _write(db: sqlite_utils.Database, kb: Knowledge, digest: str) -> None:
    db["sources"].insert_all((_row(s) for s in kb.sources), pk="id")
    db["metrics"].insert_all((_row(m) for m in kb.metrics), pk="metric")
    db["facts"].insert_all(
        (
            {
                **_row(f),
                "key": f"{f.source}/{f.id}",
                "subject": f.subjects[0],
                "subjects": "; ".join(f.subjects),
                "qualifiers": "; ".join(f.qualifiers),
                "ahead": "; ".join(f.ahead),
                "behind": "; ".join(f.behind),
            }
            for f in kb.facts
        ),
        pk="key",
        foreign_keys=[("source", "sources", "id"), ("metric", "metrics", "metric")],
        columns={"value": float, "value_to": float},
    )
    db["facts"].create_index(["metric", "period"])
    db["facts"].create_index(["metric", "subject"])
    # Who each fact concerns, one row per subject: a question about one company reads only its
    # facts, however many other companies the knowledge base holds.
    db["fact_subjects"].insert_all(
        (
            {"fact": f"{f.source}/{f.id}", "subject": s, "metric": f.metric, "period": f.period}
            for f in kb.facts
            for s in f.subjects
        ),
        foreign_keys=[("fact", "facts", "key")],
    )
    db["fact_subjects"].create_index(["subject", "metric", "period"])
    db["intents"].insert_all((_row(i) for i in kb.intents), pk="intent")
    db["phrasings"].insert_all(
        ({"intent": i, "phrasing": p} for i, p in kb.phrasings),
        foreign_keys=[("intent", "intents", "intent")],
    )
    db["companies"].insert_all(({"name": n, "aliases": "; ".join(a)} for n, a in kb.companies), pk="name")
    db["synonyms"].insert_all(({"word": w, "means": m} for w, m in kb.synonyms))
    db["fillers"].insert_all({"phrase": p} for p in kb.fillers)
    db["scopes"].insert_all(
        (
            {
                "phrase": p,
                "label": label,
                "place": label in kb.places,
                "nickname": label in kb.nicknames,
                "product": label in kb.products,
            }
            for p, label in kb.scopes
        ),
        columns={"phrase": str, "label": str, "place": int, "nickname": int, "product": int},
    )
    db["lexicon"].insert_all(
        ({"phrase": p, "role": r, "means": m} for p, r, m in kb.lexicon),
        columns={"phrase": str, "role": str, "means": str},
    )
    db["meta"].insert_all(
        [
            {"key": "schema", "value": str(SCHEMA_VERSION)},
            {"key": "fingerprint", "value": digest},
            {"key": "built_at", "value": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            {"key": "facts", "value": str(len(kb.facts))},
        ],
        pk="key",
    )


def is_stale(knowledge_dir: Path, database_path: Path) -> bool:
    """Missing, older than a data file, or built from other data or by another schema."""
    if not database_path.is_file():
        return True
    built = database_path.stat().st_mtime
    if any(p.is_file() and p.stat().st_mtime > built for p in data_files(knowledge_dir)):
        return True
    try:
        meta = read_meta(database_path)
    except sqlite3.DatabaseError:
        return True  # corrupt or not a database: rebuild it
    return meta.get("schema") != str(SCHEMA_VERSION) or meta.get("fingerprint") != fingerprint(knowledge_dir)


def ensure_built(knowledge_dir: Path, database_path: Path) -> bool:
    """Build when stale; True when a build happened."""
    if not is_stale(knowledge_dir, database_path):
        return False
    build(knowledge_dir, database_path)
    return True


def ensure_served(knowledge_dir: Path, database_path: Path) -> tuple[str, ...]:
    """Build when stale, like `ensure_built`. When the files do not build but a good knowledge
    base was built before, keep it, so a bad edit never takes the bot down: returns the files'
    problems (empty when the knowledge base is up to date). With none to keep, KnowledgeError."""
    try:
        ensure_built(knowledge_dir, database_path)
    except KnowledgeError as error:
        if not is_usable(database_path):
            raise
        return tuple(error.problems)
    return ()


def is_usable(database_path: Path) -> bool:
    """A complete knowledge base of this schema: one a build swapped in."""
    if not database_path.is_file():
        return False
    try:
        return read_meta(database_path).get("schema") == str(SCHEMA_VERSION)
    except sqlite3.DatabaseError:
        return False


@dataclass(frozen=True)
class Freshness:
    """How a knowledge base being served stands against the files it is built from."""

    current: bool  # built from the files as they are now
    problems: tuple[str, ...] = ()  # why the files do not build, when they do not


def freshness(knowledge_dir: Path, meta: dict[str, str]) -> Freshness:
    """Is the knowledge base with this `meta` the files' latest, and if not, why not?"""
    if meta.get("fingerprint") == fingerprint(knowledge_dir):
        return Freshness(True)
    try:
        load_knowledge(knowledge_dir)
    except KnowledgeError as error:
        return Freshness(False, tuple(error.problems))
    return Freshness(False)  # the files build: a restart or /reload serves them


def kept_notice(meta: dict[str, str], problems: tuple[str, ...] | list[str], shown: int = 20) -> list[str]:
    """Lines telling an operator that the last good knowledge base answers, and why: the
    same words on the terminal (as warnings) and in the bot's log (as errors)."""
    lines = [
        f"the knowledge files do not build ({len(problems)} problem(s)), so answers come from the "
        f"last good knowledge base, built {meta.get('built_at', '?')} with {meta.get('facts', '?')} facts; "
        "fix the files (python -m bot kb check lists every problem)"
    ]
    lines += list(problems[:shown])
    if len(problems) > shown:
        lines.append(f"... and {len(problems) - shown} more")
    return lines


def read_meta(database_path: Path) -> dict[str, str]:
    conn = open_readonly(database_path)
    try:
        return dict(conn.execute("select key, value from meta"))
    finally:
        conn.close()


def open_readonly(database_path: Path) -> sqlite3.Connection:
    uri = f"{Path(database_path).resolve().as_uri()}?mode=ro"
    # The Telegram layer may answer from a worker thread; reads are safe to share.
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    """Every row of a table as a dict, in insertion order."""
    cursor = conn.execute(f"select * from [{table}] order by rowid")  # table names are ours, not input
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


FACT_CACHE_SIZE = 4096  # remembered fact look-ups per open knowledge base


class KnowledgeBase:
    """Read-only access to a built knowledge base.

    Small tables (vocabulary, intents) are read once at start-up; facts are
    looked up per question with indexed, parameterised queries.
    """

    def __init__(self, database_path: Path, fact_cache_size: int = FACT_CACHE_SIZE):
        self.path = Path(database_path)
        self.conn = open_readonly(self.path)
        # The file is read-only and never changes under an open KnowledgeBase (a rebuild makes a
        # new one), so look-ups can be remembered; bounded, as questions can name any period.
        self.fact_cache_size = fact_cache_size
        self._fact_cache: dict[tuple, tuple[Fact, ...]] = {}
        self.meta = {r["key"]: r["value"] for r in rows(self.conn, "meta")}
        self.sources = tuple(Source(**r) for r in rows(self.conn, "sources"))
        self.metrics = {r["metric"]: Metric(**r) for r in rows(self.conn, "metrics")}
        self.intents = {r["intent"]: Intent(**r) for r in rows(self.conn, "intents")}
        self.phrasings = [(r["intent"], r["phrasing"]) for r in rows(self.conn, "phrasings")]
        self.companies = [
            (r["name"], tuple(a for a in r["aliases"].split("; ") if a)) for r in rows(self.conn, "companies")
        ]
        self.synonyms = {r["word"]: r["means"] for r in rows(self.conn, "synonyms")}
        self.fillers = [r["phrase"] for r in rows(self.conn, "fillers")]
        scopes = rows(self.conn, "scopes")
        self.scopes = [(r["phrase"], r["label"]) for r in scopes]
        self.places = tuple(dict.fromkeys(r["label"] for r in scopes if r["place"]))
        self.nicknames = frozenset(r["label"] for r in scopes if r["nickname"])
        self.products = frozenset(r["label"] for r in scopes if r["product"])
        self.lexicon = [(r["phrase"], r["role"], r["means"]) for r in rows(self.conn, "lexicon")]
        self._source_by_id = {s.id: s for s in self.sources}

    def source(self, source_id: str) -> Source:
        return self._source_by_id[source_id]

    def facts(
        self, metric: str, period: str | None = None, subjects: tuple[str, ...] | list[str] | None = None
    ) -> list[Fact]:
        """Facts of a metric, optionally of one period and only those concerning any of `subjects`,
        in data-file order (indexed look-ups, remembered)."""
        key = (metric, period, tuple(subjects or ()))
        found = self._fact_cache.get(key)
        if found is None:
            found = tuple(self._read_facts(metric, period, subjects))
            if len(self._fact_cache) >= self.fact_cache_size:
                self._fact_cache.clear()
            if self.fact_cache_size:
                self._fact_cache[key] = found
        return list(found)

    def _read_facts(
        self, metric: str, period: str | None, subjects: tuple[str, ...] | list[str] | None
    ) -> list[Fact]:
        if not subjects:
            sql, params = FACTS_SQL + " where metric = ?", [metric]
            if period is not None:
                sql, params = sql + " and period = ?", [metric, period]
            return [_fact(row) for row in self.conn.execute(sql + " order by rowid", params)]
        # Driven from fact_subjects' index, so the cost follows the companies asked about, not
        # the size of the knowledge base; distinct, as one fact may concern two of them.
        marks = ", ".join("?" * len(subjects))
        sql = (
            FACTS_JOINED_SQL + f" where s.subject in ({marks}) and s.metric = ?"
            + (" and s.period = ?" if period is not None else "")
        )  # fmt: skip
        params = [*subjects, metric, *([period] if period is not None else [])]
        return [_fact(row) for row in self.conn.execute(sql + " order by f.rowid", params)]

    def facts_of_kind(self, kind: str) -> list[Fact]:
        """Every fact of the metrics of one kind ("fact", "figure", "target"), in data-file order."""
        sql = FACTS_SQL + " where metric in (select metric from metrics where kind = ?) order by rowid"
        return [_fact(row) for row in self.conn.execute(sql, [kind])]

    def subject_counts(self) -> dict[str, int]:
        """How many facts are about each subject (their first subject), most first."""
        sql = "select subject, count(*) from facts group by subject order by count(*) desc, subject"
        return dict(self.conn.execute(sql).fetchall())

    def subjects(self, metric: str) -> tuple[set[str], set[str]]:
        """(who a metric's facts are about: their first subjects, who they concern: any subject)."""
        about = self.conn.execute("select distinct subject from facts where metric = ?", [metric])
        concern = self.conn.execute("select distinct subject from fact_subjects where metric = ?", [metric])
        return {row[0] for row in about}, {row[0] for row in concern}

    def close(self) -> None:
        self.conn.close()


FACT_COLUMNS = (
    "id",
    "source",
    "subjects",
    "metric",
    "period",
    "value",
    "value_to",
    "unit",
    "qualifiers",
    "quoted",
    "statement",
    "sentence",
    "ahead",
    "behind",
)
FACTS_SQL = f"select {', '.join(FACT_COLUMNS)} from facts"
FACTS_JOINED_SQL = (
    f"select distinct {', '.join('f.' + c for c in FACT_COLUMNS)}, f.rowid"
    " from fact_subjects s join facts f on f.key = s.fact"
)


def _fact(row: tuple) -> Fact:
    fields = dict(zip(FACT_COLUMNS, row[: len(FACT_COLUMNS)], strict=True))
    fields["subjects"] = tuple(fields["subjects"].split("; "))
    for listed in ("qualifiers", "ahead", "behind"):
        fields[listed] = tuple(q for q in fields[listed].split("; ") if q)
    return Fact(**fields)


def describe(database_path: Path) -> str:
    """One line about a built knowledge base, for `kb build` and operators:
    '46 facts from 2 sources, 30 companies, built 2026-12-01T10:00:00Z (version 3f2a...)'."""
    conn = open_readonly(database_path)
    try:
        meta = dict(conn.execute("select key, value from meta"))
        sources = conn.execute("select count(*) from sources").fetchone()[0]
        # The companies a question can name: companies.csv's, and those a figure or target is about.
        companies = conn.execute(
            "select count(*) from (select name from companies union select subject from facts"
            " where metric in (select metric from metrics where kind != 'fact'))"
        ).fetchone()[0]
    finally:
        conn.close()
    return (
        f"{meta.get('facts', '?')} facts from {sources} sources, {companies} companies, "
        f"built {meta.get('built_at', '?')} (version {meta.get('fingerprint', '?')})"
    )
