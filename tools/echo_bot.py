"""A bare python-telegram-bot echo bot: the floor `python -m bot bench` compares the bot with.

It reads the same settings as the bot (TELEGRAM_BOT_TOKEN, TELEGRAM_BASE_URL) and answers
every private text message with its own text, through the same kind of Application and
long polling, with no question logic at all. Run it with `python -m tools.echo_bot` from the repository.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.config import load_settings


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text)


def main() -> int:
    settings = load_settings()
    builder = ApplicationBuilder().token(settings.require_token())
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url)
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.run_polling(allowed_updates=[Update.MESSAGE])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
