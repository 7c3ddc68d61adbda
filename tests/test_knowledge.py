"""The knowledge files: the real ones are valid and consistent; broken ones are reported precisely."""

import csv
import re
from pathlib import Path

import pytest
import yaml

from bot.knowledge.files import KnowledgeError, load_knowledge, parse_number
from tests.conftest import KNOWLEDGE


def test_real_knowledge_files_load():
    knowledge = load_knowledge(KNOWLEDGE)
    assert {s.id for s in knowledge.sources} == {"wang-2017", "goals-2015"}
    assert len(knowledge.facts) >= 40


def test_every_phrasing_points_at_a_real_intent_and_every_intent_has_phrasings():
    knowledge = load_knowledge(KNOWLEDGE)
    intents = {i.intent for i in knowledge.intents}
    phrased = {intent for intent, _ in knowledge.phrasings}
    assert phrased == intents


def eval_questions() -> list[str]:
    """Every question of every eval set, tuning and blind, conversations' turns too."""
    sets = sorted((KNOWLEDGE.parent / "eval").rglob("*.yaml")) + [
        KNOWLEDGE.parent / "tests/data/dev_questions.yaml"
    ]
    questions = []
    for path in sets:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            questions += [case["q"]] if "q" in case else list(case.get("turns", ()))
    return questions


def plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_no_eval_question_appears_word_for_word_in_knowledge():
    # The knowledge files are what the bot is tuned with; a question copied into them measures nothing.
    # Shorter than four words it is an expression ("by how much"), which the lexicon is for.
    # Field by field: words that only run on from one row into the next are no copy.
    knowledge = " | ".join(
        plain(field)
        for path in sorted(KNOWLEDGE.rglob("*.csv"))
        for row in csv.reader(path.read_text(encoding="utf-8").splitlines())
        for field in row
    )
    # A question that is one whole expression of the lexicon ("how do you know?") is that
    # expression, which the lexicon is for; a longer question holding it is still caught.
    expressions = {
        plain(row.split(",", 1)[0]) for row in (KNOWLEDGE / "lexicon.csv").read_text().splitlines()[1:]
    }
    copied = [
        q
        for q in eval_questions()
        if len(plain(q).split()) >= 4 and f" {plain(q)} " in f" {knowledge} " and plain(q) not in expressions
    ]
    assert copied == []


def test_both_2014_figures_are_kept():
    knowledge = load_knowledge(KNOWLEDGE)
    sales_2014 = {
        (f.source, f.value) for f in knowledge.facts if f.metric == "smartphones_sold" and f.period == "2014"
    }
    assert sales_2014 == {("wang-2017", 61e6), ("goals-2015", 60e6)}


def test_rankings_are_read_as_who_leads_whom():
    facts = {f.id: f for f in load_knowledge(KNOWLEDGE).facts}
    assert (facts["rivals-2017"].ahead, facts["rivals-2017"].behind) == (
        ("Huawei", "OPPO", "Vivo"),
        ("Xiaomi",),
    )
    assert (facts["top-in-q2-2015"].ahead, facts["top-in-q2-2015"].behind) == (("Xiaomi",), ("all",))
    assert (facts["ceo-2015"].ahead, facts["ceo-2015"].behind) == ((), ())


def test_targets_are_never_stored_as_sales():
    knowledge = load_knowledge(KNOWLEDGE)
    for fact in knowledge.facts:
        if fact.metric == "smartphones_sold":
            assert not {"target", "projection", "forecast"} & set(fact.qualifiers), fact.id


@pytest.mark.parametrize(
    "text, value",
    [("7.2 million", 7.2e6), ("46 billion", 46e9), ("$1,000", 1000.0), ("2010", 2010.0)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


@pytest.mark.parametrize(
    "file, line, problem",
    [
        (
            "facts/wang-2017.csv",
            'bad-value,Xiaomi,smartphones_sold,2017,lots,,smartphones,,,,"The company managed to sell 7.2 '
            'million handsets in 2012, 18.7 million a year later and 61 million in 2014."',
            "'lots' is not a number",
        ),
        (
            "facts/wang-2017.csv",
            "no-metric,Xiaomi,profit,2015,1 billion,,USD,,,,x",
            "metric 'profit' is not in metrics.csv",
        ),
        ("facts/wang-2017.csv", "bad-period,Xiaomi,smartphones_sold,15,1 million,,,,,,x", "period '15'"),
        (
            "facts/wang-2017.csv",
            "bad-q,Xiaomi,smartphones_sold,2015,1 million,,,guessed,,,x",
            "unknown qualifier(s) guessed",
        ),
        (
            "facts/wang-2017.csv",
            "invented,Xiaomi,smartphones_sold,2011,1 million,,smartphones,,,,"
            "Xiaomi sold a million phones in 2011.",
            "not in articles/wang-2017.txt",
        ),
        ("facts/goals-2015.csv", "t,Xiaomi,sales_target,2016,90 million,,,,,,x", "needs a qualifier"),
        (
            "facts/goals-2015.csv",
            "t,Xiaomi,smartphones_sold,2015,100 million,,smartphones,target,,,x",
            "smartphones_sold is a result and cannot carry target: put targets, projections and "
            "forecasts under a target metric (sales_target)",
        ),
        (
            "facts/wang-2017.csv",
            "p,Xiaomi,smartphones_sold,2017,70 million,,smartphones,projection; approximate,,,x",
            "cannot carry projection",
        ),
        (
            "facts/wang-2017.csv",
            "late,Xiaomi,smartphones_sold,2017-H2,20 million,,smartphones,,,,x",
            "period 2017-H2 had not begun by the article's date (2017-04-10): a result (smartphones_sold) "
            "cannot be in it",
        ),
        (
            "facts/goals-2015.csv",
            "late,Xiaomi,smartphones_sold,2016,20 million,,smartphones,,,,x",
            "period 2016 had not begun by the article's date (2015)",
        ),
        (
            "facts/wang-2017.csv",
            "u,Xiaomi,smartphones_sold,2013,18.7 million,,phones,,,,x",
            "unit 'phones', but smartphones_sold is counted in 'smartphones' (metrics.csv)",
        ),
        (
            "facts/wang-2017.csv",
            "u,Xiaomi,valuation,2017,46 billion,,,,,Xiaomi is worth $46 billion.,x",
            "the unit is empty, but valuation is counted in 'USD' (metrics.csv)",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi,competitors,2017,,,,,,Xiaomi trails.,x,Huawei > Xiaomi",
            "ranking names Huawei, not among the fact's subjects",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi; Huawei,competitors,2017,,,,,,Xiaomi trails.,x,Huawei; Xiaomi",
            "ranking 'Huawei; Xiaomi' is not 'leaders > those behind'",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi; Huawei,competitors,2017,,,,,,Xiaomi trails.,x,Huawei >",
            "ranking 'Huawei >' needs companies on both sides of '>'",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi; Huawei,competitors,2017,,,,,,Xiaomi trails.,x,Huawei > Huawei; Xiaomi",
            "ranking 'Huawei > Huawei; Xiaomi' puts a company on both sides",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi; Huawei,competitors,2017,,,,,,Xiaomi trails.,x,Xiaomi > all; Huawei",
            "'all' stands alone after '>', after the one leader",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi; Huawei,competitors,2017,,,,,,Xiaomi trails.,x,Xiaomi; Huawei > all",
            "'all' stands alone after '>', after the one leader",
        ),
        (
            "facts/wang-2017.csv",
            "r,Xiaomi,smartphones_sold,2016,58 million,,smartphones,approximate,,,x,Xiaomi > all",
            "a ranking is read only on company facts; smartphones_sold is a figure metric",
        ),
        ("phrasings.csv", "profit,what is the profit", "intent 'profit' is not in intents.csv"),
        ("intents.csv", "profit,figure,profit,,What is the profit?", "metric 'profit' is not in metrics.csv"),
        ("sources.csv", "wang-2017,Again,2017-04-10,,,", "source id 'wang-2017' is used twice"),
        (
            "lexicon.csv",
            'your data,operation,sources,"A note never closed.',
            "a quote is opened and not closed",
        ),
        ("lexicon.csv", "thx,shorthand,,", "a shorthand word needs the word or words it stands for"),
        ("lexicon.csv", "how r,shorthand,how are", "a shorthand is one word"),
        ("lexicon.csv", "power bank,word,,", "a word of its own is one word, in letters"),
        ("lexicon.csv", "new york,no_company,,", "a word that is no company is one word, in letters"),
    ],
)
def test_malformed_files_name_file_row_and_problem(knowledge_copy, file, line, problem):
    path = knowledge_copy / file
    row = len(path.read_text(encoding="utf-8").splitlines()) + 1
    append(path, line)
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(knowledge_copy)
    message = str(raised.value)
    assert f"knowledge/{file}, row {row}: " in message
    assert problem in message


def test_missing_column_is_reported(knowledge_copy):
    path = knowledge_copy / "metrics.csv"
    path.write_text("metric,label\nx,y\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"metrics.csv, row 1: missing column\(s\): kind, template"):
        load_knowledge(knowledge_copy)


def test_fact_file_without_source_is_reported(knowledge_copy):
    (knowledge_copy / "facts" / "blog-2020.csv").write_text("id,subject\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no source with id 'blog-2020'"):
        load_knowledge(knowledge_copy)


def test_all_problems_reported_at_once(knowledge_copy):
    append(knowledge_copy / "phrasings.csv", "nope,one")
    append(knowledge_copy / "phrasings.csv", "nada,two")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(knowledge_copy)
    assert len(raised.value.problems) == 2


@pytest.mark.parametrize(
    "file, line",
    [("facts/wang-2017.csv", 4), ("articles/goals-2015.txt", 9), ("lexicon.csv", 3)],
)
def test_a_byte_that_is_not_utf8_is_reported_by_line(knowledge_copy, file, line):
    path = knowledge_copy / file
    lines = path.read_bytes().split(b"\n")
    lines[line - 1] = "caf\u00e9 ".encode() + b"\xe9" + lines[line - 1]  # Latin-1 after a UTF-8 accent
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(knowledge_copy)
    assert (
        f"knowledge/{file}, line {line}: cannot be read as UTF-8 (byte 0xe9 at character 6); "
        "save the file as UTF-8"
    ) in raised.value.problems


@pytest.mark.parametrize(
    "line",
    [
        "h1,Xiaomi,smartphones_sold,2015-H1,34.7 million,,smartphones,,,,x",  # begun within the year
        "t,Xiaomi,sales_target,2016,90 million,,smartphones,forecast,,x,x",  # a target may be later
        "q,Xiaomi,ceo,2015,,,,,,Lei Jun is the CEO.,x",  # no value: no unit needed
    ],
)
def test_rows_that_fit_their_metric_pass_those_checks(knowledge_copy, line):
    append(knowledge_copy / "facts" / "goals-2015.csv", line)  # "x" is in the article: a sentence
    assert line.split(",")[0] in {f.id for f in load_knowledge(knowledge_copy).facts}


ACME = "Acme Phones sold 12 million handsets in 2015 and 20 million in 2016."
ACME_ROWS = [
    f'acme-2015,Acme Phones,smartphones_sold,2015,12 million,,smartphones,,,,"{ACME}"',
    f'acme-2016,Acme Phones,smartphones_sold,2016,20 million,,smartphones,,,,"{ACME}"',
]


def add_article(knowledge: Path, source: str, rows: list[str], text: str = ACME) -> Path:
    append(knowledge / "sources.csv", f"{source},An article about Acme,2018-02-01,,,")
    (knowledge / "articles" / f"{source}.txt").write_text(text + "\n", encoding="utf-8")
    path = knowledge / "facts" / f"{source}.csv"
    header = "id,subject,metric,period,value,value_to,unit,qualifiers,quoted,statement,sentence"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "slip, problem",
    [
        ("Acme Phone", "row 4: subject 'Acme Phone' looks like 'Acme Phones' (rows 2-3)"),
        ("acme phones", "row 4: subject 'acme phones' looks like 'Acme Phones' (rows 2-3)"),
        ("Acme Phoens", "row 4: subject 'Acme Phoens' looks like 'Acme Phones' (rows 2-3)"),
        ("Acme Phonez", "row 4: subject 'Acme Phonez' looks like 'Acme Phones' (rows 2-3)"),
        ("Xiaomj", "row 4: subject 'Xiaomj' looks like 'Xiaomi' (knowledge/facts/goals-2015.csv rows"),
    ],
)
def test_a_subject_one_slip_from_another_is_flagged(knowledge_copy, slip, problem):
    row = f'acme-2017,{slip},smartphones_sold,2016,20 million,,smartphones,,,,"{ACME}"'
    add_article(knowledge_copy, "acme-2018", [*ACME_ROWS, row])
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(knowledge_copy)
    (message,) = raised.value.problems
    assert message.startswith(f"knowledge/facts/acme-2018.csv, {problem}")
    assert message.endswith("correct the slip, or add both to companies.csv if they are different names")


def test_a_slip_of_a_company_only_in_companies_csv_is_flagged(knowledge_copy):
    row = f'acme-2017,Lenova,smartphones_sold,2016,20 million,,smartphones,,,,"{ACME}"'
    add_article(knowledge_copy, "acme-2018", [*ACME_ROWS, row])
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(knowledge_copy)
    assert "row 4: subject 'Lenova' looks like 'Lenovo' (companies.csv)" in str(raised.value)


@pytest.mark.parametrize(
    "names, companies",
    [
        (("Acme Phones", "Acme Phone"), "Acme Phones,acme phones\nAcme Phone,acme phone\n"),  # declared apart
        (("Acme Phones", "Acme Mobile"), ""),  # two slips apart
        (("ZTE", "ZTA"), ""),  # too short to judge
    ],
)
def test_names_that_are_not_slips_pass(knowledge_copy, names, companies):
    rows = [
        f'acme-{i},{name},smartphones_sold,{2015 + i},12 million,,smartphones,,,,"{ACME}"'
        for i, name in enumerate(names)
    ]
    add_article(knowledge_copy, "acme-2018", rows)
    with (knowledge_copy / "companies.csv").open("a", encoding="utf-8") as handle:
        handle.write(companies)
    assert {f.subjects[0] for f in load_knowledge(knowledge_copy).facts} >= set(names)


def test_a_new_company_passes_without_companies_csv(knowledge_copy):
    # Its company is known from the facts themselves (tests/test_engine.py asks about it).
    add_article(knowledge_copy, "acme-2018", ACME_ROWS)
    companies = (knowledge_copy / "companies.csv").read_text(encoding="utf-8")
    assert "Acme" not in companies
    facts = [f for f in load_knowledge(knowledge_copy).facts if f.source == "acme-2018"]
    assert [(f.subjects, f.value) for f in facts] == [(("Acme Phones",), 12e6), (("Acme Phones",), 20e6)]


def test_a_quote_never_closed_is_reported_where_it_opens(knowledge_copy):
    # The rows after it would be read as one note and silently lost.
    path = knowledge_copy / "lexicon.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(5, 'your data,operation,sources,"A note never closed.')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        KnowledgeError, match=r"lexicon.csv, row 6: a quote is opened and not closed on its row"
    ):
        load_knowledge(knowledge_copy)
