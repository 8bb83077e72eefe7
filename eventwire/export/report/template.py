"""The HTML template of a situation report (kept in Python so it ships without package-data)."""

REPORT_HTML = r"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Situation report {{ since }} – {{ until }}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem auto;max-width:1000px;color:#222;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
.sub{color:#666;font-size:.9rem}
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
<div class="sub">{% if filters %}Filters: {% for k, v in filters.items() %}{{ k }} = {{ v }}{% if not loop.last %}, {% endif %}{% endfor %}. {% endif %}Compared with {{ prev_since }} – {{ prev_until }}.</div>

<div class="cards">
 <div class="card"><b>{{ stats.events }}</b>events <span class="sub">({{ "%+d"|format(stats.events - prev_stats.events) }})</span></div>
 <div class="card"><b>{{ stats.fatalities }}</b>fatalities <span class="sub">({{ "%+d"|format(stats.fatalities - prev_stats.fatalities) }})</span></div>
 <div class="card"><b>{{ stats.injuries }}</b>injuries <span class="sub">({{ "%+d"|format(stats.injuries - prev_stats.injuries) }})</span></div>
 <div class="card"><b>{{ stats.by_country|length }}</b>countries</div>
</div>

<h2>Events per day by type</h2>
{% if timeline_png %}<img alt="Bar chart of events per day by event type" src="data:image/png;base64,{{ timeline_png }}">{% endif %}

<h2>Map</h2>
{% if map_png %}<img alt="Map of events over country outlines" src="data:image/png;base64,{{ map_png }}">{% endif %}
{% if no_coords %}<div class="sub">{{ no_coords }} event(s) without coordinates are not on the map.</div>{% endif %}

<div class="cols">
<div><h2>By type</h2>
<table><tr><th>type</th><th class="n">events</th><th class="n">fatalities</th><th class="n">injuries</th></tr>
{% for k, v in stats.by_type.items() %}<tr><td>{{ k }}</td><td class="n">{{ v.events }}</td><td class="n">{{ v.fatalities }}</td><td class="n">{{ v.injuries }}</td></tr>
{% else %}<tr><td colspan="4">No events.</td></tr>{% endfor %}</table></div>
<div><h2>By actor</h2>
<table><tr><th>actor</th><th class="n">events</th><th class="n">fatalities</th><th class="n">injuries</th></tr>
{% for k, v in stats.by_actor.items() %}<tr><td>{{ k }}</td><td class="n">{{ v.events }}</td><td class="n">{{ v.fatalities }}</td><td class="n">{{ v.injuries }}</td></tr>
{% else %}<tr><td colspan="4">No events.</td></tr>{% endfor %}</table></div>
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
<div class="cols"><div>{{ delta(delta_type, "type") }}</div><div>{{ delta(delta_country, "country") }}</div></div>

<h2>Most significant events</h2>
{% for ev in significant %}
<div class="ev">
 <div><b>{{ ev.date }} · {{ ev.sub_type }}</b> — {{ ev.place }}</div>
 <div>{{ ev.summary }}</div>
 <div class="meta">{{ ev.type }} · actors: {{ ev.actor1 or "?" }}{% if ev.actor2 %} / {{ ev.actor2 }}{% endif %} · fatalities {{ ev.fatalities }}{% if ev.injuries %} · injuries {{ ev.injuries }}{% endif %}
 · sources: {{ ev.outlets|join("; ") if ev.outlets else "unknown" }} · corroboration {{ ev.corroboration }} · id {{ ev.id }}</div>
 {% for d in ev.disagreements %}<div class="dis">Sources disagree on {{ d.field }}: {% for k, v in d.claims.items() %}{{ k }} says {{ v }}{% if not loop.last %}; {% endif %}{% endfor %} (used: {{ d.chosen }})</div>{% endfor %}
 {% for field, text in ev.evidence.items() %}<blockquote>{{ field }}: “{{ text }}”</blockquote>{% endfor %}
</div>
{% else %}<p>No events in this period.</p>{% endfor %}

<footer>Generated {{ generated }} by eventwire from machine-coded news reports; check the sources before relying on a figure. Map outlines: Natural Earth (public domain) via world-atlas.</footer>
</body></html>
"""
