"""The unanswered-question log: what it keeps, what it never keeps, and that it never costs an answer."""

import sqlite3
import time
from dataclasses import replace

import pytest

from bot.answer import Answer, AnswerKind
from bot.cli import main
from bot.unanswered import (
    UnansweredError,
    UnansweredLog,
    needs_review,
    parse_duration,
    read_unanswered,
    top_unanswered,
    utc_iso,
)


def unknown(question: str, closest: str | None = "sales", score: float = 62.0) -> Answer:
    return Answer(question, False, "I don't know that one.", None, score, closest_intent=closest)


def known(question: str, score: float = 100.0) -> Answer:
    return Answer(question, True, "Xiaomi sold 61 million smartphones in 2014.", "sales", score)


def rows_in(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "select chat_type, question, intent, score from unanswered order by id"
        ).fetchall()


@pytest.mark.parametrize(
    "answer, review",
    [
        (unknown("xiaomi revenue 2015"), True),
        (known("sales 2014", score=85.0), True),  # answered, but the wording only just matched
        (known("sales 2014", score=90.0), False),
        (known("sales 2014"), False),
        (unknown("   "), False),  # a bare mention or an empty /ask: nothing to learn from
        (replace(unknown("thanks!"), kind=AnswerKind.CHATTER), False),  # nothing was asked
        (replace(unknown("what can you do?"), kind=AnswerKind.ABOUT_BOT), False),
        (replace(unknown("how about scooters"), kind=AnswerKind.NOT_UNDERSTOOD), True),
    ],
)
def test_needs_review_is_unknown_or_low_confidence(answer, review):
    assert needs_review(answer) is review


def test_log_keeps_time_chat_type_question_intent_and_score_only(tmp_path):
    path = tmp_path / "unanswered.db"
    log = UnansweredLog(path)
    log.record(unknown("Xiaomi   revenue 2015?"), "group")
    log.record(known("how many phones in 2014"), "private")  # answered well: not logged
    log.record(known("phones sold 2014 ish", score=82.0), "inline")
    assert log.flush() == 2
    assert rows_in(path) == [
        ("group", "Xiaomi revenue 2015?", "sales", 62.0),
        ("inline", "phones sold 2014 ish", "sales", 82.0),
    ]
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("pragma table_info(unanswered)")}
        (journal,) = conn.execute("pragma journal_mode").fetchone()
    assert columns == {"id", "at", "chat_type", "question", "intent", "score"}  # nobody's id or name
    assert journal == "wal"


def test_log_trims_questions_to_500_characters(tmp_path):
    log = UnansweredLog(tmp_path / "u.db")
    log.record(unknown("why " * 1000), "private")
    log.flush()
    ((_, question, _, _),) = rows_in(tmp_path / "u.db")
    assert len(question) == 500


def test_log_keeps_the_newest_rows(tmp_path):
    log = UnansweredLog(tmp_path / "u.db", max_rows=5)
    for number in range(12):
        log.record(unknown(f"question {number}"), "private")
        log.flush()
    assert [q for _, q, _, _ in rows_in(tmp_path / "u.db")] == [f"question {n}" for n in range(7, 12)]


def test_log_forgets_rows_older_than_max_days(tmp_path):
    path = tmp_path / "u.db"
    log = UnansweredLog(path, max_days=90)
    log.record(unknown("recent"), "private")
    log.flush()
    insert_old(path, "old", days=91)
    log.record(unknown("new"), "private")
    log.flush()
    assert [q for _, q, _, _ in rows_in(path)] == ["recent", "new"]


def test_log_on_a_locked_file_loses_rows_not_answers(tmp_path):
    path = tmp_path / "u.db"
    log = UnansweredLog(path)
    log.record(unknown("first"), "private")
    log.flush()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("begin exclusive")
    try:
        log.record(unknown("while locked"), "private")
        started = time.perf_counter()
        assert log.flush() == 0  # no exception, no long wait
        assert time.perf_counter() - started < 1.0
    finally:
        holder.execute("rollback")
        holder.close()
    log.record(unknown("after"), "private")
    assert log.flush() == 1
    assert log.lost == 1
    assert [q for _, q, _, _ in rows_in(path)] == ["first", "after"]


def test_log_on_an_unwritable_path_loses_rows_quietly(tmp_path, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log's folder should be")
    log = UnansweredLog(blocked / "u.db")
    for _ in range(3):
        log.record(unknown("anything"), "private")
        log.flush()
    assert log.lost == 3 and log.written == 0
    assert len([r for r in caplog.records if "unanswered-question log" in r.getMessage()]) == 1  # warned once


def test_log_queue_is_bounded_and_drops_the_oldest(tmp_path):
    log = UnansweredLog(tmp_path / "u.db", queue_limit=3)
    for number in range(5):
        log.record(unknown(f"q{number}"), "private")
    log.flush()
    assert log.lost == 2
    assert [q for _, q, _, _ in rows_in(tmp_path / "u.db")] == ["q2", "q3", "q4"]


def test_log_writer_thread_writes_in_the_background_and_on_close(tmp_path):
    log = UnansweredLog(tmp_path / "u.db", flush_seconds=0.05).start()
    log.record(unknown("one"), "private")
    deadline = time.monotonic() + 5
    while log.written < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    log.record(unknown("two"), "group")
    log.close()
    assert [q for _, q, _, _ in rows_in(tmp_path / "u.db")] == ["one", "two"]


@pytest.mark.parametrize("text, seconds", [("7d", 604800), ("12h", 43200), ("30m", 1800), (" 2D ", 172800)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["7", "week", "-1d", "7w", "0d", "1.5h", ""])
def test_parse_duration_refuses_what_it_cannot_read(text):
    with pytest.raises(ValueError, match="is not a duration"):
        parse_duration(text)


def test_read_unanswered_without_a_log_says_so(tmp_path):
    with pytest.raises(UnansweredError, match="no unanswered questions recorded yet"):
        read_unanswered(tmp_path / "missing.db")


def insert_old(path, question: str, days: float) -> None:
    """A row written `days` ago, as if the log had been running then."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "insert into unanswered (at, chat_type, question, intent, score) values (?, 'group', ?, null, 0)",
            [utc_iso(time.time() - days * 86400), question],
        )


def fill(path, questions: list[str]) -> None:
    log = UnansweredLog(path)
    for question in questions:
        log.record(unknown(question), "private")
    log.flush()


def test_top_unanswered_counts_similar_wordings_together(tmp_path):
    path = tmp_path / "u.db"
    fill(
        path, ["xiaomi revenue 2015"] * 3 + ["Xiaomi revenue 2015?", "revenue xiaomi 2015"] + ["weather"] * 4
    )
    (first, second) = top_unanswered(read_unanswered(path), top=20)
    assert (first.count, first.question, first.wordings) == (5, "xiaomi revenue 2015", 3)
    assert (second.count, second.question) == (4, "weather")
    assert len(top_unanswered(read_unanswered(path), top=1)) == 1


def test_read_unanswered_since_leaves_out_older_rows(tmp_path):
    path = tmp_path / "u.db"
    fill(path, ["today"])
    insert_old(path, "last month", days=30)
    assert [r.question for r in read_unanswered(path, parse_duration("7d"))] == ["today"]
    assert len(read_unanswered(path)) == 2


def empty_env_file(tmp_path) -> str:
    """A settings file with nothing in it: the tests' environment alone decides."""
    path = tmp_path / "empty.env"
    path.write_text("", encoding="utf-8")
    return str(path)


def test_cli_unanswered_lists_the_top_wordings(tmp_path, monkeypatch, capsys):
    path = tmp_path / "u.db"
    fill(path, ["xiaomi revenue 2015"] * 2 + ["apple sales 2014"])
    monkeypatch.setenv("UNANSWERED_DB", str(path))
    assert main(["--env-file", empty_env_file(tmp_path), "unanswered", "--since", "7d", "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert (
        "3 unanswered question(s) in the last 7d, most frequent first "
        "(only questions asked on Telegram are recorded, not those of ask or chat):"
    ) in out
    assert out.index("xiaomi revenue 2015") < out.index("apple sales 2014")
    assert "closest: sales 62" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["unanswered", "--since", "a week"], "error: --since: 'a week' is not a duration"),
        (["unanswered", "--top", "0"], "error: --top must be a whole number of at least 1, got '0'"),
        (["unanswered", "--top", "ten"], "error: --top must be a whole number of at least 1, got 'ten'"),
    ],
)
def test_cli_unanswered_bad_arguments_are_one_line(tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.setenv("UNANSWERED_DB", str(tmp_path / "u.db"))
    assert main(["--env-file", empty_env_file(tmp_path), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_cli_unanswered_before_anything_was_logged(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNANSWERED_DB", str(tmp_path / "u.db"))
    assert main(["--env-file", empty_env_file(tmp_path), "unanswered"]) == 0
    assert capsys.readouterr().out == (
        f"no unanswered questions recorded yet ({tmp_path / 'u.db'} does not exist); "
        "only questions asked on Telegram are recorded, not those of ask or chat\n"
    )


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda path: path.write_text("not a database at all " * 100), "file is not a database"),
        (lambda path: path.mkdir(), "it is a folder, not the log database"),
    ],
)
def test_cli_unanswered_on_an_unreadable_log_is_one_line(tmp_path, monkeypatch, capsys, make, message):
    path = tmp_path / "u.db"
    make(path)
    monkeypatch.setenv("UNANSWERED_DB", str(path))
    assert main(["--env-file", empty_env_file(tmp_path), "unanswered"]) == 2
    err = capsys.readouterr().err
    assert err == f"error: cannot read {path}: {message}\n"
