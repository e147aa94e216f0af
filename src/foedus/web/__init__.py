"""The dashboard: static HTML/CSS/vanilla JS in ``static/``, served by :mod:`foedus.api.app`."""
