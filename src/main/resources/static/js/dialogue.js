// Dialogue pages. (1) The registration's mailed confirmation link ends in "#<secret>": browsers never send a
// fragment, so this script moves it into the form's body, clears it from the address bar and sends the form.
// (2) Session times are printed in UTC and in the region's capitals; this shows them in the visitor's own zone too.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-secret-from-fragment]");
  var secret = window.location.hash.length > 1 ? decodeURIComponent(window.location.hash.substring(1)) : "";
  if (form && secret) {
    history.replaceState(null, "", window.location.pathname + window.location.search);
    form.querySelector('input[name="secret"]').value = secret;
    form.submit();
  }
  document.querySelectorAll("time.local-time").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (!isNaN(when.getTime())) {
      el.textContent = when.toLocaleString(document.documentElement.lang || undefined,
        { dateStyle: "medium", timeStyle: "short" });
    }
  });
});
