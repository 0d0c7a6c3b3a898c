// Portability pages: the print button and the htmx calculator. The chart of insurance periods by country is drawn
// on the server (fragments/chart.html). No inline script is allowed by the Content-Security-Policy.
(function () {
  "use strict";

  function enhance(root) {
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
