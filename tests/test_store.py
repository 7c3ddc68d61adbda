"""The SQLite knowledge base: built from the files, rebuilt when stale, never lost to a bad file."""

import os
import sqlite3
import time

import pytest
import sqlite_utils

from bot.knowledge.files import KnowledgeError
from bot.knowledge.store import (
    Freshness,
    KnowledgeBase,
    build,
    ensure_built,
    ensure_served,
    freshness,
    is_stale,
    kept_notice,
)


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


def test_rankings_are_kept_in_the_database(kb_path):
    (rivals,) = [f for f in KnowledgeBase(kb_path).facts("competitors") if f.id == "rivals-2017"]
    (leader,) = KnowledgeBase(kb_path).facts("china_rank", "2015-Q2")
    assert (rivals.ahead, rivals.behind, leader.ahead, leader.behind) == (
        ("Huawei", "OPPO", "Vivo"),
        ("Xiaomi",),
        ("Xiaomi",),
        ("all",),
    )


def test_facts_for_a_company_concerned_but_not_first(kb_path):
    facts = KnowledgeBase(kb_path).facts("jony_ive", subjects=("Apple",))
    assert [f.subjects for f in facts] == [("Xiaomi", "Apple")]


@pytest.mark.parametrize(
    "label, product",
    [("Mi 6", True), ("fitness trackers", True), ("India", False), ("emerging markets", False)],
)
def test_scopes_products_are_the_kind_product_only(kb_path, label, product):
    # a kind left empty ("emerging markets") is no product that "it" or "what price?" may mean
    assert (label in KnowledgeBase(kb_path).products) is product


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


BAD_ROW = "broken,Xiaomi,smartphones_sold,2015,many,,smartphones,,,,x\n"


def break_facts(knowledge) -> str:
    """A typo in a figure; returns the problem it makes."""
    path = knowledge / "facts" / "wang-2017.csv"
    row = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as handle:
        handle.write(BAD_ROW)
    return f"knowledge/facts/wang-2017.csv, row {row}: 'many' is not a number (write e.g. 7.2 million"


def test_ensure_served_keeps_the_last_good_knowledge_base_and_says_why(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    assert ensure_served(knowledge_copy, path) == ()
    before = path.read_bytes()
    problem = break_facts(knowledge_copy)
    (kept,) = ensure_served(knowledge_copy, path)
    assert kept.startswith(problem)
    assert path.read_bytes() == before
    assert KnowledgeBase(path).facts("smartphones_sold", "2012")[0].value == 7.2e6


@pytest.mark.parametrize(
    "make",
    [
        lambda path: None,  # never built
        lambda path: path.write_bytes(b"not a database" * 100),  # corrupt
        lambda path: sqlite_utils.Database(path)["meta"].insert({"key": "schema", "value": "1"}),  # old
    ],
)
def test_ensure_served_with_no_good_knowledge_base_raises(knowledge_copy, tmp_path, make):
    path = tmp_path / "kb.db"
    make(path)
    break_facts(knowledge_copy)
    with pytest.raises(KnowledgeError):
        ensure_served(knowledge_copy, path)


def test_freshness_tells_current_changed_and_broken_files(knowledge_copy, tmp_path):
    path = tmp_path / "kb.db"
    build(knowledge_copy, path)
    meta = KnowledgeBase(path).meta
    assert freshness(knowledge_copy, meta) == Freshness(True)
    with (knowledge_copy / "synonyms.csv").open("a", encoding="utf-8") as handle:
        handle.write("mobiles,phones\n")
    assert freshness(knowledge_copy, meta) == Freshness(False)
    problem = break_facts(knowledge_copy)
    files = freshness(knowledge_copy, meta)
    assert not files.current and len(files.problems) == 1 and files.problems[0].startswith(problem)


@pytest.mark.parametrize("count, lines, last", [(1, 2, "p0"), (3, 3, "... and 2 more")])
def test_kept_notice_names_the_kept_knowledge_base_and_the_problems(count, lines, last):
    notice = kept_notice(
        {"built_at": "2026-01-02T03:04:05Z", "facts": "46"}, [f"p{i}" for i in range(count)], 1
    )
    assert notice[0].startswith(
        f"the knowledge files do not build ({count} problem(s)), so answers come from the last good "
        "knowledge base, built 2026-01-02T03:04:05Z with 46 facts"
    )
    assert len(notice) == lines and notice[1] == "p0" and notice[-1] == last
