/* The overview: map, timeline and event table of the current filter, from the JSON API. */
"use strict";

(function () {
  var el = EC.el;
  var config = document.getElementById("config").dataset;
  var form = document.getElementById("filters");
  var state = {
    filters: EC.filterParams(window.location.search),
    interval: "auto",
    measure: "events",
    orderBy: "-date_start",
    offset: 0,
    limit: 50,
    timeline: null
  };
  var loads = 0;

  function busy(delta) {
    loads += delta;
    document.body.setAttribute("data-ready", loads === 0 ? "1" : "0");
  }
  function track(promise) {
    busy(1);
    return promise.catch(function (error) {
      showError(error);
    }).then(function () { busy(-1); });
  }
  function showError(error) {
    var summary = document.getElementById("summary");
    summary.textContent = "Could not load: " + error.message;
    summary.classList.add("bad");
  }

  /* ------------------------------------------------------------------ map */

  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([20, 20], 2);
  map.createPane("outline");
  map.getPane("outline").style.zIndex = 150;
  var baseLayers = {};
  var outline = L.layerGroup().addTo(map);
  baseLayers["World outline (offline)"] = outline;
  busy(1);
  fetch("/static/vendor/world-atlas/countries-110m.json").then(function (r) { return r.json(); })
    .then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        pane: "outline", interactive: false,
        style: { color: "#9aa4b1", weight: 0.7, fillColor: "#f3f1ec", fillOpacity: 1 }
      }).addTo(outline);
    }).catch(function () { /* the markers still show on the blue background */ })
    .then(function () { busy(-1); });
  var overlays = {};
  if (config.tiles) {
    var tiles = L.tileLayer(config.tiles, {
      maxZoom: 18, attribution: config.tilesAttribution || "", crossOrigin: false
    });
    overlays["Map tiles (online)"] = tiles;
    if (navigator.onLine) { tiles.addTo(map); }
  }
  var markers = L.featureGroup().addTo(map);
  overlays.Events = markers;
  L.control.layers(null, overlays, { collapsed: true }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  function radius(fatalities) {
    return 5 + 3 * Math.sqrt(Math.max(0, fatalities || 0));
  }

  function popup(point) {
    var href = EC.withParams("/events/" + encodeURIComponent(point.event_id), state.filters);
    return el("div", {}, [
      el("div", { "class": "popup-type", text: EC.label(point.event_type) + " · " + EC.label(point.sub_event_type) }),
      el("div", {}, [el("b", { text: point.location || point.country || "unknown place" }), " " + (point.date || "")]),
      el("div", { text: (point.fatalities === null ? "fatalities unknown" : point.fatalities + " fatalities") +
                        " · " + point.n_sources + " source" + (point.n_sources === 1 ? "" : "s") }),
      el("a", { href: href, "class": "open-event", text: "Open event →" })
    ]);
  }

  function drawMap(data) {
    markers.clearLayers();
    // The biggest first, so small markers are drawn on top and stay clickable.
    data.points.forEach(function (point) {
      var colour = EC.colour(point.event_type);
      var marker = L.circleMarker([point.lat, point.lon], {
        radius: radius(point.fatalities), color: "#222", weight: 1, fillColor: colour,
        fillOpacity: 0.75, className: "event-marker type-marker-" + (point.event_type || "unknown")
      });
      marker.bindPopup(popup(point));
      marker.bindTooltip((point.location || "") + " " + (point.date || ""));
      marker.addTo(markers);
    });
    var note = data.located + " on the map";
    if (data.unlocated) { note += ", " + data.unlocated + " without coordinates"; }
    if (data.truncated) { note += " (the " + data.points.length + " largest shown)"; }
    document.getElementById("map-note").textContent = note;
    document.getElementById("map").setAttribute("data-markers", String(data.points.length));
    if (data.points.length) {
      // No animation: the page is ready (and a screenshot right) once the data is drawn.
      map.fitBounds(markers.getBounds(), { padding: [30, 30], maxZoom: 6, animate: false });
    }
  }

  /* ------------------------------------------------------------------ timeline */

  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    return node;
  }

  function niceMax(value) {
    if (value <= 5) { return Math.max(1, value); }
    var power = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= value) { return steps[i] * power; }
    }
    return 10 * power;
  }

  function periodLabel(bucket, interval) {
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var parts = bucket.start.split("-");
    var month = months[parseInt(parts[1], 10) - 1];
    return interval === "week" ? parseInt(parts[2], 10) + " " + month + " " + parts[0]
                               : month + " " + parts[0];
  }

  function drawTimeline() {
    var data = state.timeline;
    var box = document.getElementById("timeline");
    box.textContent = "";
    var note = document.getElementById("timeline-note");
    if (!data || !data.buckets.length) {
      note.textContent = "No dated events match.";
      box.setAttribute("data-bars", "0");
      return;
    }
    var measure = state.measure;
    var width = Math.max(box.clientWidth || 600, 300);
    var height = 300, left = 40, right = 8, top = 10, bottom = 42;
    var plotW = width - left - right, plotH = height - top - bottom;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, preserveAspectRatio: "none" });
    var maxValue = 0;
    data.buckets.forEach(function (b) { maxValue = Math.max(maxValue, b[measure]); });
    var top_ = niceMax(maxValue);
    var step = plotW / data.buckets.length;
    var barW = Math.min(60, Math.max(1, step * 0.8));
    var axis = svg("g", { "class": "axis" });
    // Whole numbers only: counts of one or two events get ticks 0, 1, 2.
    var ticks = top_ <= 5 ? top_ : (top_ % 4 === 0 ? 4 : 5);
    for (var i = 0; i <= ticks; i++) {
      var value = top_ * i / ticks;
      var y = top + plotH - plotH * i / ticks;
      axis.appendChild(svg("line", { x1: left, x2: width - right, y1: y, y2: y }));
      var tick = svg("text", { x: left - 4, y: y + 3, "text-anchor": "end" });
      tick.textContent = Number.isInteger(value) ? String(value) : value.toFixed(1);
      axis.appendChild(tick);
    }
    var every = Math.max(1, Math.ceil(data.buckets.length / Math.max(1, Math.floor(plotW / 70))));
    data.buckets.forEach(function (bucket, index) {
      if (index % every !== 0) { return; }
      var label = svg("text", { x: left + step * index + step / 2, y: height - bottom + 14,
                                "text-anchor": "middle" });
      label.textContent = periodLabel(bucket, data.interval);
      axis.appendChild(label);
    });
    root.appendChild(axis);
    var bars = 0;
    data.buckets.forEach(function (bucket, index) {
      var x = left + step * index + (step - barW) / 2;
      var base = top + plotH;
      data.types.forEach(function (type) {
        var cell = bucket.by_type[type];
        var value = cell ? cell[measure] : 0;
        if (!value) { return; }
        var h = plotH * value / top_;
        var rect = svg("rect", { x: x, y: base - h, width: barW, height: Math.max(h, 0.5),
                                 fill: EC.colour(type), "class": "bar", "data-type": type,
                                 "data-start": bucket.start, "data-end": bucket.end });
        var title = svg("title", {});
        title.textContent = periodLabel(bucket, data.interval) + " · " + EC.label(type) + ": " +
          cell.events + " event" + (cell.events === 1 ? "" : "s") + ", " + cell.fatalities +
          " fatalities (click to filter to this " + data.interval + ")";
        rect.appendChild(title);
        rect.addEventListener("click", function () {
          state.filters.set("from", bucket.start);
          state.filters.set("to", bucket.end);
          applyFilters(true);
        });
        root.appendChild(rect);
        bars += 1;
        base -= h;
      });
    });
    var caption = svg("text", { x: left, y: height - 6, "class": "axis" });
    caption.textContent = (measure === "events" ? "events" : "fatalities") + " per " + data.interval;
    caption.setAttribute("font-size", "10");
    caption.setAttribute("fill", "#5f6b7a");
    root.appendChild(caption);
    box.appendChild(root);
    box.setAttribute("data-bars", String(bars));
    var total = 0;
    data.buckets.forEach(function (b) { total += b[measure]; });
    note.textContent = data.buckets.length + " " + data.interval + (data.buckets.length === 1 ? "" : "s") +
      " from " + data.buckets[0].start + " to " + data.buckets[data.buckets.length - 1].end +
      "; " + total + " " + (total === 1 ? (measure === "events" ? "event" : "fatality") : measure) +
      " in all.";
  }

  /* ------------------------------------------------------------------ table */

  function cell(text, cls) { return el("td", { "class": cls, text: text === null || text === undefined ? "—" : String(text) }); }

  function drawTable(data) {
    var body = document.querySelector("#events-table tbody");
    body.textContent = "";
    data.items.forEach(function (row) {
      var href = EC.withParams("/events/" + encodeURIComponent(row.event_id), state.filters);
      var date = row.date_start + (row.date_end && row.date_end !== row.date_start ? " – " + row.date_end : "");
      var link = el("a", { href: href, text: date || "undated" });
      var tr = el("tr", { "data-event-id": row.event_id }, [
        el("td", {}, [link]),
        el("td", { "class": "type" }, [el("span", { "class": "swatch type-" + row.event_type }),
                                        EC.label(row.sub_event_type || row.event_type)]),
        cell([row.location, row.admin1].filter(Boolean).join(", ") || null),
        cell(row.country),
        cell(row.actor1),
        cell(row.actor2),
        cell(row.fatalities, "num"),
        cell(row.n_sources, "num")
      ]);
      tr.addEventListener("click", function (event) {
        if (event.target.tagName !== "A") { window.location.href = href; }
      });
      body.appendChild(tr);
    });
    var first = data.total ? data.offset + 1 : 0;
    var last = data.offset + data.items.length;
    document.getElementById("page-info").textContent = first + "–" + last + " of " + data.total;
    document.getElementById("prev").disabled = data.offset <= 0;
    document.getElementById("next").disabled = last >= data.total;
    document.getElementById("events-table").setAttribute("data-rows", String(data.items.length));
    document.querySelectorAll("#events-table th[data-sort]").forEach(function (th) {
      var key = th.getAttribute("data-sort");
      var sort = state.orderBy === key ? "ascending" : state.orderBy === "-" + key ? "descending" : "none";
      th.setAttribute("aria-sort", sort);
    });
  }

  function loadTable() {
    var url = EC.withParams("/api/events", state.filters, {
      limit: state.limit, offset: state.offset, order_by: state.orderBy });
    return track(EC.fetchJSON(url).then(function (data) {
      drawTable(data);
      return data;
    }));
  }

  /* ------------------------------------------------------------------ filters */

  function fillOptions(select, items, chosen, text) {
    var keep = select.value || chosen || "";
    while (select.options.length > 1) { select.remove(1); }
    var found = false;
    items.forEach(function (item) {
      var option = el("option", { value: item.value, text: text(item) });
      if (String(item.value) === keep) { option.selected = true; found = true; }
      select.appendChild(option);
    });
    if (keep && !found) { select.appendChild(el("option", { value: keep, selected: true, text: keep })); }
  }

  function fillList(id, items) {
    var list = document.getElementById(id);
    list.textContent = "";
    items.forEach(function (item) { list.appendChild(el("option", { value: item.value })); });
  }

  var countryNames = {};
  Array.prototype.forEach.call(document.querySelectorAll("#f-country option"), function (option) {
    var parts = option.textContent.split(" — ");
    if (option.value && parts.length > 1) { countryNames[option.value] = parts[1].replace(/ \(\d+\)$/, ""); }
  });

  function loadFacets() {
    return track(EC.fetchJSON(EC.withParams("/api/facets", state.filters)).then(function (f) {
      fillOptions(document.getElementById("f-country"), f.country, state.filters.get("country"),
        function (item) { return item.value + " — " + (countryNames[item.value] || item.value) + " (" + item.events + ")"; });
      fillOptions(document.getElementById("f-type"), f.event_type, state.filters.get("type"),
        function (item) { return EC.label(item.value) + " (" + item.events + ")"; });
      fillList("f-admin1-list", f.admin1);
      fillList("f-actor-list", f.actor);
    }));
  }

  function syncForm() {
    EC.FILTER_KEYS.forEach(function (key) {
      var field = form.elements.namedItem(key);
      if (!field) { return; }
      if (field.type === "checkbox") { field.checked = state.filters.get(key) === "1"; }
      else { field.value = state.filters.get(key) || ""; }
    });
    document.querySelectorAll("a.export").forEach(function (link) {
      link.href = EC.withParams("/api/export", state.filters, { format: link.getAttribute("data-format") });
    });
    var suffix = state.filters.toString() ? "?" + state.filters.toString() : "";
    document.querySelectorAll(".topbar a").forEach(function (link) {
      var path = link.getAttribute("href").split("?")[0];
      if (path === "/" || path === "/tallies") { link.setAttribute("href", path + suffix); }
    });
  }

  function loadSummary() {
    return track(Promise.all([
      EC.fetchJSON(EC.withParams("/api/events", state.filters, { limit: 1 })),
      EC.fetchJSON("/api/summary")
    ]).then(function (results) {
      var total = results[0].total, all = results[1];
      var summary = document.getElementById("summary");
      summary.classList.remove("bad");
      summary.textContent = "";
      summary.appendChild(el("b", { text: String(total) }));
      summary.appendChild(document.createTextNode(
        " of " + all.events + " events match · " + all.documents + " documents" +
        (all.failed ? " (" + all.failed + " failed)" : "") + " · " + all.tallies + " tallies · " +
        all.consistency + " consistency findings"));
    }));
  }

  function loadAll() {
    syncForm();
    var query = state.filters;
    loadSummary();
    loadFacets();
    loadTable();
    track(EC.fetchJSON(EC.withParams("/api/map", query)).then(drawMap));
    track(EC.fetchJSON(EC.withParams("/api/timeline", query, { interval: state.interval }))
      .then(function (data) { state.timeline = data; drawTimeline(); }));
  }

  function applyFilters(push) {
    state.offset = 0;
    var text = state.filters.toString();
    var url = window.location.pathname + (text ? "?" + text : "");
    if (push) { window.history.pushState(null, "", url); }
    loadAll();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var chosen = EC.formParams(form);
    // Filters the form does not show (sub-type, minimums) stay as they were.
    ["sub_type", "min_fatalities", "min_sources"].forEach(function (key) {
      if (!chosen.has(key) && state.filters.has(key)) { chosen.set(key, state.filters.get(key)); }
    });
    state.filters = chosen;
    applyFilters(true);
  });
  form.querySelectorAll("select, input[type=checkbox], input[type=date]").forEach(function (field) {
    field.addEventListener("change", function () { form.requestSubmit(); });
  });
  document.getElementById("reset").addEventListener("click", function (event) {
    event.preventDefault();
    state.filters = new URLSearchParams();
    applyFilters(true);
  });
  window.addEventListener("popstate", function () {
    state.filters = EC.filterParams(window.location.search);
    applyFilters(false);
  });

  document.querySelectorAll("#events-table th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-sort");
      state.orderBy = state.orderBy === "-" + key ? key : "-" + key;
      state.offset = 0;
      loadTable();
    });
  });
  document.getElementById("prev").addEventListener("click", function () {
    state.offset = Math.max(0, state.offset - state.limit);
    loadTable();
  });
  document.getElementById("next").addEventListener("click", function () {
    state.offset += state.limit;
    loadTable();
  });
  document.getElementById("page-size").addEventListener("change", function (event) {
    state.limit = parseInt(event.target.value, 10);
    state.offset = 0;
    loadTable();
  });
  document.querySelectorAll("[data-interval]").forEach(function (button) {
    button.addEventListener("click", function () {
      state.interval = button.getAttribute("data-interval");
      document.querySelectorAll("[data-interval]").forEach(function (b) { b.classList.toggle("on", b === button); });
      track(EC.fetchJSON(EC.withParams("/api/timeline", state.filters, { interval: state.interval }))
        .then(function (data) { state.timeline = data; drawTimeline(); }));
    });
  });
  document.querySelectorAll("[data-measure]").forEach(function (button) {
    button.addEventListener("click", function () {
      state.measure = button.getAttribute("data-measure");
      document.querySelectorAll("[data-measure]").forEach(function (b) { b.classList.toggle("on", b === button); });
      drawTimeline();
    });
  });
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawTimeline, 150);
  });

  loadAll();
})();
