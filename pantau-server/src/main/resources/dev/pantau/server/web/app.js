// Pantau web UI: plain JavaScript, no dependencies, everything drawn here (SVG) from /api.
"use strict";

const view = document.getElementById("view");
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

// Lucene's snippets mark matches with <b>; everything else in them is text and is escaped.
function snippet(s) {
  return esc(s).replace(/&lt;b&gt;/g, "<b>").replace(/&lt;\/b&gt;/g, "</b>");
}

async function api(path, options) {
  const r = await fetch(path, options);
  const type = r.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await r.json() : await r.text();
  if (!r.ok) throw new Error(body && body.detail ? body.detail : "HTTP " + r.status);
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  return p.toString();
}

function showError(e) {
  const d = document.createElement("div");
  d.className = "error";
  d.textContent = e.message || String(e);
  view.prepend(d);
}

function svgEl(name, attrs, text) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function formValues(form) {
  const o = {};
  for (const [k, v] of new FormData(form).entries()) o[k] = v.trim();
  return o;
}

// ---------- routing ----------
const routes = { "": searchPage, "article": articlePage, "events": eventsPage, "event": eventPage, "map": mapPage, "network": networkPage, "analyze": analyzePage };

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/");
  const page = routes[parts[0]] ? parts[0] : "";
  document.querySelectorAll("nav a[data-page]").forEach(a => a.classList.toggle("active", a.dataset.page === (page || "search") || (page === "article" && a.dataset.page === "search") || (page === "event" && a.dataset.page === "events")));
  view.innerHTML = "";
  routes[page](decodeURIComponent(parts.slice(1).join("/")), new URLSearchParams(query || "")).catch(showError);
}
window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);

// ---------- search ----------
async function searchPage(_, params) {
  const q = params.get("q") || "", offset = Number(params.get("offset") || 0);
  view.innerHTML = `<h1>Search articles</h1>
    <form class="bar" id="search-form"><input name="q" id="q" size="50" placeholder="e.g. Putin Kim satelit" value="${esc(q)}"><button>Search</button></form>
    <div id="onboard"></div><ul class="results" id="results"></ul><div class="pager" id="pager"></div>`;
  document.getElementById("search-form").addEventListener("submit", ev => {
    ev.preventDefault();
    location.hash = "#/?" + qs({ q: formValues(ev.target).q });
  });
  const stats = await api("/api/stats");
  if (stats.articles === 0) {
    const box = document.getElementById("onboard");
    box.innerHTML = `<div class="notice">This store is empty. <button id="load-examples">Load the example article</button>
      (a Bisnis.com report of Kim Jong-un meeting Vladimir Putin, analysed and stored), or ingest your own with <code>pantau ingest</code>.</div>`;
    document.getElementById("load-examples").addEventListener("click", async () => {
      try { await api("/api/examples", { method: "POST" }); route(); } catch (e) { showError(e); }
    });
    return;
  }
  const page = await api("/api/articles?" + qs({ q, limit: 20, offset }));
  const ul = document.getElementById("results");
  if (page.items.length === 0) ul.innerHTML = `<li class="muted">No article matches.</li>`;
  for (const a of page.items) {
    const li = document.createElement("li");
    li.innerHTML = `<a class="title" href="#/article/${encodeURIComponent(a.id)}">${esc(a.title || a.id)}</a>
      <div class="meta">${esc(a.outlet || "")} · ${esc(a.published || "no date")}</div>
      <div class="snippet">${q ? snippet(a.snippet) : esc(a.snippet)}…</div>`;
    ul.appendChild(li);
  }
  pager(document.getElementById("pager"), page, off => "#/?" + qs({ q, offset: off }));
}

function pager(el, page, href) {
  if (page.offset > 0) el.insertAdjacentHTML("beforeend", `<a href="${href(Math.max(0, page.offset - page.limit))}">← previous</a>`);
  el.insertAdjacentHTML("beforeend", `<span class="muted">${page.offset + 1}–${page.offset + page.items.length}</span>`);
  if (page.nextOffset != null) el.insertAdjacentHTML("beforeend", `<a href="${href(page.nextOffset)}">next →</a>`);
}

// ---------- article ----------
async function articlePage(id) {
  const a = await api("/api/articles/" + encodeURIComponent(id));
  view.innerHTML = `<h1>${esc(a.title || a.id)}</h1><p class="muted">${esc(a.outlet || "")} · ${esc(a.published || "no date")} · ${esc(a.language)}
    ${a.url ? ` · <a href="${esc(a.url)}" rel="noopener noreferrer">source</a>` : ""}</p><div id="doc"></div>`;
  renderDoc(document.getElementById("doc"), a.doc);
}

// Every layer as standoff spans: entity mentions, times, quotes, attributions, event triggers.
function layers(doc) {
  const ents = Object.fromEntries((doc.entities || []).map(e => [e.id, e]));
  const spans = [];
  for (const e of doc.entities || []) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, cls: "ent-" + e.type, ref: e.id, title: `${e.name} (${e.type}${e.actor ? ", " + e.actor : ""})` });
  (doc.times || []).forEach((t, i) => spans.push({ start: t.start, end: t.end, cls: "time", ref: "T" + (i + 1), title: `${t.type} ${t.value || ""}` }));
  (doc.quotes || []).forEach((q, i) => spans.push({ start: q.start, end: q.end, cls: "quote", ref: "Q" + (i + 1), title: "quote by " + (ents[q.speaker] ? ents[q.speaker].name : "unknown") }));
  (doc.attributions || []).forEach((s, i) => spans.push({ start: s.start, end: s.end, cls: "attribution", ref: "A" + (i + 1), title: "source: " + (s.source || "") }));
  for (const v of doc.events || []) if (v.evidence) spans.push({ start: v.evidence.start, end: v.evidence.end, cls: "trigger", ref: v.id, title: `${v.code} ${v.source && v.source.actor || "?"} → ${v.target && v.target.actor || "?"}` });
  return { spans, ents };
}

function renderDoc(el, doc) {
  const { spans, ents } = layers(doc);
  const text = doc.text;
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((x, y) => x - y);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    const piece = esc(text.slice(a, b));
    if (over.length === 0) { html += piece; continue; }
    html += `<mark class="hl ${[...new Set(over.map(s => s.cls))].join(" ")}" data-refs="${over.map(s => s.ref).join(" ")}" title="${esc(over.map(s => s.title).join("; "))}">${piece}</mark>`;
  }
  const byType = {};
  for (const e of doc.entities || []) (byType[e.type] = byType[e.type] || []).push(e);
  const item = (ref, label) => `<li><a href="#" data-ref="${esc(ref)}">${label}</a></li>`;
  el.innerHTML = `<div class="article"><div><div class="panel legend"><span class="hl ent-PERSON">person</span><span class="hl ent-ORGANIZATION">organisation</span>
      <span class="hl ent-LOCATION">location</span><span class="hl ent-MISC">other</span><span class="time">time</span><span class="hl quote">quote</span>
      <span class="attribution">attribution</span><span class="hl trigger">event trigger</span></div>
    <div class="text" id="article-text">${html}</div></div>
    <aside>
      <div class="panel" id="panel-entities"><h2>Entities (${(doc.entities || []).length})</h2>${Object.entries(byType).map(([t, es]) => `<strong>${esc(t)}</strong><ul>${es.map(e => item(e.id, `${esc(e.name)}${e.actor ? ` <span class="muted">${esc(e.actor)}</span>` : ""} <span class="muted">×${e.mentions.length}</span>`)).join("")}</ul>`).join("")}</div>
      <div class="panel" id="panel-times"><h2>Times (${(doc.times || []).length})</h2><ul>${(doc.times || []).map((t, i) => item("T" + (i + 1), `${esc(t.text)} <span class="muted">${esc(t.value || "")}</span>`)).join("")}</ul></div>
      <div class="panel" id="panel-quotes"><h2>Quotes (${(doc.quotes || []).length})</h2><ul>${(doc.quotes || []).map((q, i) => item("Q" + (i + 1), `<em>${esc(ents[q.speaker] ? ents[q.speaker].name : "unknown speaker")}</em>: ${q.direct ? "“" : ""}${esc(q.text.length > 90 ? q.text.slice(0, 90) + "…" : q.text)}${q.direct ? "”" : ""}`)).join("")}</ul></div>
      <div class="panel" id="panel-attributions"><h2>Attributions (${(doc.attributions || []).length})</h2><ul>${(doc.attributions || []).map((s, i) => item("A" + (i + 1), esc(s.text))).join("")}</ul></div>
      <div class="panel" id="panel-events"><h2>Events (${(doc.events || []).length})</h2><ul>${(doc.events || []).map(v => item(v.id, `<strong>${esc(v.code)}</strong> ${esc(v.source && v.source.actor || "?")} → ${esc(v.target && v.target.actor || "?")} <span class="muted">${esc(QUAD[v.quadClass] || "")}${v.evidence ? " · “" + esc(v.evidence.text) + "”" : ""}</span>`)).join("")}</ul></div>
      ${doc.tone ? `<div class="panel"><h2>Tone</h2>${esc(doc.tone.tone)} (positive ${esc(doc.tone.positive)}, negative ${esc(doc.tone.negative)}, ${esc(doc.tone.words)} words)</div>` : ""}
    </aside></div>`;
  el.querySelectorAll("a[data-ref]").forEach(a => a.addEventListener("click", ev => {
    ev.preventDefault();
    el.querySelectorAll("mark.flash").forEach(m => m.classList.remove("flash"));
    const marks = [...el.querySelectorAll("mark[data-refs]")].filter(m => m.dataset.refs.split(" ").includes(a.dataset.ref));
    marks.forEach(m => m.classList.add("flash"));
    if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }));
}

// ---------- events ----------
const EVENT_FILTERS = ["actor", "target", "code", "from", "to", "place"];

function filterForm(params, fields, by) {
  return `<form class="bar" id="filters">${fields.map(f => `<label>${f}<input name="${f}" id="f-${f}" size="${f === "from" || f === "to" ? 10 : 8}"
    placeholder="${{ actor: "RUS", target: "PRK", code: "04", from: "2023-01-01", to: "2023-12-31", place: "RUS" }[f]}" value="${esc(params.get(f) || "")}"></label>`).join("")}
    ${by ? `<label>per<select name="by" id="f-by">${["day", "week", "month", "year"].map(b => `<option${(params.get("by") || "month") === b ? " selected" : ""}>${b}</option>`).join("")}</select></label>` : ""}
    <button>Apply</button></form>`;
}

async function eventsPage(_, params) {
  view.innerHTML = `<h1>Events</h1>${filterForm(params, EVENT_FILTERS, true)}<h2 id="timeline-title">Timeline</h2><div id="timeline"></div>
    <h2>Events</h2><div id="event-table"></div>`;
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/events?" + qs(formValues(ev.target)); });
  const f = Object.fromEntries(EVENT_FILTERS.map(k => [k, params.get(k)]));
  const [page, tl] = await Promise.all([
    api("/api/events?" + qs({ ...f, limit: 500 })),
    api("/api/stats/timeline?" + qs({ actor: f.actor, from: f.from, to: f.to, by: params.get("by") || "month" }))]);
  document.getElementById("timeline-title").textContent = `Events per ${tl.by}${f.actor ? " involving " + f.actor : ""}`;
  timelineChart(document.getElementById("timeline"), tl.items);
  const rows = page.items.map(e => `<tr><td><a href="#/event/${e.event_id}">${e.event_id}</a></td><td>${esc(e.day)}</td>
    <td>${esc(e.source_actor || "")} <span class="muted">${esc(e.source_name || "")}</span></td><td>${esc(e.code)}</td>
    <td>${esc(e.target_actor || "")} <span class="muted">${esc(e.target_name || "")}</span></td><td>${esc(e.place || "")}</td>
    <td>${esc(QUAD[e.quad_class] || "")}</td><td>${e.num_mentions}</td><td>${e.num_sources}</td></tr>`).join("");
  document.getElementById("event-table").innerHTML = page.items.length === 0 ? `<p class="muted">No event matches.</p>` :
    `<table id="events"><thead><tr><th>id</th><th>day</th><th>source</th><th>code</th><th>target</th><th>place</th><th>QuadClass</th><th>mentions</th><th>sources</th></tr></thead><tbody>${rows}</tbody></table>
     ${page.nextOffset != null ? `<p class="muted">First 500 shown; narrow the filters.</p>` : ""}`;
}

function timelineChart(el, items) {
  const W = 900, H = 220, L = 40, B = 40;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "timeline-chart", role: "img" });
  if (items.length === 0) { svg.appendChild(svgEl("text", { x: 20, y: 30 }, "No dated events.")); el.appendChild(svg); return; }
  const max = Math.max(...items.map(i => i.events));
  const bw = (W - L - 10) / items.length;
  for (let t = 0; t <= 4; t++) {
    const y = H - B - (H - B - 10) * t / 4;
    svg.appendChild(svgEl("line", { x1: L, x2: W - 10, y1: y, y2: y, class: "grid" }));
    svg.appendChild(svgEl("text", { x: 4, y: y + 4 }, String(Math.round(max * t / 4))));
  }
  items.forEach((it, i) => {
    const h = (H - B - 10) * it.events / max;
    const r = svgEl("rect", { x: L + i * bw + 1, y: H - B - h, width: Math.max(1, bw - 2), height: h, class: "bar-rect" });
    r.appendChild(svgEl("title", {}, `${it.period}: ${it.events} events, ${it.mentions} mentions`));
    svg.appendChild(r);
    if (items.length <= 24 || i % Math.ceil(items.length / 12) === 0) svg.appendChild(svgEl("text", { x: L + i * bw + 2, y: H - B + 14 }, it.period));
  });
  el.appendChild(svg);
}

async function eventPage(id) {
  const e = await api("/api/events/" + encodeURIComponent(id));
  view.innerHTML = `<h1>Event ${esc(e.event_id)}: ${esc(e.source_name || e.source_actor || "?")} → ${esc(e.target_name || e.target_actor || "?")}</h1>
    <p>CAMEO ${esc(e.code)} (${esc(QUAD[e.quad_class] || "")}, Goldstein ${esc(e.goldstein)}) on ${esc(e.day)}${e.place ? " in " + esc(e.place) : ""};
    ${e.num_mentions} mentions in ${e.num_articles} articles from ${e.num_sources} sources.</p>
    <h2>Mentions</h2><table><thead><tr><th>article</th><th>outlet</th><th>trigger</th><th>code</th><th>confidence</th></tr></thead><tbody>
    ${e.mentions.map(m => `<tr><td><a href="#/article/${encodeURIComponent(m.article_id)}">${esc(m.title || m.article_id)}</a></td><td>${esc(m.outlet || "")}</td>
      <td>${esc(m.evidence || "")}</td><td>${esc(m.code)}</td><td>${esc(m.confidence)}</td></tr>`).join("")}</tbody></table>`;
}

// ---------- map ----------
async function mapPage(_, params) {
  view.innerHTML = `<h1>Where events happened</h1>${filterForm(params, EVENT_FILTERS, false)}<div id="map"></div>
    <p class="muted">Equirectangular projection; country outlines of Natural Earth (1:110m), shaded where events happened. Red: event places, sized by mentions; hollow: events whose place is only a country, at the country's population centre.</p>`;
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/map?" + qs(formValues(ev.target)); });
  const f = Object.fromEntries(EVENT_FILTERS.map(k => [k, params.get(k)]));
  const [world, page] = await Promise.all([api("/world.json"), api("/api/events?" + qs({ ...f, limit: 500 }))]);
  const W = world.width, H = world.height, X = lon => (lon + 180) / 360 * W, Y = lat => (90 - lat) / 180 * H;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map-svg" });
  svg.appendChild(svgEl("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const withEvents = new Set(page.items.map(e => e.place_country).filter(Boolean));
  const land = svgEl("g", { id: "map-countries" });
  for (const c of world.countries) {
    const p = svgEl("path", { d: c.d, class: withEvents.has(c.id) ? "country country-events" : "country" });
    if (c.id) p.setAttribute("data-iso", c.id);
    p.appendChild(svgEl("title", {}, c.name + (c.id ? ` (${c.id})` : "")));
    land.appendChild(p);
  }
  svg.appendChild(land);
  for (let lon = -180; lon <= 180; lon += 30) svg.appendChild(svgEl("line", { x1: X(lon), x2: X(lon), y1: 0, y2: H, class: "grid" }));
  for (let lat = -90; lat <= 90; lat += 30) svg.appendChild(svgEl("line", { x1: 0, x2: W, y1: Y(lat), y2: Y(lat), class: "grid" }));
  const places = new Map();
  let byCountry = 0;
  for (const e of page.items) {
    let lat = e.lat, lon = e.lon, country = false;
    if ((lat == null || lon == null) && e.place_country && world.centres[e.place_country]) {
      [lon, lat] = world.centres[e.place_country]; country = true; byCountry++;
    }
    if (lat == null || lon == null) continue;
    const k = lat + "," + lon;
    const p = places.get(k) || { lat, lon, name: country ? e.place_country : e.place, country, events: 0, mentions: 0 };
    p.events++; p.mentions += e.num_mentions; places.set(k, p);
  }
  for (const p of places.values()) {
    const c = svgEl("circle", { cx: X(p.lon), cy: Y(p.lat), r: 3 + Math.sqrt(p.mentions) * 2, class: p.country ? "pt pt-country" : "pt" });
    c.appendChild(svgEl("title", {}, `${p.name}: ${p.events} events, ${p.mentions} mentions`));
    svg.appendChild(c);
  }
  document.getElementById("map").appendChild(svg);
  const unplaced = page.items.filter(e => e.lat == null).length - byCountry;
  view.insertAdjacentHTML("beforeend", `<p class="muted" id="map-count">${places.size} places from ${page.items.length} events
    (${byCountry} placed only by country, drawn hollow at the country's population centre; ${unplaced} without any place).</p>`);
}

// ---------- network ----------
async function networkPage(_, params) {
  view.innerHTML = `<h1>Actor network</h1>${filterForm(params, ["from", "to"], false)}<div id="network"></div>
    <p class="legend muted"><span class="edge-label-1">blue: verbal cooperation</span> · green: material cooperation · orange: verbal conflict · red: material conflict (each edge coloured by its most frequent QuadClass)</p>`;
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/network?" + qs(formValues(ev.target)); });
  const g = await api("/api/graph?" + qs({ from: params.get("from"), to: params.get("to"), limit: 300 }));
  const W = 900, H = 600;
  const nodes = g.nodes.map((n, i) => ({ ...n, x: W / 2 + 200 * Math.cos(2 * Math.PI * i / g.nodes.length), y: H / 2 + 200 * Math.sin(2 * Math.PI * i / g.nodes.length), vx: 0, vy: 0 }));
  const byId = Object.fromEntries(nodes.map(n => [n.id, n]));
  const edges = g.edges.map(e => ({ ...e, s: byId[e.source], t: byId[e.target] }));
  // a plain force layout: pairwise repulsion, springs along edges, a pull to the centre
  for (let it = 0; it < 300; it++) {
    const cool = 1 - it / 300;
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
      a.vx += 2000 * dx / d2; a.vy += 2000 * dy / d2;
    }
    for (const e of edges) {
      if (e.s === e.t) continue;
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 120) * 0.02;
      e.s.vx += f * dx / d; e.s.vy += f * dy / d; e.t.vx -= f * dx / d; e.t.vy -= f * dy / d;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
      n.x = Math.min(W - 30, Math.max(30, n.x + Math.max(-20, Math.min(20, n.vx)) * cool));
      n.y = Math.min(H - 20, Math.max(20, n.y + Math.max(-20, Math.min(20, n.vy)) * cool));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network-svg" });
  for (const e of edges) {
    const top = Object.entries(e.byQuadClass).sort((a, b) => b[1] - a[1])[0][0];
    const l = svgEl("line", { x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y, class: "edge edge-" + top, "stroke-width": 1 + Math.log2(1 + e.events), "stroke-opacity": 0.7 });
    l.appendChild(svgEl("title", {}, `${e.source} → ${e.target}: ${e.events} events (` + Object.entries(e.byQuadClass).map(([q, n]) => `${QUAD[q]} ${n}`).join(", ") + ")"));
    svg.appendChild(l);
  }
  for (const n of nodes) {
    const gEl = svgEl("g", { class: "node" });
    gEl.appendChild(svgEl("circle", { cx: n.x, cy: n.y, r: 4 + Math.sqrt(n.events) * 2 }));
    gEl.appendChild(svgEl("text", { x: n.x + 8, y: n.y - 6 }, n.id));
    gEl.appendChild(svgEl("title", {}, `${n.id} ${n.name || ""}: ${n.events} events`));
    svg.appendChild(gEl);
  }
  document.getElementById("network").appendChild(svg);
  if (nodes.length === 0) view.insertAdjacentHTML("beforeend", `<p class="muted">No events with both actors coded.</p>`);
}

// ---------- analyze ----------
async function analyzePage() {
  view.innerHTML = `<h1>Analyze a text</h1><p class="muted">Paste an Indonesian or English news text; it is analysed and shown, not stored.</p>
    <form id="analyze-form"><textarea name="text" id="analyze-text" placeholder="Presiden Joko Widodo bertemu ..."></textarea>
    <p><button>Analyze</button></p></form><div id="doc"></div>`;
  document.getElementById("analyze-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const out = document.getElementById("doc");
    out.innerHTML = `<p class="muted">Analysing…</p>`;
    try {
      const doc = await api("/api/analyze", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: document.getElementById("analyze-text").value });
      renderDoc(out, doc);
    } catch (e) { out.innerHTML = ""; showError(e); }
  });
}
