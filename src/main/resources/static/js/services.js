// Local services: the map of service points and a point's small map (Leaflet, no tiles: the CSP allows only this
// site's images, so points are drawn on a plain background with country shapes), and printing as a leaflet.
document.addEventListener("DOMContentLoaded", function () {
  var list = document.getElementById("services-map");
  if (list) { window.Pacto.leafletWhenVisible(list, drawList); }
  function drawList(list) {
    var map = L.map(list, {scrollWheelZoom: false, attributionControl: false}).setView([-15, -70], 3);
    fetch(list.getAttribute("data-shapes")).then(function (r) { return r.ok ? r.json() : null; }).then(function (shapes) {
      if (shapes) {
        L.geoJSON(shapes, {interactive: false, style: {color: "#8a8f98", weight: 1, fillColor: "#eef1f5", fillOpacity: 1}})
          .addTo(map).bringToBack();
      }
    }).catch(function () { });
    fetch(list.dataset.api, {headers: {Accept: "application/json"}}).then(function (r) { return r.json(); })
      .then(function (answer) {
        var bounds = [];
        (answer.items || []).forEach(function (p) {
          var marker = L.circleMarker([p.latitude, p.longitude], {radius: 7, color: "#0b5cad", fillOpacity: 0.8});
          var link = document.createElement("a");
          link.href = list.dataset.page + p.id;
          link.textContent = p.name;
          marker.bindPopup(link).addTo(map);
          bounds.push([p.latitude, p.longitude]);
        });
        if (bounds.length > 0) {
          map.fitBounds(bounds, {padding: [30, 30], maxZoom: 12});
        }
        list.setAttribute("data-ready", String(bounds.length));
      }).catch(function () { list.setAttribute("data-ready", "0"); });
  }
  var point = document.getElementById("point-map");
  if (point) { window.Pacto.leafletWhenVisible(point, drawPoint); }
  function drawPoint(one) {
    var lat = parseFloat(one.dataset.lat);
    var lng = parseFloat(one.dataset.lng);
    var small = L.map(one, {scrollWheelZoom: false, attributionControl: false}).setView([lat, lng], 12);
    L.circleMarker([lat, lng], {radius: 8}).addTo(small).bindTooltip(one.dataset.label || "", {permanent: true});
    one.setAttribute("data-ready", "1");
  }
  document.querySelectorAll("button.print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
