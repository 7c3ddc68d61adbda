"""Delivering answers: where a reply goes (chat, forum topic, the question it replies to), sending
HTML messages and charts, editing the bot's own messages, reactions, and suggestion buttons."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging

from telegram import (
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    MaybeInaccessibleMessage,
    Message,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.answer import Answer, ChartData
from bot.chat_app import render
from bot.chat_app.addressing import is_group_chat, topic_of
from bot.chat_app.context import BotContext

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def keyboard(context: BotContext, questions: tuple[str, ...]) -> InlineKeyboardMarkup | None:
    """Buttons for suggested questions, each named by the engine's stable key; a question without
    one is kept by the chat under a hash."""
    buttons = []
    for question in questions:
        data = render.callback_data(context.engine.suggestion_key(question), question)
        if data.startswith(render.ASK_PREFIX + render.KEY_MARK) and context.chat_data is not None:
            context.chat_data.questions.put(data.removeprefix(render.ASK_PREFIX + render.KEY_MARK), question)
        buttons.append((question, data))
    return render.question_keyboard(buttons)


@functools.lru_cache(maxsize=4)
def chart_png(data: ChartData) -> bytes:
    """The chart image, rendered once per process for the same data."""
    from bot.chat_app.chart import render_chart  # keeps matplotlib off start-up and the answer path

    return render_chart(data)


@dataclasses.dataclass(frozen=True)
class Where:
    """Where an answer goes: the chat, its forum topic, and the message it replies to."""

    chat_id: int
    topic: int | None = None
    reply_to: int | None = None
    group: bool = False

    @property
    def reply(self) -> ReplyParameters | None:
        # Still sent if the question was deleted; in its forum topic all the same.
        if self.reply_to is None or not self.group:
            return None
        return ReplyParameters(self.reply_to, allow_sending_without_reply=True)


def where_of(message: MaybeInaccessibleMessage) -> Where:
    """Beside `message`, replying to it: in its chat and forum topic."""
    return Where(message.chat.id, topic_of(message), message.message_id, is_group_chat(message))


async def send(
    context: BotContext, where: Where, parts: list[str], markup: InlineKeyboardMarkup | None = None
) -> list[int]:
    """HTML messages, each replying to the question in groups; the ids of those sent."""
    sent = []
    for number, text in enumerate(parts, 1):
        message = await context.bot.send_message(
            where.chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            message_thread_id=where.topic,
            reply_parameters=where.reply,
            reply_markup=markup if number == len(parts) else None,
        )
        sent.append(message.message_id)
    return sent


async def send_chart(context: BotContext, where: Where, data: ChartData, caption: str) -> int:
    png = await asyncio.to_thread(chart_png, data)
    message = await context.bot.send_photo(
        where.chat_id,
        InputFile(png, filename="chart.png"),
        caption=caption,
        parse_mode=ParseMode.HTML,
        message_thread_id=where.topic,
        reply_parameters=where.reply,
    )
    return message.message_id


async def send_answer(
    context: BotContext, where: Where, answer: Answer, with_question: bool = False
) -> list[int]:
    """The answer as messages (a chart with its caption when asked for one); the ids sent."""
    markup = keyboard(context, answer.suggestions)
    if answer.chart is None:
        return await send(context, where, render.answer_messages(answer, with_question=with_question), markup)
    caption = chart_caption_for(answer)
    more = [] if render.fits(answer, render.CAPTION_LIMIT) else render.answer_messages(answer)
    sent = [await send_chart(context, where, answer.chart, caption)]
    return sent + (await send(context, where, more) if more else [])


def chart_caption_for(answer: Answer) -> str:
    """A chart's caption: the whole answer when it fits, else the chart's title (the answer follows)."""
    if render.fits(answer, render.CAPTION_LIMIT):
        return render.answer_messages(answer, limit=render.CAPTION_LIMIT)[0]
    return render.chart_caption(answer.chart)


async def react(context: BotContext, message: Message, emoji: str) -> None:
    """A reaction on the question; a chat that allows none loses nothing but the reaction."""
    try:
        await context.bot.set_message_reaction(message.chat.id, message.message_id, emoji)
    except TelegramError as error:
        log.info("could not react in chat %s: %s", message.chat.id, error)


async def edit(
    context: BotContext,
    chat_id: int,
    message_id: int,
    text: str,
    photo: bool = False,
    markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Edit a message of the bot's; False when it is gone (deleted, too old). An edit that changes
    nothing is no error."""
    try:
        if photo:
            await context.bot.edit_message_caption(
                chat_id, message_id, caption=text, parse_mode=ParseMode.HTML, reply_markup=markup
            )
        else:
            await context.bot.edit_message_text(
                text, chat_id, message_id, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                reply_markup=markup,
            )  # fmt: skip
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return True
        log.info("could not edit message %s in chat %s: %s", message_id, chat_id, error)
        return False
    return True
