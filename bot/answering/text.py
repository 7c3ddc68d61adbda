"""Plain text of an answer's sentences: the terminal's and `ask --json`'s rendering.

One source is cited once at the end; several are numbered where they are used and listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.answer import Cite, Figure, Sentence
from bot.knowledge.store import KnowledgeBase


def cited_sources(sentences: Iterable[Sentence]) -> tuple[str, ...]:
    """Source ids in the order the sentences first cite them."""
    order: list[str] = []
    for sentence in sentences:
        for source in [p.source for p in sentence.parts if isinstance(p, Cite)] + list(sentence.sources):
            if source not in order:
                order.append(source)
    return tuple(order)


def sentence_text(sentence: Sentence, number: Mapping[str, int]) -> str:
    """A sentence's text with its citation marks as '[n]'; with no numbering (one source), none."""
    text = "".join(
        (f" [{number[p.source]}]" if number else "")
        if isinstance(p, Cite)
        else p.text
        if isinstance(p, Figure)
        else p
        for p in sentence.parts
    )
    marks = "".join(f" [{number[s]}]" for s in sentence.sources if number and f"[{number[s]}]" not in text)
    return text.rstrip(".") + marks + "." if marks and text.endswith(".") else text + marks


def render_text(
    sentences: list[Sentence] | tuple[Sentence, ...], kb: KnowledgeBase
) -> tuple[str, tuple[str, ...]]:
    """(text, citations): the sentences joined, then 'Source: ...' or numbered 'Sources: ...'."""
    order = cited_sources(sentences)
    citations = tuple(kb.source(s).citation for s in order)
    number = {s: i + 1 for i, s in enumerate(order)} if len(order) > 1 else {}
    body = " ".join(sentence_text(s, number) for s in sentences)
    if len(order) <= 1:
        return (f"{body} \u2014 Source: {citations[0]}" if citations else body), citations
    listed = "; ".join(f"[{number[s]}] {c}" for s, c in zip(order, citations, strict=True))
    return f"{body} \u2014 Sources: {listed}", citations
