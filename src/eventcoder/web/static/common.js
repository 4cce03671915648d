/* Shared helpers of the dashboard's pages. Data is always inserted as text, never as HTML. */
"use strict";

var EC = (function () {
  // Keep in step with the --type colours of app.css.
  var TYPE_COLOURS = {
    battles: "#d62728",
    explosions_remote_violence: "#ff7f0e",
    violence_against_civilians: "#8e44ad",
    protests: "#2ca02c",
    riots: "#8c564b",
    strategic_developments: "#1f77b4"
  };
  var FILTER_KEYS = ["from", "to", "country", "admin1", "actor", "type", "sub_type", "text",
                     "min_fatalities", "min_sources", "background"];

  function colour(type) { return TYPE_COLOURS[type] || "#7f7f7f"; }

  function label(value) {
    if (value === null || value === undefined || value === "") { return "—"; }
    var text = String(value).replace(/_/g, " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /* An element with attributes and text children (strings become text nodes). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) { return; }
      if (key === "class") { node.className = value; }
      else if (key === "text") { node.textContent = value; }
      else { node.setAttribute(key, value === true ? "" : String(value)); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* The filter parameters of a query string, blank ones dropped. */
  function filterParams(search) {
    var given = new URLSearchParams(search);
    var out = new URLSearchParams();
    FILTER_KEYS.forEach(function (key) {
      var value = given.get(key);
      if (value !== null && value !== "") { out.set(key, value); }
    });
    return out;
  }

  function formParams(form) {
    var out = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (FILTER_KEYS.indexOf(key) >= 0 && String(value).trim() !== "") {
        out.set(key, String(value).trim());
      }
    });
    return out;
  }

  function fetchJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          throw new Error(response.status + " " + (body.detail ? JSON.stringify(body.detail) : url));
        });
      }
      return response.json();
    });
  }

  function withParams(path, params, extra) {
    var all = new URLSearchParams(params);
    Object.keys(extra || {}).forEach(function (key) { all.set(key, extra[key]); });
    var text = all.toString();
    return text ? path + "?" + text : path;
  }

  return { TYPE_COLOURS: TYPE_COLOURS, FILTER_KEYS: FILTER_KEYS, colour: colour, label: label,
           el: el, filterParams: filterParams, formParams: formParams, fetchJSON: fetchJSON,
           withParams: withParams };
})();
