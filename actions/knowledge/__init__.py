"""Kansenbot's knowledge base: schema (schema.py) and the once-per-process loader (loader.py)."""
from actions.knowledge.loader import KnowledgeBase, KnowledgeError, get_knowledge, load_knowledge

__all__ = ["KnowledgeBase", "KnowledgeError", "get_knowledge", "load_knowledge"]
