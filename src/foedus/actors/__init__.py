"""Actors stage: knowledge base and mention resolution."""
