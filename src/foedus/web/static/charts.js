// SVG drawings: the actor network, dyad timelines and coalitions over time.
"use strict";
Foedus.colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

// Small deterministic force layout: nodes start on a circle, repel each other, edges pull.
Foedus.layout = function (nodes, edges, width, height) {
  const pos = new Map();
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    pos.set(n.id, { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) });
  });
  const ideal = Math.min(width, height) / Math.max(2, Math.sqrt(nodes.length) + 1);
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    const move = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const pa = pos.get(a.id), pb = pos.get(b.id);
      const dx = pa.x - pb.x, dy = pa.y - pb.y, d = Math.max(1, Math.hypot(dx, dy));
      const force = (ideal * ideal) / d;
      move.get(a.id).x += (dx / d) * force; move.get(a.id).y += (dy / d) * force;
    }
    for (const e of edges) {
      const pa = pos.get(e.source), pb = pos.get(e.target);
      const dx = pa.x - pb.x, dy = pa.y - pb.y, d = Math.max(1, Math.hypot(dx, dy));
      const force = (d * d) / ideal;
      move.get(e.source).x -= (dx / d) * force; move.get(e.source).y -= (dy / d) * force;
      move.get(e.target).x += (dx / d) * force; move.get(e.target).y += (dy / d) * force;
    }
    for (const n of nodes) {
      // Gravity keeps separate components near the centre instead of in the corners.
      const p0 = pos.get(n.id);
      move.get(n.id).x += (width / 2 - p0.x) * 0.4; move.get(n.id).y += (height / 2 - p0.y) * 0.4;
    }
    for (const n of nodes) {
      const p = pos.get(n.id), m = move.get(n.id), len = Math.max(1, Math.hypot(m.x, m.y));
      const limit = 20 * cool + 1;
      p.x = Math.min(width - 40, Math.max(40, p.x + (m.x / len) * Math.min(len, limit)));
      p.y = Math.min(height - 30, Math.max(30, p.y + (m.y / len) * Math.min(len, limit)));
    }
  }
  return pos;
};

Foedus.views.network = {
  init() {
    document.getElementById("network-form").addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    this.load();
  },
  async load() {
    const { svg, el, api, query, formParams } = Foedus;
    const data = await api(`/api/network?${query(formParams(document.getElementById("network-form")))}`);
    const root = document.getElementById("network-svg");
    const details = document.getElementById("network-details");
    details.replaceChildren();
    if (!data.nodes.length) {
      root.replaceChildren(svg("text", { x: 20, y: 40, class: "tick" }, "No interactions between distinct actors in this window."));
      return;
    }
    const width = 900, height = 560;
    const pos = Foedus.layout(data.nodes, data.edges, width, height);
    const maxWeight = Math.max(1, ...data.edges.map((e) => Math.abs(e.weight)));
    const maxEvents = Math.max(1, ...data.nodes.map((n) => n.events));
    const defs = svg("defs", {}, ["coop", "conf"].map((k) => svg("marker", {
      id: `arrow-${k}`, viewBox: "0 0 10 10", refX: 24, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
    }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: k === "coop" ? "var(--coop)" : "var(--conf)" }))));
    const edges = data.edges.map((e) => {
      const a = pos.get(e.source), b = pos.get(e.target);
      // Bend each direction a little so A→B and B→A do not overlap.
      const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
      const kind = e.weight >= 0 ? "coop" : "conf";
      return svg("path", {
        class: `edge edge-${kind}`, "data-testid": "network-edge", d: `M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`,
        stroke: kind === "coop" ? "var(--coop)" : "var(--conf)", "stroke-width": 1.5 + 5 * Math.abs(e.weight) / maxWeight,
        "marker-end": `url(#arrow-${kind})`,
        onclick: () => this.showEdge(e),
      }, svg("title", {}, `${e.source} → ${e.target}: ${e.events} events, net Goldstein ${e.weight.toFixed(1)}`));
    });
    const nodes = data.nodes.map((n) => {
      const p = pos.get(n.id);
      return svg("g", { class: "node", "data-testid": "network-node", "data-id": n.id, transform: `translate(${p.x},${p.y})` },
        svg("circle", { r: 8 + 12 * Math.sqrt(n.events / maxEvents) }),
        svg("text", { x: 14, y: 4 }, n.id),
        svg("title", {}, `${n.id}: ${n.events} events`));
    });
    root.replaceChildren(defs, ...edges, ...nodes);
    details.append(el("span", { class: "hint" }, `${data.nodes.length} actors, ${data.edges.length} directed ties — click a tie for its evidence.`));
  },
  async showEdge(edge) {
    const { el, api } = Foedus;
    const page = await api(`/api/events?ids=${encodeURIComponent(edge.event_ids.slice(0, 200).join(","))}&limit=200`);
    document.getElementById("network-details").replaceChildren(
      el("strong", {}, `${edge.source} → ${edge.target}: ${edge.events} events`),
      el("ul", {}, page.items.map((e) => el("li", {}, el("span", { class: "code" }, e.code), ` ${e.date || ""}: ${e.sentence_text || ""}`))));
  },
};

Foedus.views.timelines = {
  async init() {
    const form = document.getElementById("dyad-form");
    form.addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    if (!form.actors.value) {
      // Start with the most active countries so the chart is not empty on first view.
      const actors = await Foedus.api("/api/actors?limit=50");
      const countries = [...new Set(actors.items.filter((a) => a.events > 0).map((a) => a.code.slice(0, 3)))].slice(0, 3);
      form.actors.value = countries.length >= 2 ? countries.join(",") : "FRA,RUS";
    }
    this.load();
  },
  async load() {
    const { svg, el, api, query, formParams } = Foedus;
    const params = formParams(document.getElementById("dyad-form"));
    const measure = params.measure; delete params.measure;
    const data = await api(`/api/dyads?${query(params)}`);
    const root = document.getElementById("dyad-svg");
    const legend = document.getElementById("dyad-legend");
    const byDyad = new Map();
    for (const r of data.rows) { if (!byDyad.has(r.dyad)) byDyad.set(r.dyad, []); byDyad.get(r.dyad).push(r); }
    if (!data.rows.length) {
      root.replaceChildren(svg("text", { x: 20, y: 40, class: "tick" }, `No events between ${data.actors.join(", ")}.`));
      legend.replaceChildren();
      return;
    }
    const W = 900, H = 380, L = 60, R = 20, T = 20, B = 50;
    const periods = [...new Set(data.rows.map((r) => r.period))].sort();
    const values = data.rows.map((r) => r[measure]);
    let lo = Math.min(0, ...values), hi = Math.max(0, ...values);
    if (lo === hi) hi = lo + 1;
    const x = (p) => L + (periods.length === 1 ? (W - L - R) / 2 : (periods.indexOf(p) * (W - L - R)) / (periods.length - 1));
    const y = (v) => T + ((hi - v) * (H - T - B)) / (hi - lo);
    const parts = [
      svg("line", { class: "axis", x1: L, x2: W - R, y1: y(0), y2: y(0) }),
      svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }),
      svg("text", { class: "tick", x: 4, y: y(hi) + 4 }, hi.toFixed(1)),
      svg("text", { class: "tick", x: 4, y: y(lo) + 4 }, lo.toFixed(1)),
      svg("text", { class: "tick", x: 4, y: y(0) - 4 }, "0"),
    ];
    const step = Math.max(1, Math.ceil(periods.length / 8));
    periods.forEach((p, i) => { if (i % step === 0) parts.push(svg("text", { class: "tick", x: x(p) - 30, y: H - B + 18 }, p)); });
    [...byDyad.entries()].forEach(([dyad, rows], i) => {
      const color = Foedus.colors[i % Foedus.colors.length];
      const d = rows.map((r, k) => `${k ? "L" : "M"}${x(r.period)},${y(r[measure])}`).join(" ");
      parts.push(svg("path", { class: "dyad-line", "data-testid": "dyad-line", "data-dyad": dyad, d, stroke: color, "stroke-width": 2.5, fill: "none" }));
      for (const r of rows) {
        parts.push(svg("circle", { cx: x(r.period), cy: y(r[measure]), r: r.events ? 4 : 2, fill: color },
          svg("title", {}, `${dyad} ${r.period}: ${r.events} events, Goldstein sum ${r.goldstein_sum.toFixed(1)}`)));
      }
    });
    root.replaceChildren(...parts);
    legend.replaceChildren(...[...byDyad.keys()].map((dyad, i) =>
      el("span", {}, el("b", { style: `background:${Foedus.colors[i % Foedus.colors.length]}` }), dyad)));
  },
};

Foedus.views.coalitions = {
  init() {
    document.getElementById("coalition-form").addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    this.load();
  },
  async load() {
    const { el, api, query, formParams } = Foedus;
    const data = await api(`/api/coalitions?${query(formParams(document.getElementById("coalition-form")))}`);
    const root = document.getElementById("coalition-windows");
    document.getElementById("bloc-evidence").replaceChildren();
    if (!data.windows.length) { root.replaceChildren(el("p", { class: "hint" }, "No ties between distinct actors yet.")); return; }
    root.replaceChildren(...data.windows.map((w) => el("div", { class: "window", "data-testid": "coalition-window" },
      el("h3", {}, `${w.start} → ${w.end}`),
      el("div", { class: "hint" }, `${w.events} events, clarity ${w.clarity === null ? "–" : w.clarity.toFixed(2)}`),
      w.blocs.map((b) => el("div", {
        class: "bloc", "data-testid": "bloc", "data-label": b.label,
        onclick: (event) => this.evidence(b, w, event.currentTarget),
      }, el("span", { class: "label" }, b.label), " ", b.members.map((m) => el("span", { class: "chip" }, m)))))));
  },
  async evidence(bloc, windowInfo, node) {
    const { el, api } = Foedus;
    for (const old of document.querySelectorAll(".bloc.selected")) old.classList.remove("selected");
    node.classList.add("selected");
    const groups = [["cooperation inside the bloc", bloc.cooperation_event_ids], ["conflict with outsiders", bloc.conflict_event_ids],
      ["dissent inside", bloc.dissent_event_ids]];
    const sections = [];
    for (const [title, ids] of groups) {
      if (!ids.length) continue;
      const page = await api(`/api/events?ids=${encodeURIComponent(ids.slice(0, 500).join(","))}&limit=500`);
      sections.push(el("h4", {}, `${title} (${ids.length})`), el("ul", {}, page.items.map((e) => el("li", { "data-testid": "evidence-item" },
        el("span", { class: "code" }, e.code), ` ${e.source} → ${e.target} · ${e.date || ""}: ${e.sentence_text || ""}`))));
    }
    document.getElementById("bloc-evidence").replaceChildren(
      el("strong", {}, `Bloc ${bloc.label} (${bloc.members.join(", ")}), ${windowInfo.start} → ${windowInfo.end}`),
      ...(sections.length ? sections : [el("p", { class: "hint" }, "No evidence events.")]));
  },
};
