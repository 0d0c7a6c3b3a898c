// Pledging initiative: dashboard charts (ECharts), target charts, and the map (Leaflet, shapes shipped in /geo).
// No inline script (CSP): everything is read from data-* attributes.
(function () {
  "use strict";
  var PALETTE = ["#0b4f8a", "#1e6b34", "#a4262c", "#6b4c9a", "#8a5a00", "#00677f", "#4a4a4a"];

  function json(url) {
    var lang = document.documentElement.lang;
    if (lang && url.indexOf("/geo/") < 0) {
      url += (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang);
    }
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) { return r.json(); });
  }

  // Category labels are never cut: a chart whose labels are words lays its bars horizontally and
  // wraps each label inside a column sized to the chart (at 390 px as at 1,366 px), and grows as tall
  // as its wrapped labels need; only the years stand under vertical bars. The tooltip repeats the label.
  var LABEL_FONT = "12px sans-serif";
  var LINE_HEIGHT = 15;
  var measure = document.createElement("canvas").getContext("2d");

  function lines(text, width) {
    measure.font = LABEL_FONT;
    var count = 1;
    var line = "";
    String(text).split(/\s+/).forEach(function (word) {
      var candidate = line ? line + " " + word : word;
      if (line && measure.measureText(candidate).width > width) {
        count += 1;
        line = word;
      } else {
        line = candidate;
      }
      while (measure.measureText(line).width > width && line.length > 1) {
        // a word wider than the column is broken, as ECharts does
        var cut = line.length - 1;
        while (cut > 1 && measure.measureText(line.slice(0, cut)).width > width) { cut -= 1; }
        line = line.slice(cut);
        count += 1;
      }
    });
    return count;
  }

  function barChart(el, names, values, series) {
    var horizontal = el.getAttribute("data-chart") !== "year";
    var chart = echarts.init(el, null, {renderer: "svg"});
    function draw() {
      var width = el.clientWidth || 320;
      var labelWidth = Math.max(90, Math.min(260, Math.round(width * 0.42)));
      var category = {type: "category", data: names, axisTick: {alignWithLabel: true},
        axisLabel: horizontal
          ? {width: labelWidth, overflow: "break", lineHeight: LINE_HEIGHT, fontSize: 12, interval: 0}
          : {hideOverlap: true, fontSize: 12}};
      var value = {type: "value", minInterval: 1, splitNumber: 3, axisLabel: {hideOverlap: true, fontSize: 12}};
      if (horizontal) {
        var rows = names.reduce(function (sum, name) {
          return sum + Math.max(26, lines(name, labelWidth) * LINE_HEIGHT + 10);
        }, 0);
        el.style.height = Math.max(160, rows + 48) + "px";
      }
      chart.resize();
      chart.setOption({
        color: PALETTE, animation: false, aria: {enabled: true},
        grid: {containLabel: true, left: 8, right: 24, top: 12, bottom: 8},
        tooltip: {trigger: "axis", axisPointer: {type: "shadow"}, confine: true},
        xAxis: horizontal ? value : category, yAxis: horizontal ? Object.assign(category, {inverse: true}) : value,
        series: [{type: "bar", name: series, data: values, barMaxWidth: 28}]
      }, true);
    }
    draw();
    // The chart follows its own box, not only the window: a scroll bar that appears, or the grid of charts
    // changing its number of columns, changes the width without any resize event of the window.
    var drawnWidth = el.clientWidth;
    var pending;
    function redraw() {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (el.clientWidth !== drawnWidth) {
          drawnWidth = el.clientWidth;
          draw();
        }
      }, 100);
    }
    if (window.ResizeObserver) {
      new ResizeObserver(redraw).observe(el);
    } else {
      window.addEventListener("resize", redraw);
    }
  }

  function dashboard(root) {
    var labels = JSON.parse(root.getAttribute("data-labels"));
    json(root.getAttribute("data-api")).then(function (data) {
      root.querySelectorAll("[data-chart]").forEach(function (el) {
        var facet = el.getAttribute("data-chart");
        var entries = Object.entries(data.facets[facet] || {});
        if (facet === "region") {
          entries = entries.filter(function (e) { return labels.region[e[0]]; });
        }
        var names = entries.map(function (e) { return (labels[facet] || {})[e[0]] || e[0]; });
        var values = entries.map(function (e) { return e[1]; });
        barChart(el, names, values, labels._series.pledges);
      });
    });
  }

  function targets(root) {
    var series = JSON.parse(root.getAttribute("data-series"));
    root.querySelectorAll("[data-target]").forEach(function (el) {
      var t = series[Number(el.getAttribute("data-target"))];
      var chart = echarts.init(el, null, {renderer: "svg"});
      chart.setOption({
        color: PALETTE, animation: false, aria: {enabled: true},
        grid: {containLabel: true, left: 8, right: 16, top: 20, bottom: 8}, tooltip: {trigger: "axis", confine: true},
        // the first date sits under the value axis' "0" on a phone: overlapping labels are dropped
        xAxis: {type: "time", axisLabel: {hideOverlap: true, fontSize: 12}},
        yAxis: {type: "value", min: Math.min(Number(t.baseline), Number(t.target)),
          max: Math.max.apply(null, [Number(t.baseline), Number(t.target)].concat(t.series.map(function (p) { return Number(p.value); })))},
        series: [{type: "line", name: t.name, data: t.series.map(function (p) { return [p.date, Number(p.value)]; }),
          // the values of the dashed lines are written inside the grid: at its right end they were cut
          markLine: {symbol: "none", lineStyle: {type: "dashed"}, data: [
            {yAxis: Number(t.target), name: "target", label: {position: "insideEndTop", formatter: "{c}"}},
            {yAxis: Number(t.baseline), name: "baseline", label: {position: "insideStartTop", formatter: "{c}"}}]}}]
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
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
    var charts = document.getElementById("pledge-charts");
    if (charts && window.echarts) { dashboard(charts); }
    var series = document.getElementById("pledge-targets");
    if (series && window.echarts) { targets(series); }
    var mapEl = document.getElementById("pledge-map");
    if (mapEl && window.L) { map(mapEl); }
  });
})();
