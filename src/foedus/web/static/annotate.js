// Render an annotated article: quotes, speakers, actor mentions, event triggers and time
// expressions highlighted; hover shows a summary, click lists every annotation at that spot.
"use strict";
Foedus.describe = {
  quote: (q) => `Quote (${q.kind}) — speaker: ${q.speaker_text || "?"}${q.speaker_code ? " [" + q.speaker_code + "]" : ""}` +
    `${q.addressee_text ? ", to " + q.addressee_text : ""}${q.cue ? ", cue “" + q.cue + "”" : ""}`,
  mention: (m) => `Actor mention “${m.text}” → ${m.code || "no code"}${m.name ? " (" + m.name + ")" : ""}, ${m.kind}`,
  event: (e) => `Event ${e.code} (root ${e.root}, quad ${e.quad_class}, Goldstein ${e.goldstein}) ` +
    `${e.source || "?"} → ${e.target || "?"}, date ${e.date || "?"} (${e.date_precision || "?"})` +
    `${e.negated ? ", negated" : ""}${e.modality && e.modality !== "asserted" ? ", " + e.modality : ""}`,
  timex: (t) => `Time “${t.text}” = ${t.value} (${t.type})`,
};

Foedus.renderAnnotated = function (container, data, idPrefix) {
  const { el } = Foedus;
  const text = data.article.text;
  const speakers = new Set(data.quotes.filter((q) => q.speech !== false && q.speaker_text).map((q) => q.speaker_text));
  const spans = [];
  data.quotes.forEach((q, i) => spans.push({ start: q.start, end: q.end, type: "quote", item: q, key: `q${i}` }));
  data.mentions.forEach((m, i) => spans.push({
    start: m.start, end: m.end, type: "mention", item: m, key: `m${i}`,
    speaker: speakers.has(m.name) || speakers.has(m.text),
  }));
  data.events.forEach((e, i) => {
    if (e.trigger_start !== null && e.trigger_start !== undefined) {
      spans.push({ start: e.trigger_start, end: e.trigger_end, type: "event", item: e, key: `e${i}` });
    }
  });
  (data.timexes || []).forEach((t, i) => spans.push({ start: t.start, end: t.end, type: "timex", item: t, key: `t${i}` }));

  // Split the text at every span boundary; each piece knows every annotation covering it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "article-text", "data-testid": "article-text", id: `${idPrefix}-text` });
  const details = el("div", { class: "details", "data-testid": "annotation-details", id: `${idPrefix}-details` });
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { body.append(piece); continue; }
    const classes = new Set(["ann"]);
    for (const s of covering) {
      if (s.type === "quote") classes.add("ann-quote");
      if (s.type === "mention") classes.add(s.speaker ? "ann-speaker" : "ann-mention");
      if (s.type === "event") classes.add("ann-trigger");
      if (s.type === "timex") classes.add("ann-timex");
    }
    const summary = covering.map((s) => Foedus.describe[s.type](s.item)).join("\n");
    const span = el("span", {
      class: [...classes].join(" "), title: summary, "data-ann": covering.map((s) => s.key).join(" "),
      onclick: () => {
        for (const old of body.querySelectorAll(".ann.selected")) old.classList.remove("selected");
        span.classList.add("selected");
        details.replaceChildren(el("strong", {}, "At this place:"),
          el("ul", {}, covering.map((s) => el("li", { "data-testid": "detail-item" }, Foedus.describe[s.type](s.item),
            s.type === "event" ? el("div", { class: "hint" }, `evidence: ${s.item.sentence_text || ""} — rule ${s.item.rule}, confidence ${s.item.confidence}`) : null))));
      },
    }, piece);
    body.append(span);
  }
  const a = data.article;
  const head = el("div", {},
    el("h2", { "data-testid": "article-title" }, a.title || a.id),
    el("p", { class: "hint" }, [a.source, a.published, a.language].filter(Boolean).join(" · ")),
    el("p", { class: "key" }, el("span", { class: "ann-quote" }, "quote"), el("span", { class: "ann-speaker" }, "speaker"),
      el("span", { class: "ann-mention" }, "actor"), el("span", { class: "ann-trigger" }, "event trigger"),
      el("span", { class: "ann-timex" }, "time")));
  const quoteList = el("ul", {}, data.quotes.filter((q) => q.speech !== false).map((q) =>
    el("li", { "data-testid": "quote-item" }, el("strong", {}, q.speaker_text || "unknown speaker"), ` (${q.kind}): `,
      q.text.length > 140 ? q.text.slice(0, 139) + "…" : q.text)));
  const eventList = el("ul", {}, data.events.map((e) =>
    el("li", { "data-testid": "article-event" }, el("span", { class: "code" }, e.code), ` ${e.source || "?"} → ${e.target || "?"}`,
      ` · ${e.trigger || ""} · ${e.date || ""}`)));
  container.replaceChildren(head, body, details,
    el("div", { class: "panels" },
      el("div", {}, el("h3", {}, `Quotes (${quoteList.children.length})`), quoteList),
      el("div", {}, el("h3", {}, `Events (${data.events.length})`), eventList)));
};
