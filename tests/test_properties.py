"""Properties of the engine on any input (hypothesis), checked against the real knowledge base.

- any Unicode text, up to 20,000 characters, gets an `Answer` with something to say;
- the same question always gets the same answer: asked again, by a new engine, in a new
  conversation;
- a year the knowledge base has no facts for never gets a figure, however the question is
  worded, and neither does a year one digit away from a known one (2018 or 2041 for 2014);
- SQL, HTML, Markdown and format-string text is inert: answered, the knowledge base untouched,
  and echoed in the Telegram HTML only escaped.

`Answer` carries no list of figures: what it says is `text` (and `chart`, `answered`). A figure
in the text is a number with a scale or unit ("61 million", "$46 billion", "+226%", "3.3x"), so
the checks read figures out of the text and tie each to the facts and years around it.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.chat_app.render import answer_messages, inline_result
from bot.engine import Engine
from bot.understanding import Conversation
from tests.botapi_server import parse_html

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


# ---- what the knowledge base knows, read from its data files -------------------------------------


def fact_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted((KNOWLEDGE / "facts").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            rows.extend(csv.DictReader(file))
    return rows


KNOWN_YEARS = frozenset(int(r["period"][:4]) for r in fact_rows() if r["period"][:4].isdigit())
UNKNOWN_YEARS = [y for y in range(1900, 2101) if y not in KNOWN_YEARS]


def one_digit_away(year: int) -> set[int]:
    """Four-digit numbers one typo from `year`: one digit changed, or two neighbours swapped."""
    digits = str(year)
    near = {digits[:i] + d + digits[i + 1 :] for i in range(4) for d in "0123456789"}
    near |= {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in range(3)}
    return {int(n) for n in near if n[0] != "0"} - KNOWN_YEARS


NEAR_YEARS = sorted(set().union(*(one_digit_away(y) for y in KNOWN_YEARS)))


def test_known_years_are_those_of_the_built_knowledge_base(engine: Engine):
    built = {p[:4] for (p,) in engine.kb.conn.execute("select distinct period from facts") if p}
    assert {int(y) for y in built} == KNOWN_YEARS
    assert 2014 in KNOWN_YEARS and 2018 in NEAR_YEARS and 2041 in NEAR_YEARS  # the premise holds


# ---- reading figures out of an answer ----------------------------------------------------------

# "61 million", "7.2M", "$46 billion", "18,700,000", "+226.2%", "3.3x"; years are not figures.
FIGURE = re.compile(
    r"(?P<sign>[+\-\u2212])?(?P<money>\$)?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<unit>million|billion|thousand|mn|bn|m|k|%|x|percent|times)?(?![\w])",
    re.IGNORECASE,
)
SCALE = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def figures(text: str) -> list[tuple[str, float | None]]:
    """(as written, value) of each figure in `text`; value None for a derived one (%, x)."""
    found = []
    for match in FIGURE.finditer(text):
        unit = (match.group("unit") or "").lower()
        raw = match.group("number").replace(",", "")
        value = float(raw)
        if unit in ("%", "x", "percent", "times"):
            found.append((match.group(0), None))
        elif unit in SCALE:
            found.append((match.group(0), value * SCALE[unit]))
        elif match.group("money") or "," in match.group("number") or value >= 100_000:
            found.append((match.group(0), value))
        # a bare small number is a year, a rank, "[1]": not a figure
    return found


def fact_years(engine: Engine) -> dict[float, set[int]]:
    """Each figure of the knowledge base (value or range end) -> the years it belongs to."""
    owners: dict[float, set[int]] = {}
    for metric in engine.kb.metrics:
        for fact in engine.kb.facts(metric):
            for value in (fact.value, fact.value_to):
                if value is not None and fact.period[:4].isdigit():
                    owners.setdefault(value, set()).add(int(fact.period[:4]))
    return owners


def misattributed(engine: Engine, answer: Answer, asked: set[int]) -> str | None:
    """The first sentence stating a figure that is not a fact of an asked year named in it."""
    body = answer.body  # the sources' titles ("... 70 Million Phones In 2017") are not claims
    owners = fact_years(engine)
    for sentence in SENTENCE.split(body):
        for _, value in figures(sentence):
            if value is None:
                return sentence  # a change or share computed from years that have no figure
            years = {y for v, ys in owners.items() if abs(v - value) <= v * 0.005 for y in ys}
            if not any(y in asked and str(y) in sentence for y in years):
                return sentence
    return None


def test_figures_reads_scaled_money_and_derived_figures_not_years():
    text = "7.2M in 2012, $46 billion, 18,700,000 units, +226.2% and 3.3x over 2012-2016, Q3 2015 [1]"
    assert figures(text) == [
        ("7.2M", 7.2e6),
        ("$46 billion", 46e9),
        ("18,700,000", 18.7e6),
        ("+226.2%", None),
        ("3.3x", None),
    ]


def test_misattributed_catches_a_figure_given_to_another_year(engine: Engine):
    # The check must be able to fail: a real figure answer is wrong for any other year.
    real = engine.answer("how many phones did xiaomi sell in 2014?")
    assert misattributed(engine, real, {2014}) is None
    assert misattributed(engine, real, {2018}) is not None
    moved = Answer("sales 2018", True, "Xiaomi sold 61 million smartphones in 2018.")
    assert misattributed(engine, moved, {2018}) is not None
    derived = Answer("growth 2018 to 2019", True, "Sales grew 14.8% from 2018 to 2019.")
    assert misattributed(engine, derived, {2018, 2019}) is not None


# ---- any text gets an answer -------------------------------------------------------------------

ODD = [
    "\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\x7f", "\x85", "\u202e", "\u202d", "\u200f", "\u200e",
    "\u2066", "\u200b", "\u200d", "\ufeff", "\ufffd", "\u0301", "\u05e2\u05d1\u05e8\u05d9\u05ea",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u4e2d\u6587", "\U0001f4f1", "\U0001f1e8\U0001f1f3",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U000e0041", "\U0010fffd", "\uffff", "\u2028", "\u00a0",
    "\uff12\uff10\uff11\uff14", "xiaomi", " sales ", "2014", "'14", "and ", "?", "@MarketFactsBot ", "/ask ",
    "million", "Q3", "H1",
]  # fmt: skip
CHARACTERS = st.characters(codec="utf-8")  # every code point but surrogates: controls and NUL too
PIECES = st.one_of(CHARACTERS, st.sampled_from(ODD))
ANY_TEXT = st.one_of(
    st.text(CHARACTERS, max_size=20_000),
    st.lists(PIECES, max_size=300).map("".join),  # RTL, emoji, controls next to real words
    st.builds(  # long text, cheaply: a random piece repeated up to 20,000 characters
        lambda piece, size: (piece * (size // max(len(piece), 1) + 1))[:size],
        st.lists(PIECES, min_size=1, max_size=40).map("".join),
        st.integers(1_000, 20_000),
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=ANY_TEXT)
@example(question="")
@example(question="\x00" * 20_000)
@example(question="\u202e\U0001f4f1 2014 " * 2_500)
@example(question="how many phones did xiaomi sell in 2014? " * 487)
@example(question=" " * 20_000 + "\U0001f4f1")  # a long run of spaces before an emoji: linear, not quadratic
# a run of blanks before a dash, after a remark with a year: read once
@example(question="my 2014 " + " " * 20_000 + "- what about 2015?")
@example(question="\t\xa0" * 10_000)  # a run of blanks with no line break in it: scanned once
@example(question="?" * 20_000)  # a run of question marks: one break, found once
def test_answer_any_unicode_text_never_raises(engine: Engine, question: str):
    for conversation in (None, Conversation()):
        answer = engine.answer(question, conversation)
        assert isinstance(answer, Answer)
        assert isinstance(answer.text, str) and answer.text.strip()
        assert answer.question == question
    for message in answer_messages(answer, with_question=True):
        parse_html(message)  # Telegram would take it: no stray '<' or '&'


# ---- the same question, the same answer ---------------------------------------------------------

QUESTIONS = st.one_of(
    ANY_TEXT,
    st.sampled_from(
        [
            "how many phones did xiaomi sell in 2014?",
            "xiomi smarphone sales 2013 lol",
            "growth 2013 to 2014?",
            "total sales 2012-2016",
            "which year was better, 2015 or 2016",
            "what was the goal for 2015",
            "how much is xiaomi worth",
            "sales in India",
            "how many phones did huawei sell in 2015?",
            "chart of sales",
            "what is the weather",
        ]
    ),
)
FOLLOW_UPS = st.sampled_from(
    ["and 2015?", "what about 2012", "the year before?", "and the target?", "how about Huawei?",
     "compare with 2016", "and in Q3?", "that year?", "how much will it cost?", "and 2019?"]
)  # fmt: skip


@pytest.fixture(scope="module")
def uncached_engine(kb_path: Path) -> Engine:
    """A second engine on the same knowledge base that remembers no fact look-up."""
    return Engine.open(KNOWLEDGE, kb_path, fact_cache_size=0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_answer_same_question_same_answer(engine: Engine, uncached_engine: Engine, question: str):
    first = engine.answer(question)
    assert engine.answer(question) == first  # text, sources, suggestions, chart: every field
    assert uncached_engine.answer(question) == first
    assert engine.answer(question, Conversation()) == uncached_engine.answer(question, Conversation())


@settings(max_examples=60, deadline=None)
@given(turns=st.lists(st.one_of(QUESTIONS, FOLLOW_UPS), min_size=1, max_size=6))
def test_answer_same_conversation_same_answers(engine: Engine, uncached_engine: Engine, turns: list[str]):
    ours, theirs = Conversation(), Conversation()
    for turn in turns:
        assert engine.answer(turn, ours) == uncached_engine.answer(turn, theirs)
    assert ours == theirs


@pytest.mark.parametrize(
    "question",
    ["how many phones did xiaomi sell in 2014?", "and 2015?", "growth 2013 to 2014?", "sales 2019", "\x00"],
)
def test_answer_new_engine_same_answer(engine: Engine, kb_path: Path, question: str):
    for other in ("total sales 2012-2016", "best year", "sales 2015-H1", "who is the ceo"):
        engine.answer(other)  # the long-lived engine has answered other things since
    assert Engine.open(KNOWLEDGE, kb_path).answer(question) == engine.answer(question)


ACROSS_PROCESSES = [
    "xiaomi sales 2019",
    "how many phones did xiaomi sell in 2011?",
    "growth 2018 to 2019",
    "sales in Q1 2015",
    "how many phones did xiaomi sell in 2014?",
    "what was the goal for 2015",
    "what is the weather",
]


def test_answer_same_question_same_answer_in_another_process(kb_path: Path):
    # Each process has its own string hashes (PYTHONHASHSEED): an answer must not depend on them.
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--json", *ACROSS_PROCESSES],
            env={
                **os.environ,
                "PYTHONHASHSEED": seed,
                "KNOWLEDGE_DB": str(kb_path),
                "KNOWLEDGE_DIR": str(KNOWLEDGE),
            },
            cwd=KNOWLEDGE.parent,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.splitlines())
    differ = [(a, b) for a, b in zip(*outputs, strict=True) if a != b]
    assert differ == [], f"{len(differ)} answers differ, e.g.\n{differ[0][0]}\n{differ[0][1]}"


# ---- no figure for a year the knowledge base does not have --------------------------------------

ONE_YEAR = [
    "how many phones did Xiaomi sell in {year}",
    "how many phones did xiaomi sell in {year}?",
    "Xiaomi sales {year}",
    "revenue {year}?",
    "xiaomi revenue in {year}",
    "smartphones shipped by xiaomi in {year}",
    "how many handsets did they move in {year}",
    "what was the sales target for {year}",
    "xiaomi phone sales in Q3 {year}",
    "sales in the first half of {year}",
    "did xiaomi sell 61 million phones in {year}?",
    "was {year} a good year for xiaomi sales",
    "{year}",
    "{year}?",
    "xiaomi {year}",
    "total sales {year}",
    "how many phones did huawei sell in {year}",
]
TWO_YEARS = [  # (template, whether the years bound a range: a year between them is asked too)
    ("growth {a} to {b}", True),
    ("how did sales change between {a} and {b}", True),
    ("total sales from {a} to {b}", True),
    ("average sales {a}-{b}", True),
    ("sales from {a} through {b}", True),
    ("best year between {a} and {b}", True),
    ("which year was better, {a} or {b}", False),
    ("did xiaomi sell more in {a} or {b}", False),
    ("sales {a} vs {b}", False),
    ("how many more phones in {b} than {a}", False),
    ("compare sales in {a} and {b}", True),
]
FOLLOW_UP_YEAR = ["and {year}?", "what about {year}", "how about {year}?", "and in {year}"]


def assert_no_figure(engine: Engine, answer: Answer, asked: set[int], must_refuse: bool = True):
    wrong = misattributed(engine, answer, asked)
    assert wrong is None, f"{answer.question!r} got a figure of another year: {wrong!r}\n{answer.text}"
    assert answer.chart is None
    if must_refuse:
        assert not answer.answered, answer.text


@settings(max_examples=300, deadline=None)
@given(year=st.sampled_from(UNKNOWN_YEARS), template=st.sampled_from(ONE_YEAR))
# 2010 is in the knowledge base as a value (founded in 2010), not as a period of any fact.
@example(year=2010, template="how many phones did xiaomi sell in {year}?")
@example(year=2011, template="Xiaomi sales {year}")
@example(year=2018, template="Xiaomi sales {year}")
def test_answer_unknown_year_no_figure(engine: Engine, year: int, template: str):
    assert_no_figure(engine, engine.answer(template.format(year=year)), {year})


@settings(max_examples=300, deadline=None)
@given(
    a=st.sampled_from(UNKNOWN_YEARS),
    b=st.sampled_from(UNKNOWN_YEARS),
    template=st.sampled_from(TWO_YEARS),
)
@example(a=2011, b=2018, template=("growth {a} to {b}", True))  # spans known years
@example(a=2018, b=2011, template=("total sales from {a} to {b}", True))  # backwards
def test_answer_unknown_years_pair_no_figure(engine: Engine, a: int, b: int, template: tuple[str, bool]):
    text, spans = template
    low, high = min(a, b), max(a, b)
    asked = set(range(low, high + 1)) if spans else {a, b}
    answer = engine.answer(text.format(a=a, b=b))
    assert_no_figure(engine, answer, asked, must_refuse=not (asked & KNOWN_YEARS))


@settings(max_examples=200, deadline=None)
@given(
    year=st.sampled_from(UNKNOWN_YEARS),
    known=st.sampled_from(sorted(KNOWN_YEARS)),
    turn=st.sampled_from(FOLLOW_UP_YEAR),
)
def test_answer_unknown_year_follow_up_no_figure(engine: Engine, year: int, known: int, turn: str):
    conversation = Conversation()
    engine.answer(f"how many phones did xiaomi sell in {known}?", conversation)
    assert_no_figure(engine, engine.answer(turn.format(year=year), conversation), {year})


@settings(max_examples=250, deadline=None)
@given(
    year=st.sampled_from(NEAR_YEARS),
    template=st.sampled_from(ONE_YEAR + FOLLOW_UP_YEAR),
    known=st.sampled_from(sorted(KNOWN_YEARS)),
)
@example(year=2018, template="Xiaomi sales {year}", known=2014)
@example(year=2041, template="how many phones did Xiaomi sell in {year}", known=2014)
@example(year=2041, template="and {year}?", known=2014)
@example(year=3014, template="Xiaomi sales {year}", known=2014)
@example(year=2104, template="revenue {year}?", known=2014)
def test_answer_year_one_digit_off_no_figure(engine: Engine, year: int, template: str, known: int):
    conversation = Conversation()  # the known year's figure was just given: the easiest to reuse
    engine.answer(f"how many phones did xiaomi sell in {known}?", conversation)
    assert_no_figure(engine, engine.answer(template.format(year=year), conversation), {year})


# ---- hostile text is inert ----------------------------------------------------------------------

HOSTILE = [
    # SQL
    "'; DROP TABLE facts; --",
    "1 OR 1=1",
    "2014' OR '1'='1",
    '" UNION SELECT sentence, statement FROM facts --',
    "'); DELETE FROM facts WHERE ('1'='1",
    "2014; ATTACH DATABASE '/tmp/x.db' AS x; --",
    "%' OR metric LIKE '%",
    # HTML
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    "<a href='http://evil.example'>click</a>",
    "&amp;",
    "&lt;b&gt;",
    "a < b > c & d",
    "<b><i>unclosed",
    "<!-- comment -->",
    "<tg-spoiler>x</tg-spoiler>",
    # Markdown
    "*_`[x](http://y)",
    "**bold** __under__ ~~strike~~ ||spoiler||",
    "```\ncode\n```",
    "[2014](tg://user?id=1)",
    # format strings
    "{0}",
    "{}",
    "%s %n",
    "%(question)s %d %x",
    "{answer.__class__}",
    "{0.__class__.__init__.__globals__}",
    "{question!r:>{width}}",
    "${jndi:ldap://x}",
    "\\x00\\n\\u202e",
]
WRAPS = ["{}", "how many phones did xiaomi sell in 2014? {}", "{} sales 2014", "@MarketFactsBot {} and 2015?"]


def fact_count(path: Path) -> tuple[int, tuple[str, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        (count,) = conn.execute("select count(*) from facts").fetchone()
        tables = tuple(r[0] for r in conn.execute("select name from sqlite_master order by name"))
    conn.close()
    return count, tables


def rendered(answer: Answer) -> list[str]:
    """Every Telegram HTML text the answer becomes: chat messages with the question, the inline result."""
    return [
        *answer_messages(answer, with_question=True),
        inline_result(answer).input_message_content.message_text,
    ]


@pytest.mark.parametrize("wrap", WRAPS)
@pytest.mark.parametrize("payload", HOSTILE)
def test_answer_hostile_text_inert(engine: Engine, kb_path: Path, payload: str, wrap: str):
    question = wrap.format(payload)
    before = fact_count(kb_path)
    conversation = Conversation()
    answers = [
        engine.answer(question),
        engine.answer(question, conversation),
        engine.answer("and 2015?", conversation),
    ]
    assert fact_count(kb_path) == before  # the file as built: same facts, same tables
    assert engine.kb.conn.execute("select count(*) from facts").fetchone()[0] == before[0]
    for answer in answers:
        assert answer.text.strip()
        assert "__class__" not in answer.text and "<class" not in answer.text and "Answer(" not in answer.text
    answer = answers[0]
    for message in rendered(answer):
        shown = parse_html(message)  # well-formed: Telegram takes it
        assert re.sub(r"</?[bi]>", "", message).count("<") == 0, message  # only the bot's own tags
        # The question is shown exactly as typed (spaces aside), so none of it became markup.
        assert " ".join(question.split())[:200] in " ".join(shown.split()), message


@pytest.mark.parametrize("payload", [p for p in HOSTILE if "<" in p or "&" in p])
def test_render_hostile_question_escaped(engine: Engine, payload: str):
    answer = engine.answer(payload)
    (first, *_) = answer_messages(answer, with_question=True)
    echoed = first.splitlines()[0]  # the question line
    assert echoed.startswith("\u2753 <b>") and echoed.endswith("</b>")
    inner = echoed.removeprefix("\u2753 <b>").removesuffix("</b>")
    assert "<" not in inner and ">" not in inner
    assert re.sub(r"&(?:lt|gt|amp);", "", inner).count("&") == 0  # every & of the input escaped
