// Pledging initiative: the map (Leaflet, shapes shipped in /geo; no tiles, nothing from elsewhere). The charts of
// the dashboard and of a pledge are drawn on the server (fragments/chart.html): no script for them.
// No inline script (CSP): everything is read from data-* attributes.
(function () {
  "use strict";
  function json(url) {
    var lang = document.documentElement.lang;
    if (lang && url.indexOf("/geo/") < 0) {
      url += (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang);
    }
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) { return r.json(); });
  }

  function colour(n, max) {
    if (!n) { return "#f3f5f8"; }
    var shades = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];
    return shades[Math.min(shades.length - 1, Math.floor((n / (max + 1)) * shades.length))];
  }

  function map(el) {
    var counts = {};
    var layers = {};
    var map = L.map(el, {worldCopyJump: true, minZoom: 1}).setView([5, -60], 2);
    var list = document.getElementById("map-list");
    var listTitle = document.getElementById("map-list-title");

    function show(code, name) {
      listTitle.textContent = name;
      json(el.getAttribute("data-list") + "?size=100&country=" + encodeURIComponent(code)).then(function (data) {
        list.textContent = "";
        if (!data.items.length) {
          var p = document.createElement("p");
          p.textContent = el.getAttribute("data-none");
          list.appendChild(p);
          return;
        }
        var ul = document.createElement("ul");
        data.items.forEach(function (item) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = el.getAttribute("data-page") + item.id;
          a.textContent = item.title;
          li.appendChild(a);
          li.appendChild(document.createTextNode(" — " + item.organisation + " · " + item.fulfilment + " %"));
          ul.appendChild(li);
        });
        list.appendChild(ul);
      });
    }

    Promise.all([json(el.getAttribute("data-shapes")), json(el.getAttribute("data-api"))]).then(function (both) {
      var max = 0;
      both[1].features.forEach(function (f) {
        counts[f.id] = f.properties.pledges;
        max = Math.max(max, f.properties.pledges);
      });
      L.geoJSON(both[0], {
        style: function (f) {
          return {color: "#4a4a4a", weight: 0.6, fillColor: colour(counts[f.id], max), fillOpacity: 0.9};
        },
        onEachFeature: function (f, layer) {
          layers[f.id] = layer;
          var n = counts[f.id] || 0;
          layer.bindTooltip(f.properties.name + ": " + el.getAttribute("data-count").replace("{0}", n));
          layer.on("click", function () { show(f.id, f.properties.name); });
        }
      }).addTo(map);
      el.setAttribute("data-ready", Object.keys(layers).length);
    });

    var form = document.getElementById("map-search");
    if (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var value = document.getElementById("map-country").value.trim().toLowerCase();
        var option = Array.prototype.find.call(document.querySelectorAll("#map-countries option"), function (o) {
          return o.value.toLowerCase() === value || o.getAttribute("data-code").toLowerCase() === value;
        });
        if (!option) { return; }
        var code = option.getAttribute("data-code");
        if (layers[code]) { map.fitBounds(layers[code].getBounds(), {maxZoom: 5}); }
        show(code, option.value);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var mapEl = document.getElementById("pledge-map");
    if (mapEl) { window.Pacto.leafletWhenVisible(mapEl, map); }
  });
})();
