"""The FastAPI app: HTML pages with JSON twins (DESIGN.md "HTTP contract"), the /api extras and
the one write endpoint.

Every page ``/x`` has a JSON twin ``/x.json`` (and answers JSON at ``/x`` to
``Accept: application/json``); both come from the same data function, so they cannot disagree.
Reads are public; ``POST /api/ingest`` needs ``Authorization: Bearer $PANTAU_TOKEN`` and is
disabled (403) when no token is configured. Pages carry a Content-Security-Policy that allows
scripts and styles only from this server's static files.
"""


import hashlib
import hmac
import inspect
import os
from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import AfterValidator, BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from pantau import __version__
from pantau.api import queries as Q
from pantau.api import render
from pantau.api.stories import Stories, StoriesUnavailable
from pantau.store import Store

HERE = FsPath(__file__).resolve().parent
TOKEN_ENV = "PANTAU_TOKEN"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

STORIES_UNAVAILABLE = ("Story clustering is not available yet: the stories stage has not been installed or run "
                       "on this store. Articles, entities, places and events are browsable meanwhile.")

# Query parameters shared by pages (bounded, so no input shape can make SQLite misbehave).
Text = Annotated[str | None, Query(max_length=300)]
Page = Annotated[int, Query(ge=1, le=10_000, description="1-based page number")]
Limit = Annotated[int, Query(ge=1, le=100, description="results per page")]


def _day(value: str | None) -> str | None:
    """A date filter: a typo ("2024-13-01") is a 400 like the CLI's usage error, not a silently empty
    list; an empty value (a blank date field in a submitted form) means no filter."""
    from pantau.process import normalize_date  # the NLP stack loads on first use, not with the app

    return normalize_date(value) if value else None


Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD"), AfterValidator(_day)]


MAX_BATCH = 500  # articles per POST /api/ingest


class IngestArticle(BaseModel):
    """One article to analyse and store (a text over the analyser's limit is that article's error)."""

    title: str | None = Field(None, max_length=2_000)
    text: str = Field(min_length=1)
    url: str | None = Field(None, max_length=4_000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD (or an ISO datetime)")
    outlet: str | None = Field(None, max_length=200)


class IngestResult(BaseModel):
    stored: list[str]
    existing: list[str]
    errors: list[dict[str, Any]]


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _json(data) -> JSONResponse:
    """JSON without FastAPI's slow generic encoder (our data is plain JSON values already)."""
    try:
        return JSONResponse(data)
    except (TypeError, ValueError):
        return JSONResponse(jsonable_encoder(data))


def _page_links(request: Request, page: int, has_more: bool) -> dict:
    def url(p: int) -> str:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"] + [("page", str(p))]
        return f"{request.url.path}?{urlencode(params)}"

    return {"page": page, "prev": url(page - 1) if page > 1 else None, "next": url(page + 1) if has_more else None}


def create_app(db_url: str | None = None, *, token: str | None = None, stories_provider: Any = None) -> FastAPI:
    """The web app over the store at ``db_url`` (SQLAlchemy URL or SQLite path; default as the CLI).

    ``token``: the bearer token for writes (default: ``$PANTAU_TOKEN`` read at request time);
    ``stories_provider``: an object with ``list_stories``/``get_story`` (default: ``pantau.stories``).
    """
    store = Store(db_url)
    stories = Stories(stories_provider)
    stories.available  # import the stories stage now, so its store hooks see every article ingested here
    app = FastAPI(
        title="Pantau", version=__version__,
        description="News intelligence for Indonesian-language news: articles, stories, entities, places and "
                    "events. Every HTML page has a JSON twin at the same path with `.json` appended (or send "
                    "`Accept: application/json`). Reads are public; writes need `Authorization: Bearer <token>`.",
        docs_url=None, redoc_url=None,  # Swagger/ReDoc load scripts from CDNs; /api renders the spec instead
    )
    app.state.store = store
    app.state.stories = stories

    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        highlight=render.highlight, timeline_svg=render.timeline_svg, graph_svg=render.graph_svg,
        marked_snippet=render.marked_snippet, url_part=render.url_part, fmt_value=render.fmt_value,
        claim_spread=render.claim_spread, ledger_order=render.ledger_order, entity_key=render.entity_key, place_key=render.place_key,
        version=__version__,
    )
    templates = Jinja2Templates(env=env)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def error_response(request: Request, status: int, detail: Any, headers: dict | None = None) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_encoder(detail)}, status_code=status, headers=headers)
        message = detail if isinstance(detail, str) else "The request was not understood (check the parameters)."
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return error_response(request, 400, errors)

    bad_request = {400: {"description": "Invalid parameters"}}
    not_found = {404: {"description": "Not found"}, **bad_request}

    def twin(path: str, template: str, summary: str, *, extra=None, responses=None, json_path: str | None = None):
        """Register ``fn`` as the JSON endpoint ``path.json`` and the HTML page ``path``."""

        def deco(fn):
            sig = inspect.signature(fn)

            def as_json(**kwargs):
                return _json(fn(**kwargs))

            as_json.__signature__ = sig
            as_json.__name__ = f"{fn.__name__}_json"
            app.add_api_route(json_path or path + ".json", as_json, methods=["GET"], summary=f"{summary} (JSON)",
                              tags=["JSON twins"], name=f"{fn.__name__}_json", responses=responses or bad_request)

            def html(request: Request, **kwargs):
                data = fn(**kwargs)
                if _wants_json(request):
                    return _json(data)
                ctx = {"data": data, "request": request}
                if extra:
                    ctx.update(extra(data, request))
                return templates.TemplateResponse(request, template, ctx)

            html.__signature__ = sig.replace(parameters=[
                inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
                *sig.parameters.values()])
            html.__name__ = fn.__name__
            app.add_api_route(path, html, methods=["GET"], response_class=HTMLResponse, summary=summary,
                              tags=["pages"], name=fn.__name__, responses=responses or bad_request)
            return fn

        return deco

    # -- home, search, articles -------------------------------------------------------------------

    @twin("/", "index.html", "Latest stories (or latest articles until stories exist)", json_path="/index.json")
    def home():
        data: dict[str, Any] = {"stories_available": stories.available, "stories": []}
        if stories.available:
            data["stories"] = stories.list(store, limit=20)
        else:
            data["notice"] = STORIES_UNAVAILABLE
        data["latest_articles"] = Q.latest_articles(store, limit=20)
        data["stats"] = store.stats()
        data["top_entities"] = Q.top_entities(store, limit=15, recent=500)
        data["top_places"] = Q.top_places(store, limit=15, recent=500)
        return data

    def search_extra(data, request):
        return {"outlets": Q.outlets(store), "links": _page_links(request, data["page"], data["has_more"])}

    @twin("/search", "search.html", "Full-text search with filters", extra=search_extra)
    def search_page(q: Annotated[str, Query(max_length=500, description="words that must all occur")] = "",
                    entity: Text = None, place: Text = None, country: Text = None,
                    event: Annotated[str | None, Query(max_length=300, description="event action or CAMEO code")] = None,
                    theme: Text = None, outlet: Text = None,
                    since: Day = None, until: Day = None,
                    page: Page = 1, limit: Limit = 20):
        filters = {"entity": entity, "place": place, "country": country, "event": event, "theme": theme,
                   "outlet": outlet, "since": since, "until": until}
        hits, more = Q.search(store, q, **filters, limit=limit, offset=(page - 1) * limit)
        return {"query": q, "filters": {k: v for k, v in filters.items() if v}, "page": page, "limit": limit,
                "has_more": more, "results": hits}

    def article_extra(doc, request):
        raw = store.get_raw(doc["id"])
        keys = {q["speaker"]: q.get("speaker_entity_id") or q["speaker"] for q in doc.get("quotes") or []
                if q.get("speaker")}
        return {"raw_text": raw[0] if raw else None,
                "speaker_keys": {s: k for s, k in keys.items() if Q.entity_exists(store, k)},
                "story": {"title": stories.title(store, doc["story_id"])} if doc.get("story_id") else None}

    @twin("/articles/{article_id}", "article.html", "One article: clean text with its facts", extra=article_extra,
          responses=not_found)
    def article(article_id: Annotated[str, Path(max_length=64)]):
        doc = store.get(article_id)
        if doc is None:
            raise HTTPException(404, f"No article with id {article_id}.")
        return doc

    @app.get("/api/articles/{article_id}/raw", tags=["api"], summary="The raw text of an article and its offset map",
             responses=not_found)
    def article_raw(article_id: Annotated[str, Path(max_length=64)]):
        raw = store.get_raw(article_id)
        if raw is None:
            raise HTTPException(404, f"No article with id {article_id}.")
        return {"id": article_id, "raw_text": raw[0], "offset_map": raw[1]}

    # -- stories ----------------------------------------------------------------------------------

    def story_extra(data, request):
        story = data.get("story")
        if not story:
            return {}
        ids = list(story.get("articles") or [])
        for s in story.get("summary") or []:
            ids.append(s.get("article_id"))
        for g in story.get("claims") or []:
            ids += [c.get("article_id") for c in g.get("claims") or []]
        ids += [t.get("article_id") for t in story.get("timeline") or []]
        return {"titles": Q.articles_by_ids(store, [i for i in dict.fromkeys(ids) if isinstance(i, str)][:500])}

    @twin("/stories", "stories.html", "Stories, newest first")
    def stories_page(since: Day = None, page: Page = 1, limit: Limit = 20):
        if not stories.available:
            return {"available": False, "notice": STORIES_UNAVAILABLE, "stories": [], "page": page, "has_more": False}
        items = stories.list(store, limit=limit + 1, offset=(page - 1) * limit, since=since)
        return {"available": True, "stories": items[:limit], "page": page, "has_more": len(items) > limit}

    @twin("/stories/{story_id}", "story.html", "One story: summary, timeline and claims ledger", extra=story_extra,
          responses=not_found)
    def story(story_id: Annotated[str, Path(max_length=128)]):
        if not stories.available:
            raise HTTPException(404, STORIES_UNAVAILABLE)
        doc = stories.get(store, story_id)
        if doc is None:
            raise HTTPException(404, f"No story with id {story_id}.")
        return {"available": True, "story": doc}

    # -- entities, places, events, map, graph -----------------------------------------------------

    @twin("/entities", "entities.html", "Most mentioned entities")
    def entities_page(label: Annotated[str | None, Query(max_length=16)] = None, q: Text = None, limit: Limit = 100):
        return {"label": label, "q": q, "entities": Q.top_entities(store, limit=limit, label=label, q=q)}

    def entity_extra(data, request):
        return {"links": _page_links(request, data["page"], data["has_more"])}

    @twin("/entities/{key:path}", "entity.html", "One entity: variants, mentions over time, co-occurrence, quotes",
          extra=entity_extra, responses=not_found)
    def entity(key: Annotated[str, Path(max_length=300, description="entity_id, or canonical name when unlinked")],
               page: Page = 1, limit: Limit = 20):
        data = Q.entity(store, key, limit=limit, offset=(page - 1) * limit)
        if data is None:
            raise HTTPException(404, f"No entity {key!r} in the store.")
        return {**data, "page": page}

    @twin("/places", "places.html", "Most mentioned places")
    def places_page(country: Annotated[str | None, Query(max_length=8)] = None, limit: Limit = 100):
        return {"country": country, "places": Q.top_places(store, limit=limit, country=country)}

    @twin("/places/{key:path}", "place.html", "One place: articles, counts and events there", extra=entity_extra,
          responses=not_found)
    def place(key: Annotated[str, Path(max_length=300, description="GeoNames id, or the name when not geocoded")],
              page: Page = 1, limit: Limit = 20):
        data = Q.place(store, key, limit=limit, offset=(page - 1) * limit)
        if data is None:
            raise HTTPException(404, f"No place {key!r} in the store.")
        return {**data, "page": page}

    @twin("/map", "map.html", "Map of places and events")
    def map_page(place: Text = None, country: Annotated[str | None, Query(max_length=8)] = None, entity: Text = None,
                 since: Day = None, until: Day = None):
        return {"filters": {k: v for k, v in {"place": place, "country": country, "entity": entity, "since": since,
                                              "until": until}.items() if v},
                **Q.map_points(store, place=place, country=country, entity=entity, since=since, until=until)}

    def events_extra(data, request):
        return {"actions": Q.event_actions(store), "links": _page_links(request, data["page"], data["has_more"])}

    @twin("/events", "events.html", "Events (who did what to whom, where, when)", extra=events_extra)
    def events_page(action: Text = None, actor: Text = None, place: Text = None, page: Page = 1, limit: Limit = 50):
        rows, more = Q.events(store, action=action, actor=actor, place=place, limit=limit, offset=(page - 1) * limit)
        return {"filters": {k: v for k, v in {"action": action, "actor": actor, "place": place}.items() if v},
                "page": page, "has_more": more, "events": rows}

    @twin("/graph", "graph.html", "Co-occurrence graph of the most mentioned entities")
    def graph_page(limit: Annotated[int, Query(ge=2, le=80)] = 40):
        return Q.entity_graph(store, limit=limit)

    # -- /api extras ------------------------------------------------------------------------------

    @app.get("/api", response_class=HTMLResponse, tags=["api"], summary="API documentation (from /openapi.json)")
    def api_docs(request: Request):
        spec = app.openapi()
        ops = []
        for p, methods in spec.get("paths", {}).items():
            for m, op in methods.items():
                ops.append({"method": m.upper(), "path": p, "summary": op.get("summary", ""),
                            "params": [x.get("name") for x in op.get("parameters", [])],
                            "tag": (op.get("tags") or [""])[0]})
        return templates.TemplateResponse(request, "api.html", {"ops": ops, "spec": spec})

    @app.get("/api/stats", tags=["api"], summary="Counts of articles and facts in the store")
    def api_stats():
        return {**store.stats(), "stories_available": stories.available}

    bearer = HTTPBearer(auto_error=False, description="PANTAU_TOKEN set by the operator")

    def require_write(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        expected = token if token is not None else os.environ.get(TOKEN_ENV, "")
        if not expected:
            raise HTTPException(403, f"Writes are disabled: the server has no {TOKEN_ENV} configured.")
        given = creds.credentials if creds else ""
        if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            raise HTTPException(401, "Missing or invalid bearer token.", headers={"WWW-Authenticate": "Bearer"})

    ingest_schema = IngestArticle.model_json_schema(ref_template="#/components/schemas/{model}")
    ingest_body = {"anyOf": [ingest_schema, {"type": "array", "items": ingest_schema, "maxItems": MAX_BATCH}]}

    @app.post("/api/ingest", tags=["api"], summary="Analyse and store articles (needs the bearer token)",
              description="One article object or a list of up to 500. Each article is checked on its own: the "
                          "good ones are stored even when others are not. The answer is 200 when every article "
                          "was stored (or already was), 422 with the same body when some could not be; "
                          "`errors` names each by its index in the list.",
              response_model=IngestResult, dependencies=[Depends(require_write)],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": ingest_body}}}},
              responses={**bad_request, 401: {"description": "Missing or invalid token"},
                         403: {"description": "Writes are disabled (no token configured)"},
                         422: {"description": "Some articles could not be ingested (see errors); the others were",
                               "model": IngestResult}})
    def ingest(body: Annotated[Any, Body()]):
        # The body is checked article by article (not by FastAPI as a whole), so one bad article in a
        # batch is an entry in ``errors`` and loses nothing else.
        from pydantic import ValidationError

        from pantau.process import normalize_date
        from pantau.types import RawDocument, ReadError

        if isinstance(body, dict):
            items = [body]
        elif isinstance(body, list) and len(body) <= MAX_BATCH:
            items = body
        else:
            raise HTTPException(400, f"Expected a JSON article object or a list of at most {MAX_BATCH}.")
        result = IngestResult(stored=[], existing=[], errors=[])
        for i, obj in enumerate(items):
            try:
                item = IngestArticle.model_validate(obj)
                published = normalize_date(item.published)
            except ValidationError as e:
                result.errors.append({"index": i, "error": "; ".join(
                    f"{'.'.join(map(str, x['loc'])) or 'article'}: {x['msg']}" for x in e.errors())})
                continue
            except ValueError as e:
                result.errors.append({"index": i, "error": f"published: {e}"})
                continue
            source = item.url or "api:" + hashlib.sha256(item.text.encode("utf-8", "replace")).hexdigest()[:16]
            raw = RawDocument(text=item.text, path_or_url=source, format="text", title=item.title,
                              published=published, outlet=item.outlet, url=item.url)
            try:
                article_id, new = store.ingest_document(raw, published=published)
            except ReadError as e:
                result.errors.append({"index": i, "error": str(e)})
                continue
            (result.stored if new else result.existing).append(article_id)
        if result.errors:
            return JSONResponse(result.model_dump(), status_code=422)
        return result

    return app
