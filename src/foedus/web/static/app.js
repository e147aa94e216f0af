// Shared helpers: API calls with JSON errors, element building, view switching, tooltip.
"use strict";
const Foedus = {
  views: {},      // name -> {init: once, show: every time}
  started: {},

  async api(path, options) {
    const response = await fetch(path, options);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = (body && body.error) || `HTTP ${response.status}`;
      Foedus.showError(`${message}${body && body.detail ? " — " + JSON.stringify(body.detail) : ""}`);
      throw new Error(message);
    }
    Foedus.showError(null);
    return body;
  },

  showError(message) {
    const banner = document.getElementById("error-banner");
    banner.hidden = !message;
    banner.textContent = message || "";
  },

  // el("div", {class: "x", "data-testid": "y"}, child, "text", ...)
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  },

  svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  },

  query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== "" && value !== null && value !== undefined) search.set(key, value);
    }
    return search.toString();
  },

  formParams(form) {
    const params = {};
    for (const [key, value] of new FormData(form).entries()) params[key] = String(value).trim();
    return params;
  },

  tip(event, text) {
    const tooltip = document.getElementById("tooltip");
    if (!text) { tooltip.hidden = true; return; }
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = `${event.clientX + 12}px`;
    tooltip.style.top = `${event.clientY + 12}px`;
  },

  show(name) {
    if (!Foedus.views[name]) name = "articles";
    for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${name}`;
    for (const link of document.querySelectorAll("#nav a[data-view]")) {
      link.classList.toggle("active", link.dataset.view === name);
    }
    const view = Foedus.views[name];
    if (!Foedus.started[name]) { Foedus.started[name] = true; view.init(); }
  },
};

window.addEventListener("hashchange", () => Foedus.show(location.hash.slice(1)));
window.addEventListener("DOMContentLoaded", () => Foedus.show(location.hash.slice(1) || "articles"));
