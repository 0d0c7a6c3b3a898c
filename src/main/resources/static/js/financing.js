// The fund's member states on a map, coloured by fee tier (issue 12). The table beside it holds the same facts:
// the map is a second view, never the only one. Leaflet comes through pacto.js when the map is in view.
(function () {
  "use strict";
  var TIER_COLOURS = {"part-1": "#1f5f8b", "part-2": "#e0a526"};

  function json(url) {
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) { return r.json(); });
  }

  function draw(el) {
    var map = L.map(el, {worldCopyJump: true, minZoom: 1}).setView([5, -40], 2);
    var tiers = {};
    Promise.all([json(el.getAttribute("data-shapes")), json(el.getAttribute("data-members"))]).then(function (both) {
      both[1].forEach(function (m) { if (m.country) { tiers[m.country] = m; } });
      var coloured = 0;
      L.geoJSON(both[0], {
        style: function (f) {
          var m = tiers[f.id];
          return {color: "#4a4a4a", weight: 0.5, fillOpacity: m ? 0.9 : 0.25,
                  fillColor: m ? TIER_COLOURS[m.tier] : "#ffffff"};
        },
        onEachFeature: function (f, layer) {
          var m = tiers[f.id];
          if (m) {
            coloured++;
            layer.bindTooltip(m.name + ": " + el.getAttribute("data-tier-" + m.tier));
          }
        }
      }).addTo(map);
      el.setAttribute("data-ready", coloured);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("members-map");
    if (el) { window.Pacto.leafletWhenVisible(el, draw); }
  });
})();
