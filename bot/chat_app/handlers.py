"""The bot's callbacks: small `async def verb(update, context) -> None` functions.

No question logic here: every question goes to `Engine.answer` with the asker's own
`Conversation`, and `bot.chat_app.render` turns the `Answer` into HTML. What these decide is
when to speak (`bot.chat_app.speaking`), to whom and where:
- a private chat: every message (text or caption) is a question;
- a group: `/ask` always; a mention or a reply to the bot when it understood a question; a 🤷
  reaction when it did not; chatter gets nothing and costs nothing;
- each person has a conversation per chat and forum topic; a reply to one of the bot's answers
  continues from that answer; an edited question edits its answer;
- "did you mean" buttons carry the engine's key for their question, so they work after a
  restart; a tap turns the suggestion into the answer, so a second tap posts nothing.
Delivery is in `bot.chat_app.sending`; the admins' /stats and /reload in `bot.chat_app.admin`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time

from telegram import Message, Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.answer import Answer
from bot.chat_app import render
from bot.chat_app.addressing import (
    Addressed,
    Asking,
    addressed,
    command_argument,
    is_from_other_bot,
    is_group_chat,
    replies_to,
    speaker_of,
    topic_of,
    without_mention,
)
from bot.chat_app.context import Asked, BotContext, ChatData, SpeakerKey
from bot.chat_app.sending import (
    Where,
    chart_caption_for,
    edit,
    keyboard,
    react,
    send,
    send_answer,
    send_chart,
    where_of,
)
from bot.chat_app.speaking import NOT_UNDERSTOOD, OVER_BUDGET, Action, action_for
from bot.engine import Engine
from bot.understanding import Conversation

log = logging.getLogger(__name__)

INLINE_CACHE_TIME = 300  # seconds Telegram may cache an inline answer
EXPIRED = "This button has expired: please type your question."
SORRY = "Sorry, something went wrong with that one. Please try again."
PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.RESTRICTED)
GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)


# ---- every update first ---------------------------------------------------------------------------


async def screen(update: Update, context: BotContext) -> None:
    """Group -1, before every handler: other bots' messages are never questions."""
    message = update.message or update.edited_message
    if message is not None and is_from_other_bot(message):
        raise ApplicationHandlerStop


# ---- asking the engine ----------------------------------------------------------------------------


def chat_type(update: Update) -> str:
    if update.inline_query is not None:
        return "inline"
    chat = update.effective_chat
    return "private" if chat is None or chat.type == "private" else "group"


def ask_engine(
    update: Update, context: BotContext, question: str, conversation: Conversation | None
) -> Answer:
    """The engine's answer; counted, logged in one line, kept for review if the bot did not know."""
    started = time.perf_counter()
    answer = context.engine.answer(question, conversation)
    kind = chat_type(update)
    counters = context.bot_data.counters
    counters.served += 1
    counters.answered += answer.answered
    if context.bot_data.unanswered is not None:
        context.bot_data.unanswered.record(answer, kind)
    log.info(
        "%s question: intent=%s score=%.0f %s in %.1f ms",
        kind,
        answer.intent or answer.closest_intent or "-",
        answer.confidence,
        answer.kind,
        (time.perf_counter() - started) * 1000,
    )
    log.debug("%s question text: %r", kind, answer.question)  # what people wrote: DEBUG only
    return answer


def button_question(context: BotContext, data: str) -> str | None:
    """The question a button asks: a suggestion the engine knows by key, or one the chat kept.
    Anything else (a forged or outdated button) asks nothing."""
    key = render.button_key(data)
    if key is None:
        return None
    if key.startswith(render.KEY_MARK):
        kept = context.chat_data.questions if context.chat_data is not None else {}
        return kept.get(key.removeprefix(render.KEY_MARK))
    return context.engine.suggestion(key)


# ---- the group's budget ---------------------------------------------------------------------------


async def within_budget(context: BotContext, message: Message, speaker: SpeakerKey) -> bool:
    """In groups, take one answer from the chat's budget, within the asker's share. Over it, the
    question gets 👀 and the chat one notice per pause: nothing is dropped silently."""
    if not is_group_chat(message):
        return True
    budget = context.chat_data.budget_for(context.bot_data.budget)
    now = time.time()
    if budget.take(speaker[1], now):
        return True
    await react(context, message, OVER_BUDGET)
    if budget.needs_notice(now):
        wait = budget.wait(speaker[1], now)
        budget.notice_until = now + wait
        log.info("group %s is over its answer budget for %.0f s", message.chat.id, wait)
        await send(context, where_of(message), [render.escape(render.busy_message(wait))])
    return False


# ---- questions ------------------------------------------------------------------------------------


def replied_bot_message(message: Message, bot_id: int) -> int | None:
    return message.reply_to_message.message_id if replies_to(message, bot_id) else None


def answered_record(asked: Asked, sent: list[int], answer: Answer, conversation: Conversation) -> Asked:
    """What an edit of a question needs: the messages that answered it, and how."""
    first, *more = sent
    return dataclasses.replace(
        asked,
        reply_id=first,
        more=tuple(more),
        photo=answer.chart is not None,
        turns=conversation.turns,
        shown=shown_digest(answer),
    )


def shown_digest(answer: Answer) -> str:
    """What an answer shows, in 16 characters: an edit that would show the same is not sent
    (Telegram refuses an edit that changes nothing)."""
    shown = "\n".join((answer.text, *answer.suggestions, "chart" if answer.chart else ""))
    return hashlib.blake2b(shown.encode("utf-8"), digest_size=8).hexdigest()


def remember_answer(
    data: ChatData,
    message: Message,
    asked: Asked,
    answer: Answer,
    conversation: Conversation,
    sent: list[int],
) -> None:
    """Keep what a reply to this answer continues from, and what an edit of its question changes."""
    data.answered_with(sent, conversation)
    if sent:
        data.asked.put(message.message_id, answered_record(asked, sent, answer, conversation))


async def respond(update: Update, context: BotContext, message: Message, asked: Addressed) -> None:
    """Answer a question in its asker's conversation, if and how the chat should hear it."""
    data = context.chat_data
    speaker = speaker_of(message)
    conversation = data.continue_from(speaker, replied_bot_message(message, context.bot.id))
    before = dataclasses.replace(conversation)
    answer = ask_engine(update, context, asked.question, conversation)
    action = action_for(answer.kind, asked.asking, is_group_chat(message))
    if action is not Action.ANSWER or not await within_budget(context, message, speaker):
        if action is Action.REACT:  # unheard, it leaves the speaker's conversation as it was
            await react(context, message, NOT_UNDERSTOOD)
        return
    data.keep(speaker, conversation)
    sent = await send_answer(context, where_of(message), answer)
    remember_answer(data, message, Asked(0, speaker, before), answer, conversation, sent)


async def question_message(update: Update, context: BotContext) -> None:
    """A new text message or caption: a question if it is meant for the bot."""
    message = update.effective_message
    asked = addressed(message, context.bot.username, context.bot.id)
    if asked is not None:
        await respond(update, context, message, asked)


async def ask(update: Update, context: BotContext) -> None:
    """/ask question (also /ask@ThisBot); without a question, how to ask."""
    message = update.effective_message
    question = without_mention(command_argument(message.text or "", "ask", context.bot.username) or "",
                               context.bot.username)  # fmt: skip
    if question:
        await respond(update, context, message, Addressed(question, Asking.COMMAND))
        return
    if await within_budget(context, message, speaker_of(message)):
        examples = context.engine.example_questions
        example = render.escape(examples[0]) if examples else "..."
        await send(context, where_of(message), [f"Ask me like this: <code>/ask {example}</code>"])


async def edited_question(update: Update, context: BotContext) -> None:
    """An edited question: its answer is edited to answer the new wording; an edit that now asks
    the bot for the first time is a new question."""
    message = update.edited_message
    asked = addressed(message, context.bot.username, context.bot.id)
    data = context.chat_data
    record = data.asked.get(message.message_id)
    if asked is None:
        return  # no longer meant for the bot: its answer stays as it was
    if record is None:
        await respond(update, context, message, asked)
        return
    conversation = dataclasses.replace(record.before)
    answer = ask_engine(update, context, asked.question, conversation)
    action = action_for(answer.kind, asked.asking, is_group_chat(message))
    if action is not Action.ANSWER:  # edited into chatter: heard no more than a new message would be
        if action is Action.REACT:
            await react(context, message, NOT_UNDERSTOOD)
        return
    sent = await replace_answer(context, message, record, answer)
    if not sent:
        return  # over the budget: marked 👀, and the old answer is gone
    data.answered_with(sent, conversation)
    latest = data.conversations.get(record.speaker)
    if latest is not None and latest.turns == record.turns:  # nothing asked since: go on from the edit
        data.keep(record.speaker, conversation)
    data.asked.put(message.message_id, answered_record(record, sent, answer, conversation))


async def replace_answer(context: BotContext, message: Message, record: Asked, answer: Answer) -> list[int]:
    """The answer to an edited question in place of the old one, and the ids that now answer.
    One message is edited in place (a chart's caption, a text with its buttons). Otherwise (a chart
    and a text cannot be edited into each other, an answer of several messages, an answer deleted
    meanwhile) the old messages go and the new answer is sent, within the group's budget."""
    if shown_digest(answer) == record.shown:
        return [record.reply_id, *record.more]  # the same answer: nothing to change
    chart = answer.chart is not None
    parts = [chart_caption_for(answer)] if chart else render.answer_messages(answer)
    if chart == record.photo and len(parts) == 1 and not record.more:
        text = parts[0]
        markup = keyboard(context, answer.suggestions)
        if await edit(context, message.chat.id, record.reply_id, text, photo=chart, markup=markup):
            return [record.reply_id]
    for old in (record.reply_id, *record.more):
        try:
            await context.bot.delete_message(message.chat.id, old)
        except TelegramError as error:  # gone already, or too old to delete (48 h)
            log.info("could not delete answer %s in chat %s: %s", old, message.chat.id, error)
    if not await within_budget(context, message, record.speaker):
        return []
    return await send_answer(context, where_of(message), answer)


# ---- commands -------------------------------------------------------------------------------------


async def start(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if not await within_budget(context, message, speaker_of(message)):
        return
    examples = context.engine.example_questions[:3]
    text = render.start_message(context.engine.summary(), examples)
    await send(context, where_of(message), [text], keyboard(context, examples))


async def help_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if await within_budget(context, message, speaker_of(message)):
        await send(context, where_of(message), [render.help_message(context.bot.username)])


async def sources(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if await within_budget(context, message, speaker_of(message)):
        await send(context, where_of(message), render.sources_messages(context.engine.sources))


async def chart(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if await within_budget(context, message, speaker_of(message)):
        data = context.engine.chart_data()
        await send_chart(context, where_of(message), data, render.chart_caption(data))


async def unknown_command(update: Update, context: BotContext) -> None:
    command = (update.effective_message.text or "").split(maxsplit=1)[0]
    await send(
        context, where_of(update.effective_message), [f"I don't know {render.escape(command)}. See /help."]
    )


async def not_text(update: Update, context: BotContext) -> None:
    await send(
        context, where_of(update.effective_message), ["I only read text: type a question, or see /help."]
    )


# ---- inline mode and buttons ----------------------------------------------------------------------


async def inline_query(update: Update, context: BotContext) -> None:
    query = update.inline_query
    engine: Engine = context.engine
    question = without_mention(query.query, context.bot.username)
    if question:
        first = ask_engine(update, context, question, None)
        answers = [first, *(engine.answer(s) for s in first.suggestions)]
    else:
        answers = [engine.answer(q) for q in engine.example_questions]
    results = {r.id: r for r in map(render.inline_result, answers)}  # ids must be unique
    await query.answer(list(results.values()), cache_time=INLINE_CACHE_TIME, is_personal=False)


async def question_button(update: Update, context: BotContext) -> None:
    """A tap on a suggestion: the suggestion message becomes the answer, so a second tap (or a
    tap by someone else) posts nothing new. Every callback query is answered."""
    query = update.callback_query
    message = query.message
    data = context.chat_data
    question = button_question(context, query.data or "")
    if question is None or message is None or data is None:
        await query.answer(EXPIRED)
        return
    if message.message_id in data.tapped:
        await query.answer()
        return
    speaker = (topic_of(message) or 0, query.from_user.id)
    budget = data.budget_for(context.bot_data.budget) if is_group_chat(message) else None
    if budget is not None and not budget.take(speaker[1], time.time()):
        await query.answer(render.busy_message(budget.wait(speaker[1], time.time())))
        return
    conversation = data.conversation(speaker)
    answer = ask_engine(update, context, question, conversation)  # before the query is answered: a bug
    data.tapped.put(message.message_id, True)  # gets the error handler's apology as its one answer
    await query.answer()
    text = render.answer_messages(answer, with_question=True, max_parts=1)[0]
    if message.is_accessible and await edit(
        context, message.chat.id, message.message_id, text, photo=bool(message.photo)
    ):
        data.answered_with([message.message_id], conversation)
    else:  # the suggestion is gone (deleted meanwhile): the answer still comes, as a new message
        sent = await send_answer(context, where_of(message), answer, with_question=True)
        data.answered_with(sent, conversation)
        return
    if answer.chart is not None:
        await send_chart(context, where_of(message), answer.chart, render.chart_caption(answer.chart))


async def stale_button(update: Update, context: BotContext) -> None:
    await update.callback_query.answer(EXPIRED)


# ---- groups change --------------------------------------------------------------------------------


async def member_change(update: Update, context: BotContext) -> None:
    """The bot added to a group says once what it does; removed, it forgets the chat."""
    change = update.my_chat_member
    chat = change.chat
    if chat.type not in ("group", "supergroup"):
        return
    was, now = change.old_chat_member.status, change.new_chat_member.status
    if now in GONE:
        context.application.drop_chat_data(chat.id)
        return
    if was not in GONE or now not in PRESENT or context.chat_data.greeted:
        return
    context.chat_data.greeted = True
    text = render.group_greeting(context.bot.username, context.engine.summary(short=True))
    await send(context, Where(chat.id, group=True), [text])


async def migrate(update: Update, context: BotContext) -> None:
    """A group became a supergroup: its conversations, answers and budget move with it. Telegram
    says so in both chats; whichever comes first moves the data, the other finds it moved."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    else:
        old, new = message.migrate_from_chat_id, message.chat.id
    chats = context.application.chat_data
    if old not in chats:
        return
    if chats[old].is_empty:  # moved already: this is the second notice, or nothing was kept
        context.application.drop_chat_data(old)
        return
    context.application.migrate_chat_data(old_chat_id=old, new_chat_id=new)
    log.info("chat %s became %s: its data moved", old, new)


async def error_handler(update: object, context: BotContext) -> None:
    """Log the failure and go on; for a bug (not a Bot API error) apologise where it was asked: a
    button's spinner is stopped, a question gets a reply in its topic."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, TelegramError):
        log.error("update %s: Bot API error: %s", update_id, error)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(SORRY)
        elif update.effective_message is not None:
            await send(context, where_of(update.effective_message), [render.escape(SORRY)])
    except TelegramError as again:
        log.error("update %s: could not apologise: %s", update_id, again)
