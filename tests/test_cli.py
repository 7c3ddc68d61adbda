"""The command line, run as a user runs it: `python -m bot ...` in a subprocess."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import KNOWLEDGE, ROOT


def bot(
    *args: str, stdin: str = "", env: dict | None = None, cwd: Path | None = None, kb: Path, timeout: int = 60
):
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "KNOWLEDGE_"))
    }
    environment.update({"KNOWLEDGE_DB": str(kb), "PYTHONPATH": str(ROOT)})
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=cwd or kb.parent,
    )


@pytest.fixture
def kb(tmp_path) -> Path:
    return tmp_path / "kb.db"


def test_ask_prints_answer_and_builds_missing_knowledge_base(kb):
    result = bot("ask", "how many phones did xiaomi sell in 2013?", kb=kb)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Xiaomi sold 18.7 million smartphones in 2013.")
    assert kb.is_file()


def test_ask_json_reads_stdin_one_object_per_line(kb):
    questions = ["how many phones in 2014?", "how many phones did xiaomi sell in 2019?", "lol"]
    result = bot("ask", "--json", stdin="\n".join(questions) + "\n", kb=kb)
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert set(replies[0]) >= {"question", "answered", "intent", "confidence", "answer", "sources"}
    assert replies[0]["answered"] and len(replies[0]["sources"]) == 2
    assert replies[1]["answered"] is False and replies[1]["intent"] == "sales"
    assert replies[2]["answered"] is False and replies[2]["intent"] is None
    assert all(0 <= r["confidence"] <= 100 for r in replies)


def test_ask_json_answers_each_question_on_its_own(kb):
    result = bot("ask", "--json", "what was the goal for 2015", "and 2013?", kb=kb)
    second = json.loads(result.stdout.splitlines()[1])
    assert second["intent"] == "sales"


def test_chat_follows_up_with_piped_stdin(kb):
    result = bot("chat", stdin="how many phones did xiaomi sell in 2013?\nand 2015?\n", kb=kb)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "18.7 million" in lines[0]
    assert "70 million" in lines[1]


def test_no_token_starts_terminal_chat_and_says_how_to_use_telegram(kb):
    result = bot(stdin="how many phones did xiaomi sell in 2012\n", kb=kb)
    assert result.returncode == 0, result.stderr
    assert "7.2 million" in result.stdout
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "@BotFather" in result.stderr


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_run_without_valid_token_is_one_line_and_exit_2(kb, token):
    env = {"TELEGRAM_BOT_TOKEN": token} if token else {}
    result = bot("run", env=env, kb=kb)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    if token:
        assert token not in result.stderr


def test_kb_build_and_check(kb):
    built = bot("kb", "build", kb=kb)
    assert built.returncode == 0 and kb.is_file()
    assert re.fullmatch(
        rf"built {re.escape(str(kb))}: \d+ facts from 2 sources, \d+ companies, "
        r"built \d{4}-\d\d-\d\dT[\d:]+Z \(version [0-9a-f]{16}\) in \d+\.\d\d s\n",
        built.stdout,
    ), built.stdout
    checked = bot("kb", "check", kb=kb)
    assert checked.returncode == 0 and checked.stdout.startswith("ok:")


def test_a_bad_edit_fails_kb_check_while_ask_answers_from_the_last_good_knowledge_base(kb, knowledge_copy):
    env = {"KNOWLEDGE_DIR": str(knowledge_copy)}
    assert bot("kb", "build", env=env, kb=kb).returncode == 0
    before = kb.read_bytes()
    facts = knowledge_copy / "facts" / "goals-2015.csv"
    with facts.open("a") as handle:
        handle.write("oops,Xiaomi,smartphones_sold,2015,7.2 milion,,smartphones,,,,x\n")
    row = len(facts.read_text().splitlines())  # the line appended, the header being row 1
    problem = f"knowledge/facts/goals-2015.csv, row {row}: '7.2 milion' is not a number"
    for command in (("kb", "check"), ("kb", "build")):
        result = bot(*command, env=env, kb=kb)
        assert result.returncode == 2
        assert result.stderr.startswith(f"error: {problem}") and result.stderr.count("\n") == 1
    for command, stdin in ((("ask", "sales 2013"), ""), (("chat",), "sales 2013\n")):
        result = bot(*command, stdin=stdin, env=env, kb=kb)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Xiaomi sold 18.7 million smartphones in 2013.")
        warnings = result.stderr.splitlines()
        assert warnings[0].startswith(
            "warning: the knowledge files do not build (1 problem(s)), so answers come from the last "
            "good knowledge base, built "
        )
        assert warnings[1].startswith(f"warning: {problem}") and len(warnings) == 2
    assert kb.read_bytes() == before


def test_run_with_unreadable_data_files_names_each_and_exits_2(kb, knowledge_copy):
    (knowledge_copy / "synonyms.csv").write_bytes(b"word,means\n\xff\xfe broken\n")  # not UTF-8
    (knowledge_copy / "filler.csv").unlink()
    (knowledge_copy / "filler.csv").mkdir()  # a folder where a file should be
    env = {"KNOWLEDGE_DIR": str(knowledge_copy), "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35}
    result = bot("run", env=env, kb=kb)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert (
        "error: knowledge/synonyms.csv, line 2: cannot be read as UTF-8 (byte 0xff at character 1); "
        "save the file as UTF-8"
    ) in lines
    assert any(line.startswith("error: knowledge/filler.csv: ") for line in lines)
    assert "Traceback" not in result.stderr and not kb.exists()


def test_one_broken_file_is_named_first_and_the_knock_on_problems_cut_short(kb, knowledge_copy):
    (knowledge_copy / "metrics.csv").write_text("metric\nsmartphones_sold\n")  # columns missing
    env = {"KNOWLEDGE_DIR": str(knowledge_copy)}
    run = bot("ask", "sales 2013", env=env, kb=kb)
    lines = run.stderr.splitlines()
    assert run.returncode == 2 and len(lines) == 21
    assert lines[0] == "error: knowledge/metrics.csv, row 1: missing column(s): kind, label, template"
    assert re.fullmatch(r"error: \.\.\. and \d+ more \(python -m bot kb check lists them all\)", lines[-1])
    check = bot("kb", "check", env=env, kb=kb)
    assert check.returncode == 2 and len(check.stderr.splitlines()) > 100


@pytest.mark.parametrize("command", [("ask", "sales 2013"), ("kb", "build"), ("run",)])
@pytest.mark.parametrize(
    "block, message",
    [
        (lambda data: data.write_text("x"), "error: File exists: "),  # a file where the folder goes
        (lambda data: (data / "kb.db").mkdir(parents=True), "error: Is a directory: "),
    ],
)
def test_a_knowledge_base_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, command, block, message):
    block(tmp_path / "data")
    env = {"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35, "TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot"}
    result = bot(*command, env=env, kb=tmp_path / "data" / "kb.db", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert str(tmp_path / "data") in result.stderr


def test_bad_settings_are_each_one_line_and_exit_2(kb):
    result = bot("ask", "sales 2013", env={"BOT_RATE_LIMIT": "maybe", "ADMIN_USER_IDS": "ada"}, kb=kb)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: BOT_RATE_LIMIT must be 'on' or 'off', got 'maybe'",
        "error: ADMIN_USER_IDS must be Telegram user ids (numbers) separated by commas, got 'ada'",
    ]


def test_env_file_is_read_from_working_directory(kb, tmp_path):
    (tmp_path / ".env").write_text(f"KNOWLEDGE_DB={tmp_path / 'from-env.db'}\n")
    result = bot("kb", "build", kb=kb, cwd=tmp_path, env={"KNOWLEDGE_DB": ""})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env.db").is_file()


def test_a_missing_env_file_is_one_line_and_exit_2(kb, tmp_path):
    result = bot("--env-file", str(tmp_path / "missing.env"), "ask", "sales 2013", kb=kb)
    assert result.returncode == 2
    assert result.stderr == f"error: --env-file {tmp_path / 'missing.env'}: no such file\n"
    assert not kb.exists()


def test_readme_quick_start_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"^(python3 -m venv .*pytest.*)$", readme, re.MULTILINE).group(1)
    assert test_command in ci
    assert KNOWLEDGE.is_dir()
