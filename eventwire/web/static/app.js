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
  const SUB_TYPES = [
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    "Suicide bomb", "Chemical weapon", "Attack", "Abduction/forced disappearance", "Sexual violence",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence", "Arrests", "Agreement", "Change to group/activity",
    "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
  ];
  const PAGE = 1000;          // the API's largest page
  const MAX_EVENTS = 20000;   // the page stops loading markers past this
  const LIST_MAX = 300;       // rows in the side list
  const DAY_MS = 86400000;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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
    ["source", "source"], ["source_scale", "source scale"],
    ["notes", "notes"], ["tags", "tags"], ["id", "event id"],
  ];

  const NO_FILTERS = { country: "", type: "", sub_type: "", actor: "", q: "" };
  const EVENT_ZOOM = 9;       // opening an event zooms no closer than this: towns and units stay in view

  const state = {
    token: null,
    filters: Object.assign({}, NO_FILTERS),
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
    const params = Object.assign({}, state.filters);
    if (withRange) Object.assign(params, state.range);
    return params;
  }

  async function allEvents(params) {
    const items = [];
    let total = 0;
    for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
      const page = await api("/events", Object.assign({}, params, { limit: PAGE, offset }));
      total = page.total;
      state.notices = page.notices || [];
      items.push(...page.items);
      if (items.length >= total || page.items.length === 0) break;
    }
    return { items, total };
  }

  // -- map -------------------------------------------------------------------------------------

  const map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 11 }).setView([30, 30], 3);
  map.attributionControl.setPrefix(false);
  map.createPane("admin1").style.zIndex = 410;  // above the country fills (overlay pane, 400)
  map.createPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";
  const clusters = L.markerClusterGroup({
    maxClusterRadius: 40, showCoverageOnHover: false, disableClusteringAtZoom: EVENT_ZOOM,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusters);
  const labels = L.layerGroup().addTo(map);

  /* A group of events: a neutral disc with its count (the type colours belong to single events). */
  function clusterIcon(cluster) {
    const count = el("span", null, String(cluster.getChildCount()));
    return L.divIcon({ html: el("div", null, count), className: "marker-cluster ew-cluster", iconSize: [34, 34] });
  }

  async function loadOutlines() {
    if (state.outlines) return;
    try {
      const outlines = await api("/outlines");
      state.outlines = L.geoJSON(outlines, {
        interactive: false,
        renderer: L.canvas({ padding: 0.5 }),  // a few hundred polygons draw faster on canvas than as SVG
        style: { color: "#8a8f96", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 },
      }).addTo(map).bringToBack();
      map.attributionControl.addAttribution("outlines: Natural Earth; towns: GeoNames");
      $("map").dataset.outlines = String(outlines.features.length);
      state.iso3 = new Map(outlines.features.map((f) => [f.properties.iso_n3, f.properties.iso_a3]));
      state.iso3ByName = new Map(outlines.features.map((f) => [f.properties.name, f.properties.iso_a3]));
    } catch (err) {
      if (err instanceof AuthError) throw err;
      $("map").dataset.outlines = "missing";
      console.warn("no base layer:", err.message);
    }
  }

  /* First-level admin units of the countries with events, drawn once (thin dashed lines). */
  async function loadAdmin1(events) {
    if (state.admin1 || !state.iso3) return;
    const codeOf = (ev) => state.iso3.get(ev.iso) || state.iso3ByName.get(ev.country);
    const codes = [...new Set(events.map(codeOf).filter(Boolean))].slice(0, 40);
    if (!codes.length) return;
    try {
      const units = await api("/outlines/admin1", { countries: codes.join(",") });
      state.admin1 = L.geoJSON(units, {
        interactive: false, pane: "admin1", renderer: L.canvas({ padding: 0.5, pane: "admin1" }),
        style: { color: "#9aa0a6", weight: 0.6, dashArray: "3 3", fill: false },
      }).addTo(map);
      state.unitNames = units.features.map((f) => ({ name: f.properties.name, center: L.geoJSON(f).getBounds().getCenter() }));
      $("map").dataset.admin1 = String(units.features.length);
    } catch (err) {
      if (err instanceof AuthError) throw err;
      $("map").dataset.admin1 = "missing";
    }
  }

  /* Town labels for the view (GeoNames' most populous first), and unit names once zoomed in;
   * a label that would overlap one already placed is left out. */
  async function drawLabels() {
    const seq = (state.labelSeq = (state.labelSeq || 0) + 1);
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(3)).join(",");
    const zoom = map.getZoom();
    let towns = [];
    try {
      towns = await api("/places", { bbox, limit: zoom < 4 ? 25 : zoom < 6 ? 60 : 120 });
    } catch (err) {
      if (err instanceof AuthError) throw err;
      return;
    }
    if (seq !== state.labelSeq) return;
    labels.clearLayers();
    const taken = [];
    const free = (p, w) => {
      const box = { x0: p.x - 4, x1: p.x + w, y0: p.y - 8, y1: p.y + 8 };
      if (taken.some((t) => box.x0 < t.x1 && box.x1 > t.x0 && box.y0 < t.y1 && box.y1 > t.y0)) return false;
      taken.push(box);
      return true;
    };
    const place = (latlng, text, cls) => {
      const point = map.latLngToContainerPoint(latlng);
      if (!free(point, text.length * 6.5 + 8)) return;
      const label = el("span", null, text);
      labels.addLayer(L.marker(latlng, { pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ html: label, className: "place-label" + (cls ? " " + cls : ""), iconSize: null, iconAnchor: [2, 7] }) }));
    };
    const limit = zoom < 4 ? 12 : zoom < 6 ? 30 : 70;
    towns.slice(0, limit).forEach((t) => place([t.latitude, t.longitude], t.name));
    if (zoom >= 5 && state.unitNames) {
      state.unitNames.filter((u) => b.contains(u.center)).forEach((u) => place(u.center, u.name, "admin"));
    }
    $("map").dataset.labels = String(labels.getLayers().length);
  }
  map.on("moveend", () => {
    const c = map.getCenter();  // the view, for tests and for anyone reading the page's state
    Object.assign($("map").dataset, { zoom: String(map.getZoom()), center: c.lat.toFixed(3) + "," + c.lng.toFixed(3) });
    drawLabels().catch(handle);
  });

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
    const precision = el("div", { class: "precision" });
    precision.appendChild(el("div", null, el("span", { class: "ring" }), "region or country only"));
    precision.appendChild(el("div", null, el("span", { class: "swatch cluster" }), "a group of events (count)"));
    legend.appendChild(precision);
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
    if (!state.savedView) state.savedView = { center: map.getCenter(), zoom: map.getZoom() };
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
    const precision = " p" + (ev.geo_precision || 3);
    const size = (ev.geo_precision || 3) === 3 ? 18 : 14;
    return L.divIcon({ className: "ew-marker t" + typeIndex(ev.event_type) + precision + (selected ? " selected" : ""),
      iconSize: selected ? [size + 4, size + 4] : [size, size] });
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
    const zoom = Math.max(map.getZoom(), Math.min(EVENT_ZOOM, map.getMaxZoom()));
    if (clusters.getVisibleParent(marker) !== marker || !map.getBounds().contains(marker.getLatLng())) {
      map.setView(marker.getLatLng(), zoom);
    }
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
    if (state.savedView) map.setView(state.savedView.center, state.savedView.zoom);
    state.savedView = null;
  }

  // -- timeline with a brush -------------------------------------------------------------------

  const toDay = (iso) => Date.parse(iso + "T00:00:00Z");
  const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

  function drawTimeline(stats) {
    const box = $("timeline");
    clear(box);
    $("timeline-note").textContent = stats.undated
      ? stats.undated + " undated event" + (stats.undated === 1 ? " is" : "s are") + " not on the timeline" : "";
    $("timeline").dataset.undated = String(stats.undated);
    state.days = [];
    if (!stats.first_date) {
      box.appendChild(el("p", { class: "muted" }, "No dated events."));
      return;
    }
    const first = toDay(stats.first_date), last = toDay(stats.last_date);
    const size = (last - first) / DAY_MS <= 60 ? "day" : (last - first) / DAY_MS <= 400 ? "week" : "month";
    const binOf = (iso) => binStart(iso, size);
    state.binEnds = [];
    for (let start = binOf(stats.first_date); start <= stats.last_date; start = nextBin(start, size)) {
      state.days.push(start);
      state.binEnds.push(toIso(toDay(nextBin(start, size)) - DAY_MS));
    }
    state.binSize = size;
    $("timeline-head").firstElementChild.firstChild.textContent =
      "Events per " + size + " — drag across the chart to pick a date range, click it to clear. ";
    const stacks = new Map(state.days.map((d) => [d, []]));
    const totals = new Map(state.days.map((d) => [d, 0]));
    for (const row of stats.by_day_and_type) {
      const bin = binOf(row.date), rows = stacks.get(bin);
      const same = rows.find((r) => r.event_type === row.event_type);
      if (same) same.count += row.count; else rows.push({ event_type: row.event_type, count: row.count });
      totals.set(bin, totals.get(bin) + row.count);
    }
    const maxCount = Math.max(1, ...totals.values());

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
          class: "bar t" + typeIndex(row.event_type), "data-day": day, "data-end": state.binEnds[i] });
        const tip = svg("title");
        tip.textContent = (size === "day" ? day : day + " – " + state.binEnds[i]) + ": " + row.count + " × " + row.event_type;
        bar.appendChild(tip);
        root.appendChild(bar);
      }
    });

    const labelEvery = Math.max(1, Math.ceil(state.days.length / Math.max(2, Math.floor(plotW / 70))));
    state.days.forEach((day, i) => {
      if (i % labelEvery) return;
      const label = svg("text", { x: m.left + i * step + step / 2, y: height - 4, "text-anchor": "middle", class: "axis" });
      const newYear = i === 0 || day.slice(0, 4) !== state.days[Math.max(0, i - labelEvery)].slice(0, 4);
      label.textContent = size === "month" ? MONTHS[Number(day.slice(5, 7)) - 1] + (newYear ? " " + day.slice(0, 4) : "")
        : dayLabel(day, newYear);
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

  /* "12 Jan 2024" on the first label and where the year changes, "12 Jan" elsewhere. */
  function dayLabel(iso, withYear) {
    const d = new Date(iso + "T00:00:00Z");
    const text = d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
    return withYear ? text + " " + d.getUTCFullYear() : text;
  }

  function binStart(iso, size) {
    if (size === "month") return iso.slice(0, 8) + "01";
    if (size === "week") {
      const d = new Date(iso + "T00:00:00Z");
      return toIso(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);  // the Monday
    }
    return iso;
  }

  function nextBin(iso, size) {
    if (size === "month") {
      const d = new Date(iso + "T00:00:00Z");
      return toIso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    return toIso(toDay(iso) + (size === "week" ? 7 : 1) * DAY_MS);
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
      if (dragged) setRange(state.days[lo], state.binEnds[hi]);
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
    let lo = since ? state.binEnds.findIndex((d) => d >= since) : 0;
    if (lo < 0) lo = state.days.length - 1;
    let hi = state.days.length - 1;
    if (until) { while (hi > 0 && state.days[hi] > until) hi--; }
    showBrush(geometry, lo, Math.max(lo, hi));
    bars.forEach((b) => {
      const start = b.getAttribute("data-day"), end = b.getAttribute("data-end");
      b.classList.toggle("dim", (since && end < since) || (until && start > until));
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
      drawNotices(state.notices);
      drawMapNote(items, total, onMap);
      await loadAdmin1(items);
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

  /* What in the filters matched nothing, and the nearest value, which one click applies. */
  function drawNotices(notices) {
    const box = $("notices");
    clear(box);
    box.hidden = !notices.length;
    for (const n of notices) {
      const line = el("div", { "data-param": n.param }, n.param + ": " + n.message);
      const input = { actor: "f-actor", country: "f-country", q: "f-q" }[n.param];
      if (n.suggestion && input && n.param !== "country") {
        const use = el("button", { type: "button" }, "use " + n.suggestion);
        use.addEventListener("click", () => { $(input).value = n.suggestion; state.filters[n.param] = n.suggestion; refresh(); });
        line.appendChild(use);
      }
      box.appendChild(line);
    }
  }

  function drawMapNote(events, total, onMap) {
    const wide = events.filter((ev) => ev.latitude !== null && (ev.geo_precision || 3) === 3).length;
    const parts = [];
    if (total > onMap) parts.push((total - onMap) + " without coordinates not on the map");
    if (wide) parts.push(wide + " placed only at region or country level (rings)");
    $("map-note").textContent = parts.join(" · ");
  }

  /* The filtered view as a file, fetched with the token when the server needs one. */
  async function download(path, name) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(filterParams(true))) if (v) query.set(k, v);
    const headers = state.token ? { Authorization: "Bearer " + state.token } : {};
    const response = await fetch(path + (query.toString() ? "?" + query : ""), { headers });
    if (!response.ok) throw new Error(path + ": " + response.status);
    const link = el("a", { href: URL.createObjectURL(await response.blob()), download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
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
    fillSelect($("f-sub-type"), SUB_TYPES);
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
    $("f-sub-type").addEventListener("change", (e) => { state.filters.sub_type = e.target.value; refresh(); });
    for (const [id, key] of [["f-actor", "actor"], ["f-q", "q"]]) {
      $(id).addEventListener("input", (e) => {
        clearTimeout(actorTimer);
        actorTimer = setTimeout(() => { state.filters[key] = e.target.value.trim(); refresh(); }, 300);
      });
    }
    $("dl-csv").addEventListener("click", () => download("/events.csv", "events.csv").catch(handle));
    $("dl-geojson").addEventListener("click", () => download("/events.geojson", "events.geojson").catch(handle));
    $("f-since").addEventListener("change", (e) => setRange(e.target.value, state.range.until));
    $("f-until").addEventListener("change", (e) => setRange(state.range.since, e.target.value));
    $("f-clear").addEventListener("click", () => {
      $("filters").reset();
      state.filters = Object.assign({}, NO_FILTERS);
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
