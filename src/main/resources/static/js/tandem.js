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

// ---- Check-in page: running clocks, saving states, conflicts, and the current section after a swap.
// Everything here only enhances: each form also posts and redirects back without JavaScript.
(function () {
  "use strict";

  function clock(seconds) {
    var s = Math.max(0, seconds);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return s >= 3600 ? Math.floor(s / 3600) + ":" + pad(Math.floor(s / 60) % 60) + ":" + pad(s % 60)
                     : pad(Math.floor(s / 60)) + ":" + pad(s % 60);
  }

  // A running clock counts up from the seconds the server had counted when it drew the page.
  var shownAt = new WeakMap();
  function tick() {
    var now = Date.now();
    document.querySelectorAll(".timer[data-running]").forEach(function (timer) {
      if (!shownAt.has(timer)) shownAt.set(timer, now);
      var used = Number(timer.getAttribute("data-used") || 0) + Math.floor((now - shownAt.get(timer)) / 1000);
      var face = timer.querySelector("[data-clock]");
      if (face) face.textContent = clock(used);
      var header = timer.closest(".agenda__header");
      var box = header && header.querySelector(".timebox[data-planned]");
      if (box && !box.classList.contains("timebox--over") && used > Number(box.getAttribute("data-planned"))) {
        box.classList.add("timebox--over");
        box.textContent = Math.round(Number(box.getAttribute("data-planned")) / 60) + " min · over";
      }
    });
  }
  if (document.querySelector(".timer[data-running]") || document.querySelector(".agenda")) setInterval(tick, 1000);

  function stateOf(element) {
    var part = element && element.closest ? element.closest("[data-part]") : null;
    return part ? part.querySelector("[data-saved-state]") : null;
  }

  function announce(text) {
    var live = document.getElementById("checkin-live");
    if (live) live.textContent = text;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var state = stateOf(event.target);
    if (state) { state.className = "saved-state saved-state--saving"; state.textContent = "Saving…"; }
  });

  // A refused edit that comes back as the page part (invalid, conflict) is swapped in like a saved one.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status >= 400 && xhr.getResponseHeader("X-Tandem-Fragment")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  function notSaved(event, why) {
    var state = stateOf(event.target);
    if (state) { state.className = "saved-state saved-state--conflict"; state.textContent = "Not saved"; }
    announce("Not saved: " + why);
  }
  document.addEventListener("htmx:responseError", function (event) {
    if (event.detail.xhr.getResponseHeader("X-Tandem-Fragment")) return;
    notSaved(event, "the server answered " + event.detail.xhr.status + ". Reload the page to see the current state.");
  });
  document.addEventListener("htmx:sendError", function (event) {
    notSaved(event, "Tandem could not be reached. Your text is still in the form.");
  });

  // After a swap: mark the running section, and keep keyboard users where they were working.
  var focusedPart = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var part = event.detail.target;
    focusedPart = part && part.contains(document.activeElement) ? part.id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("summary.agenda__header[data-current]").forEach(function (summary) {
      var section = summary.parentElement;
      var current = summary.getAttribute("data-current") === "true";
      if (current && !section.classList.contains("is-current")) section.open = true;
      section.classList.toggle("is-current", current);
    });
    if (focusedPart && (!document.activeElement || document.activeElement === document.body)) {
      var part = document.getElementById(focusedPart);
      if (part) {
        var alert = part.querySelector("[role=alert]");
        var target = alert || part;
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus();
      }
    }
    focusedPart = null;
  });
})();

// ---- In-place forms (decision 0093). A link marked data-dialog-open="<part selector>" loads a form of another
// feature into the page's <dialog> with htmx. A done form answers 204 with the "tandem:in-place-done" event: the
// part is fetched again (the page, reduced to that part), the dialog closes and focus returns to the link.
// A refused form comes back into the dialog with its errors. Escape or "Close" closes it, changing nothing.
// Without this file the links are plain links to the forms' own pages, which return to the same section.
(function () {
  "use strict";
  var dialog = document.querySelector("dialog[data-in-place]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var body = dialog.firstElementChild;
  var opener = null;
  var part = null;
  var ours = false;

  function announce(text) {
    var live = document.getElementById("checkin-live");
    if (live && text) live.textContent = text;
  }

  function focusInside() {
    var target = dialog.querySelector("[aria-invalid=true], [role=alert]") ||
      dialog.querySelector("input:not([type=hidden]), textarea, select, button");
    if (target) {
      if (!target.matches("input, textarea, select, button")) target.setAttribute("tabindex", "-1");
      target.focus();
    }
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    var link = elt && elt.closest ? elt.closest("[data-dialog-open]") : null;
    // ours: the dialog's content is (re)loaded — opened by a link, or a form of it sent; not a live check inside it
    var target = event.detail.target;
    ours = !!link || (body.contains(elt) && !!target && target.hasAttribute("data-in-place-body"));
    // a form in the dialog changes the part it was opened from: the live check-in need not fetch it again for us
    if (ours && !link && part) {
      document.dispatchEvent(new CustomEvent("tandem:saving-part", { detail: { part: part.replace(/^#/, "") } }));
    }
    if (!link) return;
    opener = link.id || null;
    part = link.getAttribute("data-dialog-open");
  });

  document.addEventListener("htmx:afterSwap", function () {
    if (!ours || !body.firstElementChild) return;
    ours = false;
    if (!dialog.open) {
      dialog.setAttribute("aria-labelledby", dialog.getAttribute("data-labelled-by"));
      dialog.showModal();
    }
    focusInside();
  });

  dialog.addEventListener("close", function () {
    body.innerHTML = "";
    var back = opener ? document.getElementById(opener) : null;
    if (!back && part) back = document.querySelector(part);
    if (back) {
      if (!back.matches("a, button, input, textarea, select")) back.setAttribute("tabindex", "-1");
      back.focus();
    }
  });

  document.addEventListener("tandem:in-place-done", function (event) {
    var message = event.detail && event.detail.message;
    // keepOpen: the answer has something to read once (invitation links); the person closes the dialog
    var keepOpen = event.detail && event.detail.keepOpen;
    var finish = function () { if (!keepOpen) dialog.close(); announce(message); };
    if (!part || !window.htmx) { finish(); return; }
    window.htmx.ajax("GET", location.pathname, { target: part, select: part, swap: "outerHTML" }).then(finish, finish);
  });
})();
