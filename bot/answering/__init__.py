"""Answering: a resolved frame -> the facts -> an Answer (sentences, figures, citations)."""
