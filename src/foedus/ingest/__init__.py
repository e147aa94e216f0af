"""Ingest stage: read sources into `Article` records, or `Failure` records that say why not."""

from foedus.ingest.readers import MAX_ARTICLE_BYTES, iter_articles, read_text_file
from foedus.ingest.sources import count_items, iter_sources

__all__ = ["MAX_ARTICLE_BYTES", "count_items", "iter_articles", "iter_sources", "read_text_file"]
