"""The evaluation report: grading like the shared grader, and `python -m bot eval` end to end."""

import json

import pytest

from bot.answer import Answer, Figure, Sentence
from bot.evaluate import Case, QuestionSetError, format_report, grade, load_cases, reason
from tests.test_cli import bot


def answer(text: str, answered: bool = True) -> Answer:
    return Answer(question="q", answered=answered, text=text)


@pytest.mark.parametrize(
    "case, reply, outcome",
    [
        (Case("q", values=(61e6, 60e6)), answer("61 million vs 60M"), "pass"),
        (Case("q", values=(61e6,)), answer("60 million"), "wrong"),
        (Case("q", values=(46e9,)), answer("$46 billion"), "pass"),
        (Case("q", words=("Lei Jun",)), answer("the CEO is lei jun"), "pass"),
        (Case("q", words_any=("drop", "fell")), answer("sales rose"), "wrong"),
        (Case("q", answered=False), answer("70 million"), "wrong"),
        (Case("q", answered=False), answer("I don't know", answered=False), "pass"),
        (Case("q", values=(7.2e6,)), answer("I don't know", answered=False), "abstain"),
    ],
)
def test_grade(case, reply, outcome):
    assert grade(case, reply) == outcome


def test_grade_looks_for_figures_in_what_is_said_not_in_source_titles():
    said = Sentence(("Xiaomi sold around ", Figure("58 million"), " smartphones in 2016."))
    reply = Answer(
        question="q",
        answered=True,
        text=f"{said.words} \u2014 Source: Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017",
        sentences=(said,),
    )
    assert grade(Case("q", values=(58e6,)), reply) == "pass"
    assert grade(Case("q", values=(70e6,)), reply) == "wrong"
    assert grade(Case("q", words=("kevin wang",)), reply) == "pass"  # which article said it, by name


@pytest.mark.parametrize(
    "case, reply, why",
    [
        (Case("q", values=(61e6, 60e6)), answer("61 million vs 60M"), ""),
        (
            Case("q", values=(61e6, 46e9)),
            answer("60 million"),
            "missing figure 61 million, figure 46 billion",
        ),
        (Case("q", values=(2015,), words=("Lei Jun",)), answer("2015"), "missing word 'Lei Jun'"),
        (Case("q", words_any=("drop", "fell")), answer("sales rose"), "missing any of 'drop', 'fell'"),
        (Case("q", answered=False), answer("70 million"), "answered, but should have said I don't know"),
        (Case("q", values=(7.2e6,)), answer("I don't know", answered=False), "said I don't know"),
    ],
)
def test_reason_says_what_a_failed_answer_lacks(case, reply, why):
    assert reason(case, reply) == why


def test_load_cases_reads_questions_and_conversations(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text(
        '- {q: "sales 2013", values: [18.7e6], tag: figure, intent: sales}\n'
        '- {turns: ["sales 2013", "and 2015?"], expect: {values: [70e6]}}\n'
    )
    single, conversation = load_cases(path)
    assert single.values == (18.7e6,) and single.intent == "sales" and single.turns == ()
    assert conversation.question == "and 2015?" and conversation.turns == ("sales 2013",)
    assert conversation.tag == "followup"


def test_load_cases_reads_turns_beside_q_as_the_turns_before_it(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text('- {turns: ["sales 2013", "and 2014?"], q: "and 2015?", values: [70e6]}\n')
    (conversation,) = load_cases(path)
    assert conversation.question == "and 2015?"
    assert conversation.turns == ("sales 2013", "and 2014?")


SET = """\
- {q: "how many phones did xiaomi sell in 2013", values: [18.7e6], tag: figure, intent: sales}
- {q: "how many phones did huawei sell in 2015", answered: false, tag: unknown, intent: none}
- {q: "how much is xiaomi worth", values: [99e9], tag: company, intent: valuation}
- {turns: ["sales 2013", "and 2015?"], expect: {values: [70e6]}}
"""


def test_eval_command_reports_and_writes_json_and_html(tmp_path):
    questions = tmp_path / "set.yaml"
    questions.write_text(SET)
    report, page = tmp_path / "report.json", tmp_path / "report.html"
    kb = tmp_path / "kb.db"
    result = bot("eval", str(questions), "--json", str(report), "--html", str(page), kb=kb)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("accuracy 3/4 = 75.0%; wrong 1 (unknown answered 0); abstained 0")
    assert "valuation -> valuation" not in result.stdout  # right intent, wrong figure: not a confusion
    data = json.loads(report.read_text())
    assert data["wrong_answers"][0]["question"] == "how much is xiaomi worth"
    assert {"p50", "p95", "p99"} <= set(data["latency_us"])
    assert data["wrong_answers"][0]["reason"] == "missing figure 99 billion"
    assert "  how much is xiaomi worth  valuation  valuation  missing figure 99 billion" in result.stdout
    assert "None" not in result.stdout and "[" not in result.stdout
    html = page.read_text()
    assert html.startswith("<!doctype html>") and "Wrong answers" in html
    assert "<td>missing figure 99 billion</td>" in html


def test_eval_min_accuracy_fails_below_the_floor(tmp_path):
    questions = tmp_path / "set.yaml"
    questions.write_text(SET)
    result = bot("eval", str(questions), "--min-accuracy", "0.9", kb=tmp_path / "kb.db")
    assert result.returncode == 1
    assert "below --min-accuracy" in result.stdout


def test_eval_default_set_is_the_projects_own(tmp_path):
    result = bot("eval", kb=tmp_path / "kb.db", timeout=600)  # every tuning set: a minute or more
    assert result.returncode == 0, result.stderr
    total = int(result.stdout.split("/")[1].split(" ")[0])
    assert total >= 150


def test_report_tables_are_aligned_and_show_nothing_as_a_dash():
    summary = {
        "cases": 2, "passed": 1, "accuracy": 0.5, "wrong": 0, "unknown_answered": 0, "abstained": 1,
        "latency_us": {"p50": 1.0, "p95": 2.0, "p99": 3.0},
        "by_tag": {"figure": {"pass": 1}, "a-much-longer-tag": {"abstain": 1}},
        "by_intent": {}, "confusion": [], "wrong_answers": [],
        "abstentions": [
            {"question": "sales 2011?", "expected": None, "got": None, "reason": "said I don't know"}
        ],
    }  # fmt: skip
    lines = format_report(summary).splitlines()
    assert lines[3:6] == [
        "  tag                pass  wrong  abstain",
        "  figure                1      0        0",
        "  a-much-longer-tag     0      0        1",
    ]
    assert lines[-2:] == [
        "  question     expected  got  why",
        "  sales 2011?  -         -    said I don't know",
    ]


def test_load_cases_reads_a_numeric_tag_as_a_name(tmp_path):
    # "tag: 2014" once stopped the report, which sorts tags, with a TypeError
    path = tmp_path / "set.yaml"
    path.write_text('- {q: "sales 2014", tag: 2014}\n- {q: "sales 2015", tag: figure}\n', encoding="utf-8")
    assert [case.tag for case in load_cases(path)] == ["2014", "figure"]


@pytest.mark.parametrize(
    "row, problem",
    [
        ('- {q: "hi", decline: true}', "row 2: unknown key decline"),
        ('- {turns: ["a", "b"], expect: {value: [1]}}', "row 2: unknown key value"),
    ],
)
def test_load_cases_unknown_key_names_file_and_row(tmp_path, row, problem):
    # a key the grader would ignore grades the row as something it does not say
    questions = tmp_path / "set.yaml"
    questions.write_text(f'- {{q: "xiaomi 2013", values: [18.7e+6]}}\n{row}\n')
    with pytest.raises(QuestionSetError, match=f"set.yaml: {problem}"):
        load_cases(questions)


def test_eval_command_unknown_key_is_a_clean_error(tmp_path):
    questions = tmp_path / "set.yaml"
    questions.write_text('- {q: "hi", decline: true}\n')
    result = bot("eval", str(questions), kb=tmp_path / "kb.db")
    assert result.returncode != 0
    assert "set.yaml: row 1: unknown key decline" in result.stderr
    assert "Traceback" not in result.stderr
