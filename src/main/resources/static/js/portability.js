// Portability pages: the chart of insurance periods by country and the print button.
// Data come from data-* attributes (no inline script is allowed by the Content-Security-Policy).
(function () {
  "use strict";

  function day(text) {
    return new Date(text + "T00:00:00Z").getTime();
  }

  function drawPeriods(element) {
    var periods = JSON.parse(element.getAttribute("data-periods") || "[]");
    if (!periods.length || typeof echarts === "undefined") {
      return;
    }
    var countries = [];
    periods.forEach(function (p) {
      if (countries.indexOf(p.country) < 0) {
        countries.push(p.country);
      }
    });
    var palette = ["#1b5e8c", "#b5462f", "#2e7d4f", "#7a4fa0", "#a06a00", "#00798c"];
    var data = periods.map(function (p) {
      var row = countries.indexOf(p.country);
      return {
        name: p.country + " (" + p.kind + "): " + p.from + " – " + p.to,
        value: [row, day(p.from), day(p.to) + 86400000],
        itemStyle: { color: palette[row % palette.length] }
      };
    });
    element.style.height = Math.max(160, 60 + countries.length * 48) + "px";
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      tooltip: { formatter: function (item) { return item.name; } },
      xAxis: { type: "time", axisLabel: { hideOverlap: true } },
      yAxis: { type: "category", data: countries, inverse: true },
      series: [{
        type: "custom",
        encode: { x: [1, 2], y: 0 },
        data: data,
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.5;
          return {
            type: "rect",
            shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height: height },
            style: api.style()
          };
        }
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function enhance(root) {
    var chart = root.querySelector("#portability-chart");
    if (chart) {
      drawPeriods(chart);
    }
    root.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
  });

  // htmx progressive enhancement: the calculate buttons replace only #calculator-output (and the problems box);
  // without JavaScript the same form posts and the whole page comes back.
  document.addEventListener("htmx:afterSettle", function (event) {
    var output = document.getElementById("calculator-output");
    if (!output || !(event.target === output || output.contains(event.target))) {
      return;
    }
    enhance(output);
    var problems = document.querySelector("#calculator-problems [role=alert]");
    var heading = problems || document.getElementById("results-heading");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });
})();
