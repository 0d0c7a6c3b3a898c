// Pacto's only script for every page: no inline script is allowed (Content-Security-Policy).
// htmx requests carry the CSRF token that Spring Security expects on state-changing calls.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
