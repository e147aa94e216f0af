"""Offline builders of the actor knowledge base (run by maintainers, never at run time)."""
