"""The Telegram bot: python-telegram-bot's Application, every handler registered in one place,
and `run`. The callbacks are in `bot.chat_app.handlers`; what they keep, in `bot.chat_app.context`.

Where the bot speaks:
- private chats: every message, text or caption, is a question; /start, /help, /ask, /sources, /chart;
- groups: /ask (also /ask@ThisBot) always; a mention of @ThisBot or a reply to the bot's own
  messages when the engine understood a question (🤷 when it did not); each answer replies to its
  question, in its forum topic, within a per-chat budget shared out between people;
- inline mode: `@ThisBot question` in any chat;
- "did you mean" buttons: callback data `ask:<question>` (or `ask:#<key>` for a long one);
- admins (ADMIN_USER_IDS), in private chats only: /stats and /reload. To anyone else they
  are unknown commands, answered exactly as any other unknown command.

Conversations, reply threads, edits and budgets are chat data, kept across restarts by
python-telegram-bot's persistence on a SQLite file (`bot.chat_app.state`, `settings.state_file`).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import secrets
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.chat_app import admin, handlers, render
from bot.chat_app.context import CONTEXT_TYPES, BotData, budget_settings
from bot.chat_app.ordering import ChatOrderedProcessor
from bot.chat_app.state import ChatState, StateError
from bot.chat_app.transport import StreamRequest
from bot.config import ConfigError, Settings
from bot.engine import Engine, load_engine
from bot.knowledge.store import kept_notice
from bot.unanswered import UnansweredLog

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3  # AIORateLimiter: how often a request is retried after a 429
# Connections to the Bot API. Four carry Telegram's 30 messages a second even at 100 ms a round
# trip; more only cost time (httpcore checks every pooled connection on every request), and so do
# more concurrent updates than connections (their requests queue in httpcore at a cost).
BOT_API_CONNECTIONS = 4

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
# Exactly the updates handled (migrations and captions come as messages).
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.INLINE_QUERY,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]


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


# ---- the application ----------------------------------------------------------------------------


async def post_init(application: Application) -> None:
    """Register the command menus, start the unanswered log, say who the bot is up as."""
    bot = application.bot
    try:
        await bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
        await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    except TelegramError as error:
        log.warning("could not register the command menu: %s", error)
    data: BotData = application.bot_data
    if data.unanswered is not None:
        data.unanswered.start()
    log.info("up as @%s", bot.username)


async def post_shutdown(application: Application) -> None:
    """Write out the unanswered questions still queued."""
    data: BotData = application.bot_data
    if data.unanswered is not None:
        await asyncio.to_thread(data.unanswered.close)


def add_handlers(application: Application, admins: frozenset[int] = frozenset()) -> None:
    """Every handler of the bot, in one place."""
    new, edited = filters.UpdateType.MESSAGE, filters.UpdateType.EDITED_MESSAGE
    private = filters.ChatType.PRIVATE
    words = filters.TEXT | filters.CAPTION
    application.add_handler(TypeHandler(Update, handlers.screen), group=-1)
    # Anyone else's /stats falls through to unknown_command, so the reply reveals nothing.
    admins_only = new & private & filters.User(user_id=admins)
    application.add_handler(CommandHandler("stats", admin.stats, filters=admins_only))
    application.add_handler(CommandHandler("reload", admin.reload, filters=admins_only))
    application.add_handler(CommandHandler("start", handlers.start, filters=new))
    application.add_handler(CommandHandler("help", handlers.help_command, filters=new))
    application.add_handler(CommandHandler("ask", handlers.ask, filters=new))
    application.add_handler(CommandHandler("sources", handlers.sources, filters=new))
    application.add_handler(CommandHandler("chart", handlers.chart, filters=new))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, handlers.migrate))
    application.add_handler(MessageHandler(new & words & ~filters.COMMAND, handlers.question_message))
    application.add_handler(MessageHandler(edited & words, handlers.edited_question))
    application.add_handler(MessageHandler(new & private & filters.COMMAND, handlers.unknown_command))
    application.add_handler(
        MessageHandler(new & private & ~words & ~filters.StatusUpdate.ALL, handlers.not_text)
    )
    application.add_handler(ChatMemberHandler(handlers.member_change, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    application.add_handler(CallbackQueryHandler(handlers.question_button, pattern=f"^{render.ASK_PREFIX}"))
    application.add_handler(CallbackQueryHandler(handlers.stale_button))
    application.add_error_handler(handlers.error_handler)


def file_url(base_url: str) -> str:
    """The file URL of a self-hosted Bot API server: .../bot -> .../file/bot."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return base_url.rstrip("/") + "/file/bot"


def build_application(settings: Settings, engine: Engine) -> Application:
    """The bot's Application, not yet initialised: handlers, rate limiter, persistence, hooks."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .context_types(CONTEXT_TYPES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .concurrent_updates(ChatOrderedProcessor(settings.concurrent_updates))
    )
    connections = min(settings.concurrent_updates, BOT_API_CONNECTIONS)
    # JSON calls over a lean transport; file uploads (charts) through httpx, made when first needed.
    lean = functools.partial(
        StreamRequest,
        everything_by_fallback=settings.behind_proxy,
        ca_file=settings.ssl_cert_file,
        ca_dir=settings.ssl_cert_dir,
    )
    pooled_httpx = functools.partial(HTTPXRequest, connection_pool_size=connections)
    builder = builder.request(lean(pooled_httpx, connections))
    builder = builder.get_updates_request(lean(HTTPXRequest, 1))
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(
            file_url(settings.telegram_base_url)
        )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    if settings.state_file is not None:
        builder = builder.persistence(ChatState(settings.state_file))
    application = builder.build()
    data: BotData = application.bot_data
    data.engine = engine
    data.settings = settings
    data.budget = budget_settings(settings)
    if settings.unanswered_db:
        data.unanswered = UnansweredLog(
            settings.unanswered_db, settings.unanswered_max_rows, settings.unanswered_max_days
        )
    add_handlers(application, settings.admin_user_ids)
    return application


def run(
    settings: Settings,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
    secret_token: str | None = None,
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
    try:
        application = build_application(settings, engine)
    except StateError as error:
        raise ConfigError(str(error)) from error
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
