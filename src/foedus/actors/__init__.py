"""Actor layer: knowledge base (``kb``), phrase look-up (``lookup``), mentions in text (``resolve``)."""

from foedus.actors.kb import ActorKB, Resolution, load_kb
from foedus.actors.pronouns import resolve_pronoun
from foedus.actors.resolve import find_mentions

__all__ = ["ActorKB", "Resolution", "load_kb", "find_mentions", "resolve_pronoun"]
