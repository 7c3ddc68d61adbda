"""The Telegram layer: the python-telegram-bot Application and everything only it needs.

Named so as not to shadow the `telegram` library. The engine knows nothing of it; it decides
when to speak, to whom and where, and renders the engine's answers as Telegram HTML.
"""
