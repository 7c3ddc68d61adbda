"""Answers as Telegram messages: HTML text within Telegram's limits, and buttons.

Every string that can come from a user or from the data (questions, answer text,
titles) is escaped with `html.escape` before any tag is added, so `<`, `&`, `*`
or `_` in a question never break a reply. The pure-string helpers come first; the
functions at the end build Telegram objects (keyboards, inline results).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
)
from telegram.constants import ParseMode

from bot.answer import Answer, ChartData, Figure, Sentence, Source, format_date
from bot.answering.text import sentence_text
from bot.knowledge.store import Freshness

MESSAGE_LIMIT = 4096  # characters of a text message, after entities are parsed
CAPTION_LIMIT = 1024  # characters of a photo caption
CALLBACK_DATA_LIMIT = 64  # bytes of callback data
MAX_PARTS = 3  # an answer longer than this many messages is shortened
SHORTENED = " \u2026 (shortened)"
ASK_PREFIX = "ask:"  # callback data of a question button: ask:<suggestion key>, or ask:#<hash>
KEY_MARK = "#"
BUTTON_TEXT_LIMIT = 60
INLINE_DESCRIPTION_LIMIT = 120

# ---- pure strings --------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Text content for Telegram HTML: `<`, `>` and `&` escaped."""
    return html.escape(text, quote=False)


def question_key(question: str) -> str:
    """A short, stable key for a question (16 hex characters)."""
    return hashlib.blake2b(question.encode("utf-8"), digest_size=8).hexdigest()


def callback_data(key: str | None, question: str) -> str:
    """Callback data for a button asking `question`: `ask:<key>`, the engine's stable key for a
    suggestion (an intent's name), which outlives the process; a question without one goes by a
    hash the chat keeps (`ask:#<hash>`)."""
    if (
        key
        and len((ASK_PREFIX + key).encode("utf-8")) <= CALLBACK_DATA_LIMIT
        and not key.startswith(KEY_MARK)
    ):
        return ASK_PREFIX + key
    return ASK_PREFIX + KEY_MARK + question_key(question)


def button_key(data: str) -> str | None:
    """What a button's callback data names after `ask:`; None when it is no question button."""
    if not data.startswith(ASK_PREFIX):
        return None
    return data.removeprefix(ASK_PREFIX) or None


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "\u2026"


def bold_figures(escaped: str, figures: Iterable[str]) -> str:
    """Bold the answer's own figures (given as data, not guessed) in already-escaped text, in one
    pass, longest first, so "61 million" is never bolded inside "61 million" twice."""
    shown = sorted({escape(f) for f in figures if f}, key=len, reverse=True)
    if not shown:
        return escaped
    pattern = re.compile("|".join(rf"(?<![\w.]){re.escape(f)}(?![\w])" for f in shown))
    return pattern.sub(lambda m: f"<b>{m.group(0)}</b>", escaped)


def _body_renderer(figures: Sequence[str]) -> Callable[[str], str]:
    return lambda text: bold_figures(escape(text), figures)


def _plain_html(text: str) -> str:
    return escape(text)


def _sources_html(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def _question_html(text: str) -> str:
    return f"\u2753 <b>{escape(text)}</b>"


Block = tuple[str, Callable[[str], str]]  # plain text and how to render it


def answer_blocks(answer: Answer, with_question: bool = False) -> list[Block]:
    """An answer as paragraphs, from its sentences as data: the question (optionally), the
    sentences with their figures in bold (a "•" item is a paragraph of its own), the sources."""
    blocks: list[Block] = []
    if with_question and answer.question.strip():
        blocks.append((" ".join(answer.question.split()), _question_html))
    if not answer.sentences:
        blocks.append((answer.text.strip(), _plain_html))
        return blocks
    number = {s: i + 1 for i, s in enumerate(answer.source_ids)} if len(answer.source_ids) > 1 else {}
    paragraph: list[Sentence] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(sentence_text(s, number) for s in paragraph).strip()
            figures = [p.text for s in paragraph for p in s.parts if isinstance(p, Figure)]
            blocks.append((text, _body_renderer(figures)))
            paragraph.clear()

    for sentence in answer.sentences:
        if sentence.words.startswith("\u2022"):
            flush()
            paragraph.append(sentence)
            flush()
            continue
        paragraph.append(sentence)
    flush()
    if len(answer.sources) == 1:
        blocks.append((f"Source: {answer.sources[0]}", _sources_html))
    elif answer.sources:
        blocks.append(("Sources:", _sources_html))
        blocks.extend((f"[{i}] {source}", _sources_html) for i, source in enumerate(answer.sources, 1))
    return blocks


def _cut(text: str, limit: int) -> int:
    """Where to cut `text` so the first piece has at most `limit` UTF-16 units: at a space if one is near."""
    if utf16_len(text) <= limit:
        return len(text)
    units, index = 0, 0
    for index, char in enumerate(text):  # noqa: B007 - index is where the limit was passed
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            break
    else:
        return len(text)
    space = text.rfind(" ", 0, index + 1)
    return space if space > index // 2 else max(index, 1)


def pack(blocks: Iterable[Block], limit: int = MESSAGE_LIMIT, max_parts: int = MAX_PARTS) -> list[str]:
    """Render blocks into messages of at most `limit` visible characters, one block per line.

    Telegram counts the text after the HTML is parsed; a block's plain text is what is
    shown (blocks rendered as they are count their tags too, which only errs on the safe
    side). Blocks too long for one message are split, at a space where possible; past
    `max_parts` messages the answer is shortened, ending with an ellipsis.
    """
    parts: list[list[tuple[int, str]]] = []  # per message: (visible length, rendered line)
    lines: list[tuple[int, str]] = []

    def used() -> int:
        return sum(size for size, _ in lines) + len(lines) - 1 if lines else 0

    for text, render in blocks:
        while text:
            room = limit - used() - (1 if lines else 0)
            cut = _cut(text, room) if room > 0 else 0
            if cut == 0 or (cut < len(text) and lines and room < limit // 4):
                parts.append(lines)  # a new message rather than a line split short
                lines = []
                continue
            piece = text[:cut].rstrip() if cut < len(text) else text
            lines.append((utf16_len(piece), render(piece)))
            text = text[cut:].lstrip()
    if lines:
        parts.append(lines)
    if len(parts) > max_parts:
        lines = parts[max_parts - 1]
        while lines and used() + utf16_len(SHORTENED) > limit:
            lines.pop()  # whole lines only, so no tag is cut in half
        ending = escape(SHORTENED) if lines else escape(SHORTENED.strip())
        lines = lines or [(0, "")]
        lines[-1] = (lines[-1][0], lines[-1][1] + ending)
        parts[max_parts - 1 :] = [lines]
    return ["\n".join(line for _, line in message) for message in parts]


def answer_messages(
    answer: Answer, limit: int = MESSAGE_LIMIT, max_parts: int = MAX_PARTS, with_question: bool = False
) -> list[str]:
    """An answer as one or more Telegram HTML messages."""
    return pack(answer_blocks(answer, with_question), limit, max_parts) or [escape("\u2026")]


def fits(answer: Answer, limit: int) -> bool:
    """Whether the whole answer fits one message (or caption) of `limit` characters."""
    return len(pack(answer_blocks(answer), limit, max_parts=2)) == 1


def chart_caption(data: ChartData) -> str:
    """The caption of the /chart image."""
    span = f"{data.years[0]}\u2013{data.years[-1]}" if data.years else ""
    targets = ", ".join(f"{year} {label}" for year, _, label in data.targets)
    blocks: list[Block] = [(f"{data.title} {span}".strip(), lambda t: f"<b>{escape(t)}</b>")]
    if targets:
        blocks.append((f"Hatched bar: the {targets}, a target, not {data.label}.", _plain_html))
    if data.sources:
        blocks.append(("Sources:", _sources_html))
        blocks.extend((source, _sources_html) for source in data.sources)
    return pack(blocks, CAPTION_LIMIT, max_parts=1)[0]


def source_line(number: int, source: Source) -> str:
    title = escape(source.title)
    if source.url:
        title = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
    details = ", ".join(escape(d) for d in (source.publisher, format_date(source.date)) if d)
    return f"{number}. {title}" + (f" \u2014 <i>{details}</i>" if details else "")


def sources_messages(sources: Sequence[Source]) -> list[str]:
    """/sources: each article with its title, publisher and date."""
    if not sources:
        return ["I have no sources loaded."]
    lines = [f"<b>My figures come from {len(sources)} articles:</b>"]
    lines += [source_line(i, s) for i, s in enumerate(sources, 1)]
    return pack(((line, lambda t: t) for line in lines), MESSAGE_LIMIT, MAX_PARTS)


def start_message(summary: str, examples: Sequence[str]) -> str:
    """/start: what the bot knows and three example questions."""
    lines = [
        "<b>Hi! I answer quick market-figure questions, with sources.</b>",
        f"I know {escape(summary)}",
        "",
        "Try one of these (tap a button, or type your own question):",
        *(f"\u2022 {escape(q)}" for q in examples[:3]),
        "",
        "Follow-ups work too: after a question about 2013, just ask \u201cand 2014?\u201d. /help for more.",
    ]
    return "\n".join(lines)


def help_message(username: str) -> str:
    """/help: the commands, and how to use the bot in groups and inline."""
    bot = escape(f"@{username}")
    return "\n".join(
        [
            "<b>Commands</b>",
            "/ask <i>question</i> \u2014 answer a question",
            "/sources \u2014 the articles my figures come from",
            "/chart \u2014 a chart of yearly sales with the target",
            "/start \u2014 what I know, with examples",
            "/help \u2014 this message",
            "",
            "<b>In a private chat</b> every message is a question, and follow-ups such as "
            "\u201cand 2014?\u201d continue the last one.",
            "",
            f"<b>In a group</b> I answer <code>/ask question</code> always; messages that mention {bot} "
            "and replies to my answers when I understood a question (\U0001f937 when I did not); "
            "everything else I leave alone. Every answer replies to its question and continues that "
            "person's own conversation (a reply to one of my answers continues from it), and I answer "
            "at most a few times a minute per group (\U0001f440: seen, ask again in a minute). Edit a "
            "question and I edit my answer. Captions of photos and files count as text.",
            "",
            f"<b>Inline</b>: type {bot} and a question in any chat to share an answer.",
        ]
    )


def busy_message(seconds: float) -> str:
    """Said once when a group's questions outrun its budget; each one over it gets 👀."""
    return (
        "Lots of questions here at once: I'll take more in about "
        f"{max(1, round(seconds))} s. Those marked 👀 I saw but did not answer: ask again then."
    )


def group_greeting(username: str, summary: str) -> str:
    """Said once when the bot is added to a group: what it answers and how to ask, in three lines."""
    return "\n".join(
        [
            f"Hi! I answer questions about {escape(summary.rstrip('. '))}, with sources.",
            f"Ask with <code>/ask how many phones in 2014?</code>, mention {escape('@' + username)}, "
            "or reply to my answers.",
            "I stay quiet otherwise. /help for more.",
        ]
    )


def duration(seconds: float) -> str:
    """3725 -> '1 h 2 min'; short and human."""
    minutes, hours = int(seconds // 60), int(seconds // 3600)
    if hours >= 48:
        return f"{hours // 24} days {hours % 24} h"
    if hours:
        return f"{hours} h {minutes % 60} min"
    return f"{minutes} min" if minutes else f"{int(seconds)} s"


def knowledge_line(meta: Mapping[str, str]) -> str:
    built = meta.get("built_at", "?")
    version = (meta.get("fingerprint") or "?")[:12]
    return f"{meta.get('facts', '?')} facts, version {escape(version)}, built {escape(built)}"


def stats_message(
    served: int,
    answered: int,
    uptime: float,
    knowledge: Mapping[str, str],
    unanswered: Sequence[tuple[int, str]],
    note: str | None = None,
    files: Freshness | None = None,
) -> str:
    """/stats, for admins: what the bot served since it started, and what went unanswered."""
    share = f" ({answered / served:.0%} answered)" if served else ""
    lines = [
        "<b>Since start-up</b>",
        f"Up {duration(uptime)}; {served} question(s) served, {answered} answered{share}.",
        f"Knowledge base: {knowledge_line(knowledge)}.",
        *files_lines(files),
        "",
        "<b>Most frequent unanswered questions, last 7 days</b>",
    ]
    if unanswered:
        lines += [f"{count}× {escape(shorten(question, 200))}" for count, question in unanswered]
    else:
        lines.append(escape(note or "none"))
    return "\n".join(lines)


def files_lines(files: Freshness | None, shown: int = 5) -> list[str]:
    """Whether the knowledge base served is older than its files, and why."""
    if files is None or files.current:
        return []
    if not files.problems:
        return ["<b>Older than the knowledge files</b>, which have changed since: /reload serves them."]
    lines = [
        f"<b>Older than the knowledge files</b>: they do not build ({len(files.problems)} problem(s)), "
        "so this last good knowledge base keeps answering until they are fixed."
    ]
    lines += [f"• {escape(shorten(p, 300))}" for p in files.problems[:shown]]
    if len(files.problems) > shown:
        lines.append(f"… and {len(files.problems) - shown} more (python -m bot kb check lists them all).")
    return lines


def reload_done(meta: Mapping[str, str], sources: int) -> str:
    return f"Reloaded. Now answering from {knowledge_line(meta)}, from {sources} source(s)."


def reload_failed(
    problems: Sequence[str], old: Mapping[str, str], in_files: bool = True, shown: int = 10
) -> str:
    """The problems (file and row each), and which knowledge base keeps answering."""
    what = f"{len(problems)} problem(s) in the knowledge files" if in_files else "the build stopped"
    lines = [f"<b>Reload failed</b>: {what}."]
    lines += [f"• {escape(shorten(p, 300))}" for p in problems[:shown]]
    if len(problems) > shown:
        lines.append(f"… and {len(problems) - shown} more (python -m bot kb check lists them all).")
    lines.append(f"Still answering from the knowledge base as it was: {knowledge_line(old)}.")
    return pack(((line, lambda t: t) for line in lines), MESSAGE_LIMIT, 1)[0]


# ---- Telegram objects ----------------------------------------------------------------------------


def question_keyboard(buttons: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    """One button per (question, callback data); None when there are none."""
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(shorten(q, BUTTON_TEXT_LIMIT), callback_data=data)] for q, data in buttons]
    )


def inline_result(answer: Answer) -> InlineQueryResultArticle:
    """An inline-mode result: titled by the question, sending the question and the answer."""
    message = answer_messages(answer, max_parts=1, with_question=True)[0]
    return InlineQueryResultArticle(
        id=question_key(answer.question),
        title=shorten(answer.question, BUTTON_TEXT_LIMIT) or "Market Facts Bot",
        description=shorten(answer.body, INLINE_DESCRIPTION_LIMIT),
        input_message_content=InputTextMessageContent(
            message,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
    )
