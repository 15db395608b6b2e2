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

// Feedback: a "Copy link" button (data-copy="<input id>") is shown only where the clipboard can be used;
// without it the link stays selectable in its read-only field.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (!navigator.clipboard) return;
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var input = document.getElementById(button.getAttribute("data-copy"));
      if (!input) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(input.value).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy link"; }, 2000);
        }, function () {
          input.select();
        });
      });
    });
  });
})();
