"""Ingest stage: read sources into `Article` records, or `Failure` records that say why not."""

from foedus.ingest.readers import MAX_ARTICLE_BYTES, iter_articles, read_text_file

__all__ = ["MAX_ARTICLE_BYTES", "iter_articles", "read_text_file"]
