"""The SQLite knowledge base: built from the files, rebuilt when stale, never lost to a bad file."""

import os
import sqlite3
import time

import pytest
import sqlite_utils

from bot.knowledge.files import KnowledgeError
from bot.knowledge.store import KnowledgeBase, build, ensure_built, is_stale


def test_build_creates_inspectable_tables(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    db = sqlite_utils.Database(path)
    assert {"sources", "facts", "intents", "phrasings", "metrics", "meta"} <= set(db.table_names())
    assert db["facts"].count >= 40
    row = next(db["facts"].rows_where("metric = ? and period = ?", ["smartphones_sold", "2013"]))
    assert row["value"] == 18.7e6
    assert row["source"] == "wang-2017"
    assert "18.7 million a year later" in row["sentence"]


def test_knowledge_base_is_opened_read_only(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    kb = KnowledgeBase(path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        kb.conn.execute("delete from facts")
    assert len(kb.facts("smartphones_sold", "2014")) == 2


def test_stale_when_missing_or_older_than_data(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    assert is_stale(knowledge_copy, path)
    build(knowledge_copy, path)
    assert not is_stale(knowledge_copy, path)
    facts = knowledge_copy / "facts" / "wang-2017.csv"
    later = time.time() + 5
    os.utime(facts, (later, later))
    assert is_stale(knowledge_copy, path)


def test_added_fact_is_built_without_code_change(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    (knowledge_copy / "articles" / "wang-2017.txt").open("a").write(
        "\nXiaomi sold 90 million phones in 2017.\n"
    )
    with (knowledge_copy / "facts" / "wang-2017.csv").open("a") as handle:
        handle.write(
            "sales-2017,Xiaomi,smartphones_sold,2017,90 million,,smartphones,,,,"
            "Xiaomi sold 90 million phones in 2017.\n"
        )
    assert ensure_built(knowledge_copy, path)
    assert [f.value for f in KnowledgeBase(path).facts("smartphones_sold", "2017")] == [90e6]


def test_bad_file_keeps_the_built_database(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    before = path.read_bytes()
    with (knowledge_copy / "facts" / "wang-2017.csv").open("a") as handle:
        handle.write("broken,Xiaomi,smartphones_sold,2017,many,,,,,,x\n")
    with pytest.raises(KnowledgeError):
        ensure_built(knowledge_copy, path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.building-*"))


def test_corrupt_database_is_rebuilt(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    path.write_bytes(b"this is not a database" * 100)
    assert ensure_built(knowledge_copy, path)
    assert KnowledgeBase(path).facts("smartphones_sold", "2012")[0].value == 7.2e6


@pytest.mark.parametrize(
    "subjects, expected",
    [
        ((), {"Xiaomi", "Apple"}),
        (("Apple",), {"Apple"}),
        (("Xiaomi", "Apple"), {"Xiaomi", "Apple"}),
    ],
)
def test_facts_filtered_by_subject_in_sql(knowledge_copy, tmp_path, subjects, expected):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    facts = KnowledgeBase(path).facts("phone_price", subjects=subjects)
    assert {f.subjects[0] for f in facts} == expected
    assert len({(f.source, f.id) for f in facts}) == len(facts)  # each fact once


def test_facts_for_a_company_concerned_but_not_first(kb_path):
    facts = KnowledgeBase(kb_path).facts("jony_ive", subjects=("Apple",))
    assert [f.subjects for f in facts] == [("Xiaomi", "Apple")]


def test_remembered_facts_are_the_same_and_cannot_be_spoiled(kb_path):
    kb, fresh = KnowledgeBase(kb_path), KnowledgeBase(kb_path, fact_cache_size=0)
    first = kb.facts("smartphones_sold", "2014")
    first.clear()  # a caller changing its list changes nothing for the next question
    assert kb.facts("smartphones_sold", "2014") == fresh.facts("smartphones_sold", "2014")
    assert len(kb.facts("smartphones_sold", "2014")) == 2


def test_fact_memory_is_bounded(kb_path):
    kb = KnowledgeBase(kb_path, fact_cache_size=10)
    for year in range(1900, 2100):
        kb.facts("smartphones_sold", str(year))
    assert len(kb._fact_cache) <= 10
