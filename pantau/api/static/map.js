// Pantau map: an offline world outline (world-atlas TopoJSON, vendored) and the store's geocoded
// places as circle markers. Data comes from the page's JSON twin (data-src); every label is set
// with textContent, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var map = L.map(el, { attributionControl: false, worldCopyJump: true, minZoom: 2, maxZoom: 12 })
    .setView([-2.5, 118], 4);
  el.setAttribute("data-state", "loading");
  // Land below the markers whatever order the two fetches finish in.
  map.createPane("land");
  map.getPane("land").style.zIndex = "250";

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function popup(p) {
    var box = document.createElement("div");
    var title = link("/places/" + encodeURIComponent(p.key), p.name + (p.country ? " (" + p.country + ")" : ""));
    title.className = "popup-title";
    box.appendChild(title);
    var line = document.createElement("div");
    line.textContent = p.articles + " article(s)";
    box.appendChild(line);
    var evs = Object.keys(p.events || {});
    if (evs.length) {
      var ev = document.createElement("div");
      ev.textContent = "events: " + evs.map(function (k) { return k + " " + p.events[k]; }).join(", ");
      box.appendChild(ev);
    }
    box.appendChild(link("/search?place=" + encodeURIComponent(p.key), "articles →"));
    return box;
  }

  var outline = fetch("/static/vendor/world-atlas/countries-50m.json")
    .then(function (r) { return r.json(); })
    .then(function (topo) {
      L.geoJSON(topojson.feature(topo, topo.objects.countries), {
        style: { color: "#868e96", weight: 0.7, fillColor: "#f4f1e8", fillOpacity: 1 },
        interactive: false, pane: "land"
      }).addTo(map);
    });

  var markers = fetch(el.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var places = data.places || [];
      var max = places.reduce(function (m, p) { return Math.max(m, p.articles || 1); }, 1);
      var group = L.featureGroup();
      places.forEach(function (p) {
        if (p.lat === null || p.lon === null) { return; }
        var hasEvents = Object.keys(p.events || {}).length > 0;
        var m = L.circleMarker([p.lat, p.lon], {
          radius: 6 + 14 * Math.sqrt((p.articles || 1) / max),
          color: hasEvents ? "#a61e4d" : "#1864ab", weight: 2,
          fillColor: hasEvents ? "#e03131" : "#339af0", fillOpacity: 0.7,
          className: "pantau-marker"
        });
        m.bindTooltip(p.name + " · " + p.articles, { direction: "top" });
        m.bindPopup(popup(p));
        group.addLayer(m);
      });
      group.addTo(map);
      if (places.length) {
        map.fitBounds(group.getBounds().pad(0.3), { maxZoom: places.length === 1 ? 7 : 8, animate: false });
      }
      el.setAttribute("data-markers", String(places.length));
    });

  Promise.all([outline, markers]).then(function () { el.setAttribute("data-state", "ready"); },
    function (err) { el.setAttribute("data-state", "error"); el.setAttribute("data-error", String(err)); });
})();
