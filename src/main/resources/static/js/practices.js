// Practices: the small map of where a practice happened (Leaflet, no tiles: the CSP allows only
// this site's images, so the map shows the place as a marker on a plain background), and printing.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("practice-map");
  if (element && window.L) {
    var lat = parseFloat(element.dataset.lat);
    var lng = parseFloat(element.dataset.lng);
    var map = L.map(element, {scrollWheelZoom: false, attributionControl: false}).setView([lat, lng], 5);
    L.circle([lat, lng], {radius: 60000}).addTo(map);
    L.circleMarker([lat, lng], {radius: 6}).addTo(map).bindTooltip(element.dataset.label || "", {permanent: true});
  }
  document.querySelectorAll("button.print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
