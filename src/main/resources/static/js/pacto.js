// Pacto's only script for every page: no inline script is allowed (Content-Security-Policy).
// htmx requests carry the CSRF token that Spring Security expects on state-changing calls.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Maps: Leaflet (150 KB) is fetched only when a map comes into view, so a page's text never waits for it.
// The element names Leaflet's files in data-leaflet-js and data-leaflet-css; draw(el) runs once Leaflet is there.
window.Pacto = window.Pacto || {};
window.Pacto.leafletWhenVisible = function (el, draw) {
  var start = function () {
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = el.getAttribute("data-leaflet-css");
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = el.getAttribute("data-leaflet-js");
    script.onload = function () { draw(el); };
    document.head.appendChild(script);
  };
  if (!window.IntersectionObserver) { start(); return; }
  var seen = new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) {
      seen.disconnect();
      start();
    }
  }, {rootMargin: "200px"});
  seen.observe(el);
};
