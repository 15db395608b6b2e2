// The live check-in (docs/decisions/0088-live-check-in.md). Without this file the page works as before: every
// form posts and redirects back. With it, the page listens to the check-in's event stream and, when the other
// person changes a part, fetches the page again and swaps in that part only — never a part the reader is typing
// in: that part gets a note instead, and saving it shows both versions (the server answers 409 with both).
(function () {
  "use strict";
  if (!window.EventSource || !window.fetch || !window.DOMParser) return;
  var page = location.pathname.match(/^\/check-ins\/([0-9a-fA-F-]{36})\/?$/);
  if (!page) return;
  var stream = new EventSource("/check-ins/" + page[1] + "/events");
  var me = null;
  var savedHere = {};

  // A part this tab is saving, or saved a moment ago, comes back from its own save (with its "Saved" state): the
  // event of that save, which may arrive before the answer, must not fetch it again over it.
  function saving(event) {
    if (event.detail.target && event.detail.target.id) savedHere[event.detail.target.id] = Date.now();
  }
  document.addEventListener("htmx:beforeRequest", saving);
  document.addEventListener("htmx:afterSwap", saving);
  // A form opened in the page's dialog saves another feature's thing that shows in a part here (decision 0093).
  document.addEventListener("tandem:saving-part", function (event) { savedHere[event.detail.part] = Date.now(); });

  function typingIn(part) {
    if (part.contains(document.activeElement) && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) return true;
    return Array.prototype.some.call(part.querySelectorAll("input, textarea, select"), function (field) {
      if (field.type === "hidden" || field.type === "submit") return false;
      if (field.type === "checkbox" || field.type === "radio") return field.checked !== field.defaultChecked;
      if (field.tagName === "SELECT") return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
      return field.value !== field.defaultValue;
    });
  }

  function note(part, text, className) {
    var old = part.querySelector(":scope > [data-live-mark]");
    if (old) old.remove();
    var mark = document.createElement("p");
    mark.setAttribute("data-live-mark", "");
    mark.className = className;
    mark.textContent = text;
    part.insertBefore(mark, part.firstChild);
    return mark;
  }

  function swap(current, fresh, who) {
    current.replaceWith(fresh);
    if (window.htmx) window.htmx.process(fresh);
    if (who) note(fresh, "Updated by " + who, "badge badge--info");
  }

  function pending(current, fresh, who) {
    var mark = note(current, (who || "Someone") + " changed this while you were writing. Save to see both versions side by side, or ",
      "callout callout--info");
    var show = document.createElement("button");
    show.type = "button";
    show.className = "button button--small";
    show.textContent = "show their version (your unsaved text here goes)";
    show.addEventListener("click", function () { swap(current, fresh, who); });
    mark.appendChild(show);
  }

  // Fetches the page as this reader may see it and swaps in the parts named (ids), or the whole page content.
  function refresh(ids, who) {
    fetch(location.pathname + location.search, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        ids.forEach(function (id) {
          var current = document.getElementById(id);
          var fresh = doc.getElementById(id);
          if (!current || !fresh) return;
          if (typingIn(current)) pending(current, fresh, who); else swap(current, fresh, id === "main" ? null : who);
        });
        if (ids.indexOf("main") >= 0) {
          showPresence();
          if (who) announce(who + " changed the check-in.");
        }
      });
  }

  function announce(text) {
    var live = document.getElementById("checkin-live");
    if (live) live.textContent = text;
  }

  function changed(event) {
    var data = JSON.parse(event.data);
    var part = data.part;
    if (data.by === me && part && savedHere[part] && Date.now() - savedHere[part] < 5000) return;
    var who = data.by === me ? null : data.byName;
    if (event.type === "status.changed" || event.type === "reset" || !part) {
      refresh(["main"], who);
    } else if (event.type === "section.changed") {
      var ids = [part];
      document.querySelectorAll("summary.agenda__header[id]").forEach(function (header) { ids.push(header.id); });
      refresh(ids, who);
    } else {
      refresh([part], who);
    }
  }
  ["status.changed", "section.changed", "item.changed", "note.changed", "part.changed", "reset"].forEach(function (name) {
    stream.addEventListener(name, changed);
  });

  // Who of the pair has the check-in open: "Sam is here too".
  var presence = "";
  function showPresence() {
    var line = document.getElementById("live-presence");
    if (!line) {
      var header = document.querySelector(".page-header");
      if (!header) return;
      line = document.createElement("p");
      line.id = "live-presence";
      line.className = "muted";
      line.setAttribute("role", "status");
      header.insertAdjacentElement("afterend", line);
    }
    line.textContent = presence;
  }
  stream.addEventListener("presence", function (event) {
    var data = JSON.parse(event.data);
    me = data.you;
    var others = data.here.filter(function (person) { return person.id !== me; }).map(function (person) { return person.name; });
    presence = others.length ? others.join(" and ") + (others.length === 1 ? " is" : " are") + " here too." : "";
    showPresence();
  });
  window.addEventListener("pagehide", function () { stream.close(); });
})();
