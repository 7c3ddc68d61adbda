"""Answers as Telegram HTML: escaped, well-formed, within Telegram's limits.

Every rendered text is checked with the stand-in Bot API's parser, which refuses what
Telegram refuses (raw `<` or `&`, unknown or unbalanced tags).
"""

from __future__ import annotations

import pytest

from bot.answer import Answer, ChartData, Cite, Figure, Sentence, Source
from bot.chat_app.render import (
    CAPTION_LIMIT,
    MAX_PARTS,
    MESSAGE_LIMIT,
    answer_messages,
    button_key,
    callback_data,
    chart_caption,
    help_message,
    inline_result,
    question_key,
    question_keyboard,
    sources_messages,
    start_message,
    stats_message,
    utf16_len,
)
from bot.knowledge.store import Freshness
from tests.botapi_server import parse_html

WANG = "Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017, 10 Apr 2017"


def shown(html_text: str) -> str:
    """What Telegram displays; fails as Telegram would on malformed HTML."""
    return parse_html(html_text)


def answer(text: str, question: str = "q?", suggestions: tuple[str, ...] = ()) -> Answer:
    return Answer(question, True, text, "sales", 90.0, (), suggestions)


def composed(*sentences: Sentence, sources: tuple[str, ...] = (WANG,), question: str = "q?") -> Answer:
    """An answer as the engine returns one: sentences as data, with the sources they cite."""
    ids = tuple(f"s{i}" for i in range(1, len(sources) + 1))
    return Answer(question, True, "(plain text)", "sales", 90.0, sources, sentences=sentences, source_ids=ids)


SOLD_2013 = Sentence(("Xiaomi sold ", Figure("18.7 million"), Cite("s1"), " smartphones in 2013."))


def test_figures_are_bold_and_the_source_is_in_italics():
    (html_text,) = answer_messages(composed(SOLD_2013))
    assert "<b>18.7 million</b>" in html_text
    assert f"<i>Source: {WANG}</i>" in html_text
    assert shown(html_text) == f"Xiaomi sold 18.7 million smartphones in 2013.\nSource: {WANG}"


def test_numbered_sources_get_a_line_each():
    both = Sentence(
        (
            "Xiaomi sold ",
            Figure("61 million"),
            Cite("s1"),
            " vs ",
            Figure("60 million"),
            Cite("s2"),
            " in 2014.",
        )
    )
    (html_text,) = answer_messages(composed(both, sources=("A, 2017", "B, 2015")))
    assert shown(html_text).splitlines() == [
        "Xiaomi sold 61 million [1] vs 60 million [2] in 2014.",
        "Sources:",
        "[1] A, 2017",
        "[2] B, 2015",
    ]
    assert "<b>61 million</b> [1] vs <b>60 million</b> [2]" in html_text


def test_a_list_item_is_a_paragraph_of_its_own():
    items = [
        Sentence(("My figures come from 2 articles:",)),
        Sentence(("\u2022 A, 2017",), ("s1",)),
        Sentence(("\u2022 B, 2015",), ("s2",)),
    ]
    (html_text,) = answer_messages(composed(*items, sources=("A, 2017", "B, 2015")))
    assert shown(html_text).splitlines()[:3] == [
        "My figures come from 2 articles:",
        "\u2022 A, 2017 [1]",
        "\u2022 B, 2015 [2]",
    ]


@pytest.mark.parametrize(
    "hostile",
    [
        "<b>bold</b>",
        "a < b && c > d",
        "*_under_* `code` [link](x)",
        "&amp; &lt; &#x27;",
        "</i></b><i>",
        "<a href='x'>",
    ],
)
def test_user_derived_text_is_shown_exactly_as_typed(hostile):
    (html_text,) = answer_messages(
        answer(f"I don't know {hostile} 2014.", question=hostile), with_question=True
    )
    assert shown(html_text) == f"\u2753 {hostile}\nI don't know {hostile} 2014."


def test_a_long_answer_is_split_into_well_formed_messages_within_the_limit():
    sentence = "Sales & targets <grew> to 18.7 million in 2013, up +705.6% (8.1x)."
    text = " ".join([sentence] * 150) + f" \u2014 Source: {WANG}"  # ~10,000 characters, more once escaped
    parts = answer_messages(answer(text))
    assert 2 <= len(parts) <= MAX_PARTS
    visible = [shown(p) for p in parts]
    assert all(utf16_len(v) <= MESSAGE_LIMIT for v in visible)
    joined = " ".join(visible)
    assert joined.count("Sales & targets <grew>") == 150
    assert visible[-1].endswith(f"Source: {WANG}")


def test_a_huge_answer_is_shortened_not_dropped():
    parts = answer_messages(answer("word " * 20_000))
    assert len(parts) == MAX_PARTS
    assert all(utf16_len(shown(p)) <= MESSAGE_LIMIT for p in parts)
    assert shown(parts[-1]).endswith("(shortened)")


def test_length_is_counted_in_utf16_as_telegram_counts_it():
    parts = answer_messages(answer("\U0001f4f1" * 3000))  # 3000 characters, 6000 UTF-16 units
    assert len(parts) == 2
    assert all(utf16_len(shown(p)) <= MESSAGE_LIMIT for p in parts)
    assert sum(len(shown(p)) for p in parts) == 3000


def test_one_giant_word_is_cut_too():
    parts = answer_messages(answer("&" * 9000))
    assert [len(shown(p)) for p in parts] == [4096, 4096, 808]


@pytest.mark.parametrize(
    "key, question, data",
    [
        ("sales", "How many smartphones did Xiaomi sell in 2015?", "ask:sales"),
        (None, "x" * 500, "ask:#" + question_key("x" * 500)),  # no key: a hash the chat keeps
        ("k" * 61, "a question", "ask:#" + question_key("a question")),  # a key too long for 64 bytes
        ("#sales", "a question", "ask:#" + question_key("a question")),  # a key that reads as a hash
    ],
)
def test_callback_data_names_a_suggestion_within_64_bytes(key, question, data):
    assert callback_data(key, question) == data and len(data.encode()) <= 64
    assert button_key(data) == data.removeprefix("ask:")


@pytest.mark.parametrize("data", ["ask:", "elsewhere", ""])
def test_button_key_of_no_question_button(data):
    assert button_key(data) is None


def test_question_keyboard_shows_each_question_shortened():
    buttons = [
        ("How many smartphones did Xiaomi sell in 2015?", "ask:sales"),
        ("\u5c0f\u7c73" * 200, "ask:#1"),
    ]
    rows = question_keyboard(buttons).inline_keyboard
    assert [(b.text, b.callback_data) for (b,) in rows][0] == buttons[0]
    assert all(len(b.text) <= 60 for (b,) in rows)
    assert question_keyboard(()) is None


def test_inline_result_sends_question_and_answer_within_the_limits():
    long_question = "how many phones <in> 2013 & " + "very " * 50
    result = inline_result(composed(SOLD_2013, question=long_question))
    assert len(result.id.encode()) <= 64
    content = shown(result.input_message_content.message_text)
    assert " ".join(long_question.split()) in content and "18.7 million" in content
    assert result.description.startswith("Xiaomi sold 18.7 million")
    assert "Source" not in result.description


def test_chart_caption_fits_a_caption_and_names_the_target_and_sources():
    data = ChartData(
        "Xiaomi smartphone sales by year",
        "smartphones",
        "smartphone sales",
        (2012, 2013),
        (7.2e6, 18.7e6),
        ("7.2M", "18.7M"),
        ((2017, 70e6, "target (70 million)"),),
        ("A & B <news>, 2017", "C " * 600),
    )
    caption = chart_caption(data)
    visible = shown(caption)
    assert utf16_len(visible) <= CAPTION_LIMIT
    assert "2017 target (70 million)" in visible and "A & B <news>, 2017" in visible


def test_sources_list_titles_publishers_dates_and_links_escaped():
    sources = [
        Source("a", "Sales <up> & away", "2017-04-10", "Forbes", 'https://example.com/a?x=1&y="2"'),
        Source("b", "Second", "2015"),
    ]
    (html_text,) = sources_messages(sources)
    lines = shown(html_text).splitlines()
    assert lines == [
        "My figures come from 2 articles:",
        "1. Sales <up> & away \u2014 Forbes, 10 Apr 2017",
        "2. Second \u2014 2015",
    ]
    assert 'href="https://example.com/a?x=1&amp;y=&quot;2&quot;"' in html_text


def test_start_and_help_are_well_formed():
    start = shown(start_message("Xiaomi's <sales> & more.", ("Q1 <?>", "Q2", "Q3", "Q4")))
    assert "Xiaomi's <sales> & more." in start and "Q1 <?>" in start and "Q4" not in start
    text = shown(help_message("Market_Facts_Bot"))
    assert "@Market_Facts_Bot" in text and "/ask" in text


@pytest.mark.parametrize(
    "question, echoed",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<b>bold</b> & co", "&lt;b&gt;bold&lt;/b&gt; &amp; co"),
        ("{0} %s {answer.text}", "{0} %s {answer.text}"),
    ],
)
def test_echoed_question_is_escaped_never_markup(question, echoed):
    answer = Answer(question, False, "I don't know that one.")
    (message,) = answer_messages(answer, with_question=True)
    assert echoed in message
    assert question in parse_html(message)  # shown exactly as typed


@pytest.mark.parametrize(
    "files, said",
    [
        (None, []),
        (Freshness(True), []),
        (
            Freshness(False),
            ["<b>Older than the knowledge files</b>, which have changed since: /reload serves them."],
        ),
        (
            Freshness(False, ("knowledge/facts/x.csv, row 3: 'a <lot>' is not a number",)),
            [
                "<b>Older than the knowledge files</b>: they do not build (1 problem(s)), so this last good "
                "knowledge base keeps answering until they are fixed.",
                "• knowledge/facts/x.csv, row 3: 'a &lt;lot&gt;' is not a number",
            ],
        ),
    ],
)
def test_stats_says_when_the_knowledge_base_is_older_than_its_files(files, said):
    text = stats_message(1, 1, 60, {"facts": "46", "built_at": "2026-01-02T03:04:05Z"}, [], files=files)
    lines = text.splitlines()
    knowledge = next(i for i, line in enumerate(lines) if line.startswith("Knowledge base: 46 facts"))
    assert lines[knowledge + 1 : knowledge + 1 + len(said)] == said
    assert lines[knowledge + 1 + len(said)] == ""
