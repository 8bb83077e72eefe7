/* eventwire's page: a map, a timeline and an event panel over the JSON API.
 *
 * Safety rule: every value that comes from the API (article text, titles, actors, places…)
 * reaches the page through textContent, element properties or attributes set one by one,
 * never through innerHTML or an HTML string handed to Leaflet.
 */
(function () {
  "use strict";

  const TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
  ];
  const PAGE = 1000;          // the API's largest page
  const MAX_EVENTS = 20000;   // the page stops loading markers past this
  const LIST_MAX = 300;       // rows in the side list
  const DAY_MS = 86400000;

  const FIELD_LABELS = [
    ["event_date", "date"], ["time_precision", "time precision"], ["disorder_type", "disorder type"],
    ["event_type", "event type"], ["sub_event_type", "sub-event type"],
    ["actor1", "actor 1"], ["assoc_actor_1", "associated actor 1"], ["inter1", "inter 1"],
    ["actor2", "actor 2"], ["assoc_actor_2", "associated actor 2"], ["inter2", "inter 2"],
    ["interaction", "interaction"], ["civilian_targeting", "civilian targeting"],
    ["location", "location"], ["admin1", "admin 1"], ["admin2", "admin 2"], ["admin3", "admin 3"],
    ["country", "country"], ["coordinates", "coordinates"], ["geo_precision", "geo precision"],
    ["fatalities", "fatalities"], ["injuries", "injuries"], ["weapon", "weapon"],
    ["claimant", "claimed by"], ["corroboration", "independent sources"], ["confidence", "confidence"],
    ["notes", "notes"], ["tags", "tags"], ["id", "event id"],
  ];

  const state = {
    token: null,
    filters: { country: "", type: "", actor: "" },
    range: { since: "", until: "" },
    events: [],
    markers: new Map(),
    selected: null,
    days: [],
    seq: 0,
  };

  const $ = (id) => document.getElementById(id);

  // -- small DOM helpers (text only) ---------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function typeIndex(eventType) {
    const i = TYPES.indexOf(eventType);
    return i < 0 ? TYPES.length : i;
  }

  function setStatus(text, stateName) {
    const status = $("status");
    status.textContent = text;
    status.dataset.state = stateName;
  }

  function showError(message) {
    const banner = $("banner");
    banner.textContent = message;
    banner.hidden = false;
    setStatus("error", "error");
  }

  // -- API -------------------------------------------------------------------------------------

  class AuthError extends Error {}

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) query.set(key, value);
    }
    const url = path + (query.toString() ? "?" + query.toString() : "");
    const headers = { Accept: "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    const response = await fetch(url, { headers });
    if (response.status === 401) throw new AuthError("this server needs a token");
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : response.statusText;
      throw new Error(url + ": " + response.status + " " + detail);
    }
    return body;
  }

  function filterParams(withRange) {
    const params = { country: state.filters.country, type: state.filters.type, actor: state.filters.actor };
    if (withRange) Object.assign(params, state.range);
    return params;
  }

  async function allEvents(params) {
    const items = [];
    let total = 0;
    for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
      const page = await api("/events", Object.assign({}, params, { limit: PAGE, offset }));
      total = page.total;
      items.push(...page.items);
      if (items.length >= total || page.items.length === 0) break;
    }
    return { items, total };
  }

  // -- map -------------------------------------------------------------------------------------

  const map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 14 }).setView([30, 30], 3);
  map.attributionControl.setPrefix(false);
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);

  async function loadOutlines() {
    if (state.outlines) return;
    try {
      const outlines = await api("/outlines");
      state.outlines = L.geoJSON(outlines, {
        interactive: false,
        renderer: L.canvas({ padding: 0.5 }),  // a few hundred polygons draw faster on canvas than as SVG
        style: { color: "#8a8f96", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 },
      }).addTo(map).bringToBack();
      map.attributionControl.addAttribution("outlines: Natural Earth");
      $("map").dataset.outlines = String(outlines.features.length);
    } catch (err) {
      if (err instanceof AuthError) throw err;
      $("map").dataset.outlines = "missing";
      console.warn("no base layer:", err.message);
    }
  }

  function markerTitle(ev) {
    return [ev.event_date || "undated", ev.sub_event_type, ev.location || ev.country || ""]
      .filter(Boolean).join(" · ");
  }

  function drawMarkers(events) {
    clusters.clearLayers();
    state.markers.clear();
    const layers = [];
    for (const ev of events) {
      if (ev.latitude === null || ev.longitude === null) continue;
      const marker = L.marker([ev.latitude, ev.longitude], {
        icon: markerIcon(ev, ev.id === state.selected), title: markerTitle(ev), alt: ev.event_type, event: ev });
      marker.on("click", () => openEvent(ev.id));
      state.markers.set(ev.id, marker);
      layers.push(marker);
    }
    clusters.addLayers(layers);
    $("map").dataset.markers = String(layers.length);
    if (layers.length) map.fitBounds(clusters.getBounds().pad(0.25), { maxZoom: 8 });
    return layers.length;
  }

  function drawLegend() {
    const legend = $("legend");
    clear(legend);
    TYPES.forEach((name, i) => legend.appendChild(el("div", null, el("span", { class: "swatch t" + i }), name)));
  }

  // -- list ------------------------------------------------------------------------------------

  function drawList(events, total) {
    const list = $("event-list");
    clear(list);
    const newestFirst = events.slice().sort((a, b) => (b.event_date || "").localeCompare(a.event_date || ""));
    for (const ev of newestFirst.slice(0, LIST_MAX)) {
      const row = el("li", { tabindex: 0, "data-id": ev.id },
        el("span", { class: "swatch t" + typeIndex(ev.event_type), title: ev.event_type }),
        el("span", null, ev.event_date || "undated"),
        el("span", null, ev.sub_event_type + " — " + (ev.location || ev.country || "place unknown") +
          (ev.fatalities ? " (" + ev.fatalities + " killed)" : "")));
      row.addEventListener("click", () => openEvent(ev.id));
      row.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(ev.id); });
      list.appendChild(row);
    }
    const shown = Math.min(events.length, LIST_MAX);
    $("list-note").textContent = shown < total ? "(" + shown + " of " + total + ")" : "(" + total + ")";
  }

  // -- event panel -----------------------------------------------------------------------------

  async function openEvent(id) {
    let detail;
    try {
      detail = await api("/events/" + encodeURIComponent(id));
    } catch (err) {
      showError(err.message);
      return;
    }
    selectMarker(id);
    renderEvent(detail);
    $("list-view").hidden = true;
    $("event-view").hidden = false;
    $("panel").scrollTop = 0;
    await renderArticles(detail);
  }

  function markerIcon(ev, selected) {
    return L.divIcon({ className: "ew-marker t" + typeIndex(ev.event_type) + (selected ? " selected" : ""),
      iconSize: selected ? [18, 18] : [14, 14] });
  }

  /* The selected marker gets its own icon (not just a class on its element), so the mark
   * survives the cluster layer re-creating marker elements as the map zooms. */
  function selectMarker(id) {
    const previous = state.selected && state.markers.get(state.selected);
    if (previous) {
      previous.setIcon(markerIcon(previous.options.event, false));
      previous.setZIndexOffset(0);
    }
    state.selected = id;
    const marker = id && state.markers.get(id);
    if (!marker) return;
    marker.setIcon(markerIcon(marker.options.event, true));
    marker.setZIndexOffset(1000);
    clusters.zoomToShowLayer(marker, () => {});
  }

  function fieldValue(ev, key) {
    if (key === "coordinates") {
      return ev.latitude === null || ev.longitude === null ? null
        : ev.latitude.toFixed(4) + ", " + ev.longitude.toFixed(4);
    }
    if (key === "confidence" && typeof ev.confidence === "number") return ev.confidence.toFixed(2);
    const value = ev[key];
    return value === "" ? null : value;
  }

  function renderEvent(detail) {
    const ev = detail.event;
    $("ev-title").textContent = ev.sub_event_type + " — " + (ev.location || ev.country || "place unknown");
    $("ev-subtitle").textContent = (ev.event_date || "undated") + " · " + ev.event_type +
      " · " + ev.sources.length + " source" + (ev.sources.length === 1 ? "" : "s");

    const fields = $("ev-fields");
    clear(fields);
    for (const [key, label] of FIELD_LABELS) {
      const value = fieldValue(ev, key);
      if (value === null || value === undefined) continue;
      fields.appendChild(el("dt", null, label));
      fields.appendChild(el("dd", { "data-field": key }, String(value)));
    }

    const sources = $("ev-sources");
    clear(sources);
    for (const src of detail.sources) {
      const art = src.article || {};
      const claims = Object.entries(src.claims || {})
        .filter(([k, v]) => v !== null && ["event_date", "sub_event_type", "location", "fatalities", "actor1"].includes(k))
        .map(([k, v]) => k + ": " + v).join("; ");
      sources.appendChild(el("li", null,
        el("strong", null, art.source || "unknown outlet"), " — ",
        art.title || src.article_id, art.published ? " (" + art.published + ")" : "",
        claims ? el("div", { class: "muted" }, "says " + claims) : null));
    }

    const box = $("ev-disagreements");
    clear(box);
    if (!detail.disagreements.length) {
      box.appendChild(el("p", { class: "muted" }, "The sources agree on every coded field."));
    } else {
      const table = el("table", { class: "disagreements" },
        el("thead", null, el("tr", null, el("th", null, "field"), el("th", null, "each source says"),
          el("th", null, "kept"))));
      const body = el("tbody");
      for (const d of detail.disagreements) {
        const says = el("ul");
        for (const [articleId, value] of Object.entries(d.values)) {
          says.appendChild(el("li", null, sourceName(detail, articleId) + ": " + shown(value)));
        }
        body.appendChild(el("tr", { "data-field": d.field }, el("td", null, d.field), el("td", null, says),
          el("td", null, shown(d.chosen))));
      }
      table.appendChild(body);
      box.appendChild(table);
    }
  }

  function shown(value) {
    if (value === null || value === undefined) return "—";
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function sourceName(detail, articleId) {
    const src = detail.sources.find((s) => s.article_id === articleId);
    const outlet = src && src.article && src.article.source;
    return outlet ? outlet + " (" + articleId + ")" : articleId;
  }

  async function renderArticles(detail) {
    const box = $("ev-articles");
    clear(box);
    const eventId = detail.event.id;
    for (const src of detail.sources) {
      const section = el("section", { class: "article", "data-article": src.article_id });
      box.appendChild(section);
      let article;
      try {
        article = (await api("/articles/" + encodeURIComponent(src.article_id))).article;
      } catch (err) {
        section.appendChild(el("p", { class: "muted" }, "article " + src.article_id + " is not available: " + err.message));
        continue;
      }
      if (state.selected !== eventId) return; // another event was opened meanwhile
      section.appendChild(el("h4", null, article.title || article.id));
      section.appendChild(el("p", { class: "muted" },
        [article.source, article.published, article.byline].filter(Boolean).join(" · ")));
      section.appendChild(highlighted(article.text, src.evidence || {}));
    }
  }

  /* The article text as text nodes, with each evidence span inside a <mark>.  Overlapping spans
   * are merged; each mark lists the fields that came from it. */
  function highlighted(text, evidence) {
    const ranges = [];
    for (const [field, span] of Object.entries(evidence)) {
      if (!span || span.start < 0 || span.end > text.length) continue;
      let start = span.start, end = span.end;  // the mark hugs the words, not surrounding blanks
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (start < end) ranges.push({ start, end, fields: [field] });
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.start < last.end) {
        last.end = Math.max(last.end, r.end);
        for (const f of r.fields) if (!last.fields.includes(f)) last.fields.push(f);
      } else {
        merged.push({ start: r.start, end: r.end, fields: r.fields.slice() });
      }
    }
    const div = el("div", { class: "article-text" });
    let at = 0;
    for (const r of merged) {
      if (r.start > at) div.appendChild(document.createTextNode(text.slice(at, r.start)));
      const mark = el("mark", { class: "evidence", title: "evidence for " + r.fields.join(", "),
        "data-fields": r.fields.join(", ") });
      mark.appendChild(document.createTextNode(text.slice(r.start, r.end)));
      div.appendChild(mark);
      at = r.end;
    }
    if (at < text.length) div.appendChild(document.createTextNode(text.slice(at)));
    return div;
  }

  function closeEvent() {
    selectMarker(null);
    $("event-view").hidden = true;
    $("list-view").hidden = false;
  }

  // -- timeline with a brush -------------------------------------------------------------------

  const toDay = (iso) => Date.parse(iso + "T00:00:00Z");
  const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

  function drawTimeline(stats) {
    const box = $("timeline");
    clear(box);
    state.days = [];
    if (!stats.first_date) {
      box.appendChild(el("p", { class: "muted" }, "No dated events."));
      return;
    }
    const first = toDay(stats.first_date), last = toDay(stats.last_date);
    for (let t = first; t <= last; t += DAY_MS) state.days.push(toIso(t));
    const stacks = new Map(state.days.map((d) => [d, []]));
    for (const row of stats.by_day_and_type) stacks.get(row.date).push(row);
    const maxCount = Math.max(1, ...stats.by_day.map((d) => d.count));

    const width = Math.max(box.clientWidth, 300), height = box.clientHeight || 120;
    const m = { left: 28, right: 8, top: 6, bottom: 18 };
    const plotW = width - m.left - m.right, plotH = height - m.top - m.bottom;
    const step = plotW / state.days.length;
    const root = svg("svg", { viewBox: "0 0 " + width + " " + height, preserveAspectRatio: "none" });

    root.appendChild(svg("line", { x1: m.left, x2: width - m.right, y1: m.top + plotH, y2: m.top + plotH, stroke: "#9aa3ab" }));
    const yLabel = svg("text", { x: m.left - 4, y: m.top + 8, "text-anchor": "end", class: "axis" });
    yLabel.textContent = String(maxCount);
    root.appendChild(yLabel);

    state.days.forEach((day, i) => {
      let y = m.top + plotH;
      const rows = stacks.get(day).sort((a, b) => typeIndex(a.event_type) - typeIndex(b.event_type));
      for (const row of rows) {
        const h = (row.count / maxCount) * plotH;
        y -= h;
        const bar = svg("rect", { x: m.left + i * step + step * 0.1, y, width: Math.max(step * 0.8, 1), height: h,
          class: "bar t" + typeIndex(row.event_type), "data-day": day });
        const tip = svg("title");
        tip.textContent = day + ": " + row.count + " × " + row.event_type;
        bar.appendChild(tip);
        root.appendChild(bar);
      }
    });

    const labelEvery = Math.max(1, Math.ceil(state.days.length / Math.max(2, Math.floor(plotW / 70))));
    state.days.forEach((day, i) => {
      if (i % labelEvery) return;
      const label = svg("text", { x: m.left + i * step + step / 2, y: height - 4, "text-anchor": "middle", class: "axis" });
      label.textContent = day.slice(5);
      root.appendChild(label);
    });

    const brush = svg("rect", { class: "brush", x: 0, y: m.top, width: 0, height: plotH, visibility: "hidden" });
    root.appendChild(brush);
    const overlay = svg("rect", { x: m.left, y: 0, width: plotW, height, fill: "transparent", id: "brush-area" });
    root.appendChild(overlay);
    box.appendChild(root);

    const geometry = { m, step, width, brush, root };
    attachBrush(overlay, geometry);
    drawBrush(geometry);
    state.timeline = geometry;
  }

  function dayAt(geometry, clientX) {
    const box = geometry.root.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * geometry.width - geometry.m.left;
    return Math.min(state.days.length - 1, Math.max(0, Math.floor(x / geometry.step)));
  }

  function attachBrush(overlay, geometry) {
    let start = null, startX = 0;
    overlay.addEventListener("pointerdown", (e) => {
      start = dayAt(geometry, e.clientX);
      startX = e.clientX;
      overlay.setPointerCapture(e.pointerId);
      showBrush(geometry, start, start);
    });
    overlay.addEventListener("pointermove", (e) => {
      if (start !== null) showBrush(geometry, start, dayAt(geometry, e.clientX));
    });
    overlay.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const end = dayAt(geometry, e.clientX);
      const dragged = Math.abs(e.clientX - startX) > 3;
      const lo = Math.min(start, end), hi = Math.max(start, end);
      start = null;
      if (dragged) setRange(state.days[lo], state.days[hi]);
      else setRange("", "");
    });
  }

  function showBrush(geometry, a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    const { brush, m, step } = geometry;
    brush.setAttribute("x", m.left + lo * step);
    brush.setAttribute("width", (hi - lo + 1) * step);
    brush.setAttribute("visibility", "visible");
  }

  function drawBrush(geometry) {
    geometry = geometry || state.timeline;
    if (!geometry || !state.days.length) return;
    const { since, until } = state.range;
    const bars = geometry.root.querySelectorAll("rect.bar");
    if (!since && !until) {
      geometry.brush.setAttribute("visibility", "hidden");
      bars.forEach((b) => b.classList.remove("dim"));
      $("range-label").textContent = "all dates";
      return;
    }
    let lo = since ? state.days.findIndex((d) => d >= since) : 0;
    if (lo < 0) lo = state.days.length - 1;
    let hi = state.days.length - 1;
    if (until) { while (hi > 0 && state.days[hi] > until) hi--; }
    showBrush(geometry, lo, Math.max(lo, hi));
    bars.forEach((b) => {
      const d = b.getAttribute("data-day");
      b.classList.toggle("dim", (since && d < since) || (until && d > until));
    });
    $("range-label").textContent = (since || "…") + " → " + (until || "…");
  }

  function setRange(since, until) {
    state.range = { since, until };
    $("f-since").value = since;
    $("f-until").value = until;
    drawBrush();
    refreshEvents();
  }

  // -- loading ---------------------------------------------------------------------------------

  async function refreshEvents() {
    const seq = ++state.seq;
    setStatus("loading…", "loading");
    try {
      const { items, total } = await allEvents(filterParams(true));
      if (seq !== state.seq) return;
      state.events = items;
      const onMap = drawMarkers(items);
      drawList(items, total);
      const count = $("status");
      count.dataset.total = String(total);
      count.dataset.onMap = String(onMap);
      setStatus(total + " event" + (total === 1 ? "" : "s") + (onMap < total ? ", " + onMap + " on the map" : ""), "ready");
    } catch (err) {
      handle(err);
    }
  }

  async function refresh() {
    try {
      const stats = await api("/stats", filterParams(false));
      drawTimeline(stats);
    } catch (err) {
      handle(err);
      return;
    }
    await refreshEvents();
  }

  function fillSelect(select, values) {
    while (select.options.length > 1) select.remove(1);
    for (const value of values) {
      if (value === null || value === undefined) continue;
      select.appendChild(el("option", { value }, value));
    }
  }

  async function start() {
    drawLegend();
    const stats = await api("/stats");
    fillSelect($("f-country"), stats.by_country.map((c) => c.key).filter(Boolean).sort());
    const known = stats.by_type.map((t) => t.key);
    fillSelect($("f-type"), TYPES.concat(known.filter((t) => !TYPES.includes(t))));
    await loadOutlines();
    await refresh();
  }

  function handle(err) {
    if (err instanceof AuthError) {
      $("token-form").hidden = false;
      setStatus("token needed", "error");
    } else {
      showError(err.message);
    }
  }

  /* A link may carry the token as #token=…: it is kept for this tab and taken out of the address. */
  function readToken() {
    const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
    if (match) {
      sessionStorage.setItem("eventwire-token", decodeURIComponent(match[1]));
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    state.token = sessionStorage.getItem("eventwire-token");
    return Boolean(match);
  }

  function wire() {
    let actorTimer = null;
    $("f-country").addEventListener("change", (e) => { state.filters.country = e.target.value; refresh(); });
    $("f-type").addEventListener("change", (e) => { state.filters.type = e.target.value; refresh(); });
    $("f-actor").addEventListener("input", (e) => {
      clearTimeout(actorTimer);
      actorTimer = setTimeout(() => { state.filters.actor = e.target.value.trim(); refresh(); }, 300);
    });
    $("f-since").addEventListener("change", (e) => setRange(e.target.value, state.range.until));
    $("f-until").addEventListener("change", (e) => setRange(state.range.since, e.target.value));
    $("f-clear").addEventListener("click", () => {
      $("filters").reset();
      state.filters = { country: "", type: "", actor: "" };
      state.range = { since: "", until: "" };
      refresh();
    });
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    $("back").addEventListener("click", closeEvent);
    $("token-form").addEventListener("submit", (e) => {
      e.preventDefault();
      sessionStorage.setItem("eventwire-token", $("token-input").value.trim());
      state.token = $("token-input").value.trim();
      $("token-form").hidden = true;
      run();
    });
    window.addEventListener("hashchange", () => {
      if (readToken()) {
        $("token-form").hidden = true;
        $("banner").hidden = true;
        run();
      }
    });
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => api("/stats", filterParams(false)).then(drawTimeline).catch(handle), 200);
    });
  }

  function run() {
    start().catch(handle);
  }

  readToken();
  wire();
  run();
})();
