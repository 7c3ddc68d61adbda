"""The Telegram bot: python-telegram-bot's Application, its handlers and `run`.

No question logic here: every question goes to `Engine.answer` with the chat's own
`Conversation`, and `bot.chat_app.render` turns the `Answer` into HTML messages and buttons.

Where the bot speaks:
- private chats: every text message is a question; /start, /help, /ask, /sources, /chart;
- groups: only /ask (also /ask@ThisBot), messages mentioning @ThisBot, and replies to the
  bot's own messages; each answer is a reply to its question, within a per-chat budget;
- inline mode: `@ThisBot question` in any chat;
- "did you mean" buttons: callback data `ask:<key>`, the key mapped back to the question;
- admins (ADMIN_USER_IDS), in private chats only: /stats and /reload. To anyone else they
  are unknown commands, answered exactly as any other unknown command.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.answer import Answer, ChartData
from bot.chat_app import render
from bot.chat_app.limits import GroupLimit, Verdict
from bot.chat_app.ordering import ChatOrderedProcessor
from bot.config import ConfigError, Settings
from bot.engine import Engine, load_engine, reload_engine
from bot.knowledge.files import KnowledgeError
from bot.knowledge.store import freshness, kept_notice
from bot.unanswered import UnansweredError, UnansweredLog, read_unanswered, top_unanswered
from bot.understanding import Conversation

log = logging.getLogger(__name__)

DEFAULT_GROUP_LIMIT = 10  # answers per chat per window
DEFAULT_GROUP_WINDOW = 60.0  # seconds
RATE_LIMIT_RETRIES = 3  # AIORateLimiter: how often a request is retried after a 429
INLINE_CACHE_TIME = 300  # seconds Telegram may cache an inline answer
# Connections to the Bot API. Four carry Telegram's 30 messages a second even at 100 ms a round
# trip; more only cost time (httpcore checks every pooled connection on every request).
BOT_API_CONNECTIONS = 4
CHART_QUESTION = "/chart"

# bot_data / chat_data keys
ENGINE = "engine"
QUESTIONS = "questions"  # question key -> question, for the buttons' callback data
GROUP_BUDGET = "group_budget"  # (limit, window)
CONVERSATION = "conversation"
LIMIT = "group_limit"
SETTINGS = "settings"
COUNTERS = "counters"
UNANSWERED = "unanswered"  # the UnansweredLog, or None
RELOADING = "reloading"  # an asyncio.Lock: one /reload at a time
STATS_TOP = 5  # unanswered wordings shown by /stats
STATS_WINDOW = 7 * 86400.0  # ... from the last seven days

PRIVATE_COMMANDS = (
    BotCommand("ask", "answer a question"),
    BotCommand("sources", "the articles my figures come from"),
    BotCommand("chart", "chart of yearly sales with the target"),
    BotCommand("start", "what I know, with examples"),
    BotCommand("help", "how to use me here, in groups and inline"),
)
GROUP_COMMANDS = (
    BotCommand("ask", "answer a question: /ask how many phones in 2014?"),
    BotCommand("chart", "chart of yearly sales with the target"),
    BotCommand("sources", "the articles my figures come from"),
    BotCommand("help", "how to use me"),
)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


# ---- logging ------------------------------------------------------------------------------------


class RedactToken(logging.Filter):
    """Replaces the bot token (and its secret half) in every record, traceback included."""

    def __init__(self, token: str):
        super().__init__()
        secret = token.partition(":")[2]
        self.secrets = [s for s in (token, secret) if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class BriefStartupFailure(logging.Filter):
    """python-telegram-bot logs a failed start (token rejected, API unreachable) with a
    traceback; `run` reports it as one line, so the log keeps the message only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Network Retry Loop (Bootstrap"):
            record.exc_info, record.exc_text = None, None
        return True


def setup_logging(token: str | None, level: int = logging.INFO) -> None:
    """Log to stderr, with httpx/httpcore (which log URLs with the token) at WARNING.

    Safe to call more than once: the handler and filter are installed once.
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    ptb = logging.getLogger("telegram.ext")
    if not any(isinstance(f, BriefStartupFailure) for f in ptb.filters):
        ptb.addFilter(BriefStartupFailure())
    if token:
        for handler in root.handlers:
            if not any(isinstance(f, RedactToken) for f in handler.filters):
                handler.addFilter(RedactToken(token))


# ---- helpers ------------------------------------------------------------------------------------


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def mention_pattern(username: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@])@{re.escape(username)}\b", re.IGNORECASE)


def addressed_question(message: Message, bot_id: int, username: str) -> str | None:
    """The question in a group message meant for the bot, or None when it is chatter.

    Meant for the bot: it mentions @username (the mention is taken out of the question),
    or it replies to one of the bot's own messages.
    """
    text = message.text or ""
    pattern = mention_pattern(username)
    if pattern.search(text):
        return pattern.sub(" ", text).strip(" \t\n,:;")
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


def command_argument(message: Message) -> str:
    """What follows the command: '/ask@Bot  how many?' -> 'how many?' (newlines kept)."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def remember_questions(context: ContextTypes.DEFAULT_TYPE, questions: tuple[str, ...]) -> None:
    known: dict[str, str] = context.bot_data[QUESTIONS]
    for question in questions:
        known[render.question_key(question)] = question


@dataclass
class Counters:
    """What the bot has served since it started, for /stats."""

    started: float = field(default_factory=time.monotonic)
    served: int = 0
    answered: int = 0


def chat_type(update: Update) -> str:
    if update.inline_query is not None:
        return "inline"
    return "group" if is_group(update) else "private"


def note_answer(context: ContextTypes.DEFAULT_TYPE, update: Update, answer: Answer, started: float) -> None:
    """Count the answer, log one line about it, keep it for review if the bot did not know."""
    kind = chat_type(update)
    counters: Counters = context.bot_data[COUNTERS]
    counters.served += 1
    counters.answered += answer.answered
    unanswered: UnansweredLog | None = context.bot_data.get(UNANSWERED)
    if unanswered is not None:
        unanswered.record(answer, kind)
    log.info(
        "%s question: intent=%s score=%.0f answered=%s in %.1f ms",
        kind,
        answer.intent or answer.closest_intent or "-",
        answer.confidence,
        "yes" if answer.answered else "no",
        (time.perf_counter() - started) * 1000,
    )
    log.debug("%s question text: %r", kind, answer.question)  # what people wrote: DEBUG only


def conversation_of(context: ContextTypes.DEFAULT_TYPE) -> Conversation | None:
    if context.chat_data is None:
        return None
    return context.chat_data.setdefault(CONVERSATION, Conversation())


@functools.lru_cache(maxsize=4)
def chart_png(data: ChartData) -> bytes:
    """The chart image, rendered once per process for the same data."""
    from bot.chat_app.chart import render_chart  # keeps matplotlib off start-up and the answer path

    return render_chart(data)


# ---- sending --------------------------------------------------------------------------------


async def may_speak(update: Update, context: ContextTypes.DEFAULT_TYPE, reply_to: int | None) -> bool:
    """In groups, take one answer from the chat's budget; say once when it runs out."""
    if not is_group(update) or context.chat_data is None:
        return True
    limit, window = context.bot_data[GROUP_BUDGET]
    budget: GroupLimit = context.chat_data.setdefault(LIMIT, GroupLimit(limit, window))
    now = time.monotonic()
    verdict = budget.take(now)
    if verdict is Verdict.PAUSE:
        chat = update.effective_chat
        log.info("group %s reached %d answers in %.0f s: pausing", chat.id, limit, window)
        await send(update, context, [render.escape(render.group_pause_message(budget.wait(now)))], reply_to)
    return verdict is Verdict.ANSWER


def reply_parameters(update: Update, reply_to: int | None) -> ReplyParameters | None:
    """In groups, answers reply to the message they answer (still sent if it was deleted)."""
    if reply_to is None or not is_group(update):
        return None
    return ReplyParameters(reply_to, allow_sending_without_reply=True)


async def send(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    parts: list[str],
    reply_to: int | None,
    keyboard: InlineKeyboardMarkup | None = None,
) -> None:
    """Send HTML messages to the update's chat; in groups each one replies to `reply_to`."""
    chat_id, reply = update.effective_chat.id, reply_parameters(update, reply_to)
    for number, text in enumerate(parts, 1):
        await context.bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_parameters=reply,
            reply_markup=keyboard if number == len(parts) else None,
        )


async def send_chart(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    data: ChartData,
    caption: str,
    reply_to: int | None,
    more: list[str] | None = None,
) -> None:
    png = await asyncio.to_thread(chart_png, data)
    await context.bot.send_photo(
        update.effective_chat.id,
        InputFile(png, filename="chart.png"),
        caption=caption,
        parse_mode=ParseMode.HTML,
        reply_parameters=reply_parameters(update, reply_to),
    )
    if more:
        await send(update, context, more, reply_to)


async def answer_question(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    question: str,
    reply_to: int | None,
    with_question: bool = False,
) -> None:
    """Ask the engine in this chat's conversation and send the answer (a chart when asked)."""
    if not await may_speak(update, context, reply_to):
        return
    engine: Engine = context.bot_data[ENGINE]
    started = time.perf_counter()
    answer = engine.answer(question, conversation_of(context))
    note_answer(context, update, answer, started)
    remember_questions(context, answer.suggestions)
    keyboard = render.question_keyboard(answer.suggestions)
    if answer.chart is not None:
        if render.fits(answer, render.CAPTION_LIMIT):
            caption, more = render.answer_messages(answer, limit=render.CAPTION_LIMIT)[0], []
        else:
            caption, more = render.chart_caption(answer.chart), render.answer_messages(answer)
        await send_chart(update, context, answer.chart, caption, reply_to, more)
        return
    await send(
        update, context, render.answer_messages(answer, with_question=with_question), reply_to, keyboard
    )


def _message_id(update: Update) -> int | None:
    message = update.effective_message
    return message.message_id if message else None


# ---- handlers -----------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    engine: Engine = context.bot_data[ENGINE]
    if not await may_speak(update, context, _message_id(update)):
        return
    examples = engine.example_questions[:3]
    remember_questions(context, examples)
    text = render.start_message(engine.summary(), examples)
    await send(update, context, [text], _message_id(update), render.question_keyboard(examples))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await may_speak(update, context, _message_id(update)):
        return
    await send(update, context, [render.help_message(context.bot.username)], _message_id(update))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = command_argument(update.effective_message)
    if not question:
        if await may_speak(update, context, _message_id(update)):
            engine: Engine = context.bot_data[ENGINE]
            example = render.escape(engine.example_questions[0]) if engine.example_questions else "..."
            await send(
                update, context, [f"Ask me like this: <code>/ask {example}</code>"], _message_id(update)
            )
        return
    await answer_question(update, context, question, _message_id(update))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await may_speak(update, context, _message_id(update)):
        return
    engine: Engine = context.bot_data[ENGINE]
    await send(update, context, render.sources_messages(engine.sources), _message_id(update))


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await may_speak(update, context, _message_id(update)):
        return
    engine: Engine = context.bot_data[ENGINE]
    data = engine.chart_data()
    await send_chart(update, context, data, render.chart_caption(data), _message_id(update))


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text or ""
    question = mention_pattern(context.bot.username).sub(" ", text).strip()
    await answer_question(update, context, question, _message_id(update))


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = addressed_question(update.effective_message, context.bot.id, context.bot.username)
    if question is None:
        return  # chatter: not for this bot
    await answer_question(update, context, question, _message_id(update))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    command = (update.effective_message.text or "").split(maxsplit=1)[0]
    await send(update, context, [f"I don't know {render.escape(command)}. See /help."], None)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, context, ["I only read text: type a question, or see /help."], None)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    engine: Engine = context.bot_data[ENGINE]
    question = mention_pattern(context.bot.username).sub(" ", query.query).strip()
    if question:
        started = time.perf_counter()
        first = engine.answer(question)
        note_answer(context, update, first, started)
        answers = [first, *(engine.answer(s) for s in first.suggestions)]
    else:
        answers = [engine.answer(q) for q in engine.example_questions]
    results = {r.id: r for r in map(render.inline_result, answers)}  # ids must be unique
    await query.answer(list(results.values()), cache_time=INLINE_CACHE_TIME, is_personal=False)


async def question_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    key = (query.data or "").removeprefix(render.ASK_PREFIX)
    question = context.bot_data[QUESTIONS].get(key)
    if question is None:
        engine: Engine = context.bot_data[ENGINE]
        question = next((q for q in engine.example_questions if render.question_key(q) == key), None)
    if question is None or query.message is None:
        await query.answer("This button has expired: please type your question.")
        return
    await query.answer()
    await answer_question(update, context, question, query.message.message_id, with_question=True)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer("This button has expired: please type your question.")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins only (see add_handlers): questions served, answered share, what went unanswered."""
    counters: Counters = context.bot_data[COUNTERS]
    engine: Engine = context.bot_data[ENGINE]
    top, note = await asyncio.to_thread(recent_unanswered, context.bot_data.get(UNANSWERED))
    files = await asyncio.to_thread(freshness, context.bot_data[SETTINGS].knowledge_dir, engine.kb.meta)
    text = render.stats_message(
        served=counters.served,
        answered=counters.answered,
        uptime=time.monotonic() - counters.started,
        knowledge=engine.kb.meta,
        unanswered=[(g.count, g.question) for g in top],
        note=note,
        files=files,
    )
    await send(update, context, [text], None)


def recent_unanswered(log_: UnansweredLog | None) -> tuple[list, str | None]:
    """The top unanswered wordings of the last week (written out first), or why there are none."""
    if log_ is None:
        return [], "the unanswered-question log is off"
    log_.flush()
    try:
        rows = read_unanswered(log_.path, STATS_WINDOW)
    except UnansweredError as error:
        return [], str(error)
    return top_unanswered(rows, STATS_TOP), None


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins only: rebuild the knowledge base from its files; on any error keep the old one."""
    settings: Settings = context.bot_data[SETTINGS]
    async with context.bot_data[RELOADING]:  # two admins at once: one build after the other
        old: Engine = context.bot_data[ENGINE]
        try:
            new = await asyncio.to_thread(reload_engine, settings)
        except KnowledgeError as error:
            log.warning("reload refused: %d problem(s) in the knowledge files", len(error.problems))
            await send(update, context, [render.reload_failed(error.problems, old.kb.meta)], None)
            return
        except Exception as error:  # a full disk, say: the admin hears of it, the old one keeps serving
            log.exception("reload failed")
            problem = f"{type(error).__name__}: {error}"
            await send(update, context, [render.reload_failed([problem], old.kb.meta, in_files=False)], None)
            return
        # The next question is answered from the new knowledge base. The old one is not closed:
        # a handler that took it before an await may still read from it; it goes with its last user.
        context.bot_data[ENGINE] = new
    log.info("knowledge base reloaded: %s facts", new.kb.meta.get("facts"))
    await send(update, context, [render.reload_done(new.kb.meta, len(new.sources))], None)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and go on; for a bug (not a Bot API error) apologise in the chat."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, TelegramError):
        log.error("update %s: Bot API error: %s", update_id, error)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(
                update.effective_chat.id, "Sorry, something went wrong with that one. Please try again."
            )
        except TelegramError as again:
            log.error("update %s: could not apologise: %s", update_id, again)


async def post_init(application: Application) -> None:
    """Register the command menus and say who the bot is up as."""
    bot = application.bot
    try:
        await bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
        await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    except TelegramError as error:
        log.warning("could not register the command menu: %s", error)
    unanswered: UnansweredLog | None = application.bot_data.get(UNANSWERED)
    if unanswered is not None:
        unanswered.start()
    log.info("up as @%s", bot.username)


async def post_shutdown(application: Application) -> None:
    """Write out the unanswered questions still queued."""
    unanswered: UnansweredLog | None = application.bot_data.get(UNANSWERED)
    if unanswered is not None:
        await asyncio.to_thread(unanswered.close)


# ---- the application ----------------------------------------------------------------------------


def add_handlers(application: Application, admins: frozenset[int] = frozenset()) -> None:
    """Every handler of the bot, in one place."""
    new = filters.UpdateType.MESSAGE  # edits are not new questions
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    # Anyone else's /stats falls through to unknown_command, so the reply reveals nothing.
    admin = new & private & filters.User(user_id=admins)
    application.add_handler(CommandHandler("stats", stats, filters=admin))
    application.add_handler(CommandHandler("reload", reload, filters=admin))
    application.add_handler(CommandHandler("start", start, filters=new))
    application.add_handler(CommandHandler("help", help_command, filters=new))
    application.add_handler(CommandHandler("ask", ask, filters=new))
    application.add_handler(CommandHandler("sources", sources, filters=new))
    application.add_handler(CommandHandler("chart", chart, filters=new))
    application.add_handler(MessageHandler(new & private & filters.TEXT & ~filters.COMMAND, private_question))
    application.add_handler(MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND, group_message))
    application.add_handler(MessageHandler(new & private & filters.COMMAND, unknown_command))
    application.add_handler(
        MessageHandler(new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text)
    )
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_handler(CallbackQueryHandler(question_button, pattern=f"^{render.ASK_PREFIX}"))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_error_handler(error_handler)


def file_url(base_url: str) -> str:
    """The file URL of a self-hosted Bot API server: .../bot -> .../file/bot."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url.rstrip("/") + "/file/bot"


def build_application(
    settings: Settings,
    engine: Engine,
    group_limit: int = DEFAULT_GROUP_LIMIT,
    group_window: float = DEFAULT_GROUP_WINDOW,
) -> Application:
    """The bot's Application, not yet initialised: handlers, rate limiter, start-up hook."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .concurrent_updates(ChatOrderedProcessor(settings.concurrent_updates))
        .connection_pool_size(min(settings.concurrent_updates, BOT_API_CONNECTIONS))
    )
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(
            file_url(settings.telegram_base_url)
        )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    application = builder.build()
    unanswered = (
        UnansweredLog(settings.unanswered_db, settings.unanswered_max_rows, settings.unanswered_max_days)
        if settings.unanswered_db
        else None
    )
    application.bot_data.update(
        {
            ENGINE: engine,
            QUESTIONS: {},
            GROUP_BUDGET: (group_limit, group_window),
            SETTINGS: settings,
            COUNTERS: Counters(),
            UNANSWERED: unanswered,
            RELOADING: asyncio.Lock(),
        }
    )
    add_handlers(application, settings.admin_user_ids)
    return application


ALLOWED_UPDATES = [Update.MESSAGE, Update.INLINE_QUERY, Update.CALLBACK_QUERY]


def run(
    settings: Settings,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
    secret_token: str | None = None,
    group_limit: int = DEFAULT_GROUP_LIMIT,
) -> None:
    """Run the bot until SIGTERM or Ctrl-C: long polling, or a webhook at `webhook_url`.

    Without a `secret_token` the webhook gets a random one: the bot registers the
    webhook itself, so only Telegram ever learns it.
    """
    token = settings.require_token()
    setup_logging(token)
    engine = load_engine(settings)
    if engine.file_problems:  # the last good knowledge base answers; the operator must hear why
        for line in kept_notice(engine.kb.meta, engine.file_problems):
            log.error("%s", line)
    application = build_application(settings, engine, group_limit=group_limit)
    try:
        if webhook_url:
            application.run_webhook(
                listen=listen,
                port=port,
                url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=secret_token or secrets.token_urlsafe(32),
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken as error:
        raise ConfigError("Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather") from error
    except NetworkError as error:
        where = settings.telegram_base_url or "api.telegram.org"
        reason = RedactToken(token).redact(str(error))
        raise ConfigError(f"cannot reach the Bot API at {where}: {reason}") from error
