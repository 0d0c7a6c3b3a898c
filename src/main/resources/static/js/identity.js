// Joining and password reset: the mailed link ends in "#<secret>". Browsers never send a fragment, so the secret
// stays out of request lines (access logs, proxies); this script moves it into the form's body, removes it from
// the address bar and history, and sends the form (issue 16, item 10).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-secret-from-fragment]");
  var secret = window.location.hash.length > 1 ? decodeURIComponent(window.location.hash.substring(1)) : "";
  if (!form || !secret) {
    return;
  }
  history.replaceState(null, "", window.location.pathname + window.location.search);
  form.querySelector('input[name="secret"]').value = secret;
  form.submit();
});
