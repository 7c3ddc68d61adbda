"""The knowledge: CSV files read and checked (`files`), built into SQLite and read back (`store`)."""

from bot.knowledge.files import Fact, Intent, Knowledge, KnowledgeError, Metric, load_knowledge
from bot.knowledge.store import KnowledgeBase, build, ensure_built, ensure_served

__all__ = [
    "Fact",
    "Intent",
    "Knowledge",
    "KnowledgeBase",
    "KnowledgeError",
    "Metric",
    "build",
    "ensure_built",
    "ensure_served",
    "load_knowledge",
]
