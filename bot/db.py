"""The SQLite knowledge base: built from `knowledge/` with sqlite-utils, read-only when answering.

A build writes a new file next to the old one and swaps it in only when it is
complete, so a bad data file never costs the knowledge base already built.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import asdict
from pathlib import Path

import sqlite_utils

from bot.answer import Source
from bot.knowledge import Fact, Intent, Knowledge, Metric, data_files, load_knowledge

SCHEMA_VERSION = 2


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
    try:
        _write(sqlite_utils.Database(partial), knowledge, fingerprint(knowledge_dir))
        os.replace(partial, database_path)
    finally:
        partial.unlink(missing_ok=True)
    return knowledge


def _write(db: sqlite_utils.Database, kb: Knowledge, digest: str) -> None:
    db["sources"].insert_all((asdict(s) for s in kb.sources), pk="id")
    db["metrics"].insert_all((asdict(m) for m in kb.metrics), pk="metric")
    db["facts"].insert_all(
        (
            {
                **asdict(f),
                "key": f"{f.source}/{f.id}",
                "subject": f.subjects[0],
                "subjects": "; ".join(f.subjects),
                "qualifiers": "; ".join(f.qualifiers),
            }
            for f in kb.facts
        ),
        pk="key",
        foreign_keys=[("source", "sources", "id"), ("metric", "metrics", "metric")],
        columns={"value": float, "value_to": float},
    )
    db["facts"].create_index(["metric", "period"])
    db["intents"].insert_all((asdict(i) for i in kb.intents), pk="intent")
    db["phrasings"].insert_all(
        ({"intent": i, "phrasing": p} for i, p in kb.phrasings),
        foreign_keys=[("intent", "intents", "intent")],
    )
    db["companies"].insert_all(({"name": n, "aliases": "; ".join(a)} for n, a in kb.companies), pk="name")
    db["synonyms"].insert_all(({"word": w, "means": m} for w, m in kb.synonyms))
    db["fillers"].insert_all({"phrase": p} for p in kb.fillers)
    db["scopes"].insert_all({"phrase": p, "label": label} for p, label in kb.scopes)
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


def read_meta(database_path: Path) -> dict[str, str]:
    db = open_readonly(database_path)
    try:
        return {row["key"]: row["value"] for row in db["meta"].rows}
    finally:
        db.conn.close()


def open_readonly(database_path: Path) -> sqlite_utils.Database:
    uri = f"{Path(database_path).resolve().as_uri()}?mode=ro"
    # The Telegram layer may answer from a worker thread; reads are safe to share.
    return sqlite_utils.Database(sqlite3.connect(uri, uri=True, check_same_thread=False))


class KnowledgeBase:
    """Read-only access to a built knowledge base.

    Small tables (vocabulary, intents) are read once at start-up; facts are
    looked up per question with indexed, parameterised queries.
    """

    def __init__(self, database_path: Path):
        self.path = Path(database_path)
        self.db = open_readonly(self.path)
        self.meta = {row["key"]: row["value"] for row in self.db["meta"].rows}
        self.sources = tuple(Source(**row) for row in self.db["sources"].rows_where(order_by="rowid"))
        self.metrics = {row["metric"]: Metric(**row) for row in self.db["metrics"].rows}
        self.intents = {
            row["intent"]: Intent(**row) for row in self.db["intents"].rows_where(order_by="rowid")
        }
        self.phrasings = [
            (r["intent"], r["phrasing"]) for r in self.db["phrasings"].rows_where(order_by="rowid")
        ]
        self.companies = [
            (r["name"], tuple(a for a in r["aliases"].split("; ") if a)) for r in self.db["companies"].rows
        ]
        self.synonyms = {r["word"]: r["means"] for r in self.db["synonyms"].rows}
        self.fillers = [r["phrase"] for r in self.db["fillers"].rows]
        self.scopes = [(r["phrase"], r["label"]) for r in self.db["scopes"].rows]
        self._source_by_id = {s.id: s for s in self.sources}

    def source(self, source_id: str) -> Source:
        return self._source_by_id[source_id]

    def facts(self, metric: str, period: str | None = None) -> list[Fact]:
        """Facts of a metric, optionally of one period, in data-file order (indexed look-up)."""
        if period is None:
            cursor = self.db.conn.execute(FACTS_SQL + " order by rowid", [metric])
        else:
            cursor = self.db.conn.execute(FACTS_SQL + " and period = ? order by rowid", [metric, period])
        return [_fact(row) for row in cursor]

    def close(self) -> None:
        self.db.conn.close()


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
)
FACTS_SQL = f"select {', '.join(FACT_COLUMNS)} from facts where metric = ?"


def _fact(row: tuple) -> Fact:
    fields = dict(zip(FACT_COLUMNS, row, strict=True))
    fields["subjects"] = tuple(fields["subjects"].split("; "))
    fields["qualifiers"] = tuple(q for q in fields["qualifiers"].split("; ") if q)
    return Fact(**fields)


def describe(database_path: Path) -> str:
    """One line about a built knowledge base, for `kb build` and operators."""
    meta = read_meta(database_path)
    return json.dumps({k: meta.get(k) for k in ("facts", "fingerprint", "built_at")})
