"""Endpoints that annotate text: analyze (store only with the token) and ingest (token only)."""

from __future__ import annotations

import threading
from fastapi import APIRouter, Request

from foedus.api.models import AnalyzeIn, AnnotatedArticle, IngestIn, IngestItemOut, IngestOut
from foedus.api.routes_data import Db, annotated
from foedus.api.security import ApiError, require_token
from foedus.ingest.readers import BadInput, article_from_dict
from foedus.records import Annotation, Article

router = APIRouter(prefix="/api")

# spaCy pipelines are loaded lazily and cached; annotating one article at a time keeps the
# first load from racing and bounds the memory a burst of requests can take.
_ANNOTATE_LOCK = threading.Lock()


def _article(fields: dict, origin: str) -> Article:
    meta = {k: v for k, v in fields.items() if k not in ("text", "store") and v is not None}
    try:
        return article_from_dict(meta, fields["text"], origin)
    except BadInput as err:
        raise ApiError(422, str(err)) from None


def _annotate(article: Article) -> Annotation:
    from foedus.annotate import SkippedLanguage, annotate_article

    with _ANNOTATE_LOCK:
        try:
            return annotate_article(article)
        except SkippedLanguage as err:
            raise ApiError(422, f"no pipeline for this language: {err}", {"language": article.language}) from None


def _store(request: Request, ann: Annotation, status: str = "done") -> bool:
    from foedus.store.db import store_annotation

    db = request.app.state.db
    if not db.writable:
        raise ApiError(403, "writes are disabled", "start the server with --token to allow writes")
    with db.write_lock, db.cursor() as cur:
        stored = store_annotation(cur, ann, status=status)
    db.invalidate()
    return stored


@router.post("/analyze", response_model=AnnotatedArticle, summary="Annotate a text (store it only with the write token)")
def analyze(request: Request, body: AnalyzeIn) -> AnnotatedArticle:
    if body.store:
        require_token(request, request.app.state.token)
    article = _article(body.model_dump(), "api:analyze")
    ann = _annotate(article)
    stored = _store(request, ann) if body.store else False
    data = ann.to_dict()
    result = annotated(data["article"], article.text, data["mentions"], data["quotes"], data["events"],
                       data["timexes"], data["places"], actors=data["actors"])
    result.stored = stored
    return result


@router.post("/ingest", response_model=IngestOut, summary="Annotate and store articles (write token required)")
def ingest(request: Request, body: IngestIn) -> IngestOut:
    require_token(request, request.app.state.token)
    from foedus.annotate import SkippedLanguage

    items: list[IngestItemOut] = []
    for n, given in enumerate(body.articles):
        try:
            article = _article(given.model_dump(), f"api:ingest[{n}]")
        except ApiError as err:
            items.append(IngestItemOut(id=given.id, status="failed", reason=err.error))
            continue
        try:
            ann = _annotate(article)
        except ApiError as err:
            # No pipeline for the language: stored as skipped, like `foedus ingest` does.
            stored = _store(request, Annotation(article=article), status="skipped")
            items.append(IngestItemOut(id=article.id, status="skipped" if stored else "duplicate", reason=err.error))
            continue
        except Exception as err:  # one article's failure must not stop the batch
            items.append(IngestItemOut(id=article.id, status="failed", reason=f"annotation failed: {type(err).__name__}"))
            continue
        stored = _store(request, ann)
        items.append(IngestItemOut(id=article.id, status="stored" if stored else "duplicate"))
    count = {s: sum(1 for i in items if i.status == s) for s in ("stored", "duplicate", "skipped", "failed")}
    return IngestOut(stored=count["stored"], duplicates=count["duplicate"], skipped=count["skipped"],
                     failed=count["failed"], items=items)
