// Article view, event table and the paste-an-article box.
"use strict";
Foedus.views.articles = {
  async init() {
    const { el, api } = Foedus;
    const list = document.getElementById("article-list");
    const page = await api("/api/articles?limit=200");
    list.replaceChildren(...page.items.map((a) => el("li", {
      "data-testid": "article-item", "data-id": a.id,
      onclick: (event) => Foedus.views.articles.open(a.id, event.currentTarget),
    }, a.title || a.id, el("small", {}, `${a.published || "undated"} · ${a.events} events · ${a.quotes} quotes`))));
    if (page.items.length) Foedus.views.articles.open(page.items[0].id, list.firstChild);
    else document.getElementById("article-view").replaceChildren(el("p", { class: "hint" }, "No article stored yet: use “Analyze a text” or `foedus ingest`."));
  },
  async open(id, item) {
    for (const li of document.querySelectorAll("#article-list li")) li.classList.toggle("active", li === item);
    const data = await Foedus.api(`/api/articles/${encodeURIComponent(id)}`);
    Foedus.renderAnnotated(document.getElementById("article-view"), data, "article");
  },
};

Foedus.views.events = {
  state: { offset: 0, limit: 50, sort: "date", order: "asc" },
  init() {
    const form = document.getElementById("event-filters");
    form.addEventListener("submit", (event) => { event.preventDefault(); this.state.offset = 0; this.load(); });
    document.getElementById("events-prev").addEventListener("click", () => {
      this.state.offset = Math.max(0, this.state.offset - this.state.limit); this.load();
    });
    document.getElementById("events-next").addEventListener("click", () => { this.state.offset += this.state.limit; this.load(); });
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      th.addEventListener("click", () => {
        const same = this.state.sort === th.dataset.sort;
        this.state.order = same && this.state.order === "asc" ? "desc" : "asc";
        this.state.sort = th.dataset.sort;
        this.load();
      });
    }
    this.load();
  },
  async load() {
    const { el, api, query, formParams } = Foedus;
    const filters = formParams(document.getElementById("event-filters"));
    const { offset, limit, sort, order } = this.state;
    const page = await api(`/api/events?${query({ ...filters, offset, limit, sort, order })}`);
    const exportQuery = query({ ...filters, sort, order });
    document.getElementById("export-csv").href = `/api/events.csv?${exportQuery}`;
    document.getElementById("export-jsonl").href = `/api/events.jsonl?${exportQuery}`;
    const last = Math.min(offset + page.items.length, page.total);
    document.getElementById("events-total").textContent =
      page.total ? `${offset + 1}–${last} of ${page.total} events` : "no events match";
    document.getElementById("events-prev").disabled = offset === 0;
    document.getElementById("events-next").disabled = last >= page.total;
    document.querySelector("#events-table tbody").replaceChildren(...page.items.map((e) => el("tr", { "data-testid": "event-row", "data-id": e.id },
      el("td", {}, e.date || ""), el("td", {}, e.source || ""), el("td", {}, e.target || ""),
      el("td", { title: e.plover ? `PLOVER ${e.plover}` : null }, el("span", { class: "code" }, e.code)),
      el("td", {}, e.quad_class), el("td", {}, e.goldstein), el("td", {}, e.trigger || ""),
      el("td", { class: "evidence" }, e.sentence_text || ""),
      el("td", {}, el("a", { href: "#articles", onclick: () => Foedus.openArticleLater(e.article_id) }, e.article_id)))));
  },
};

// Jump from an event row to its article once the articles view is on screen.
Foedus.openArticleLater = function (id) {
  setTimeout(() => {
    const item = document.querySelector(`#article-list li[data-id="${CSS.escape(id)}"]`);
    Foedus.views.articles.open(id, item);
  }, 50);
};

Foedus.views.analyze = {
  init() {
    document.getElementById("analyze-form").addEventListener("submit", (event) => { event.preventDefault(); this.run(); });
  },
  async run() {
    const status = document.getElementById("analyze-status");
    const text = document.getElementById("analyze-text").value;
    if (!text.trim()) { status.textContent = "Paste some text first."; return; }
    const payload = { text };
    const published = document.getElementById("analyze-published").value;
    const language = document.getElementById("analyze-language").value;
    if (published) payload.published = published;
    if (language) payload.language = language;
    status.textContent = "Analyzing… (the first call loads the language model)";
    document.getElementById("analyze-submit").disabled = true;
    try {
      const data = await Foedus.api("/api/analyze", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
      });
      Foedus.renderAnnotated(document.getElementById("analyze-result"), data, "analyze");
      status.textContent = `${data.quotes.length} quotes, ${data.events.length} events, ${data.mentions.length} actor mentions`;
    } catch (err) {
      status.textContent = `Failed: ${err.message}`;
    } finally {
      document.getElementById("analyze-submit").disabled = false;
    }
  },
};
