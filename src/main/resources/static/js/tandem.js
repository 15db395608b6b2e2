// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Upload progress for forms marked data-upload-progress="<progress element id>".
  document.addEventListener("htmx:xhr:progress", function (event) {
    var form = event.target.closest ? event.target.closest("[data-upload-progress]") : null;
    if (!form || !event.detail.lengthComputable) return;
    var bar = document.getElementById(form.getAttribute("data-upload-progress"));
    if (bar) bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
  });
})();
