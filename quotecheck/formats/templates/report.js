/* quotecheck HTML report: verdict filter and keyboard navigation. No network, no globals. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var boxes = Array.prototype.slice.call(
    document.querySelectorAll("#filters input[type=checkbox][data-verdict]")
  );
  var status = document.getElementById("status");
  var levelBox = document.getElementById("f-level");
  var ruleBox = document.getElementById("f-rule");
  var FAITHFUL = { faithful: true };
  var RANK = { info: 1, warning: 2, error: 3 };

  function passes(card) {
    var level = levelBox ? levelBox.value : "";
    if (level && (RANK[card.getAttribute("data-level")] || 0) < RANK[level]) return false;
    var rule = ruleBox ? ruleBox.value : "";
    if (rule && (" " + card.getAttribute("data-codes") + " ").indexOf(" " + rule + " ") < 0) {
      return false;
    }
    return true;
  }

  function markOf(card) {
    return document.getElementById(card.id + "-t");
  }

  function applyFilter() {
    var hidden = {};
    boxes.forEach(function (box) {
      if (!box.checked) hidden[box.getAttribute("data-verdict")] = true;
    });
    var visible = 0;
    cards.forEach(function (card) {
      var off = hidden[card.getAttribute("data-verdict")] === true || !passes(card);
      card.hidden = off;
      if (off) card.classList.remove("current");
      var mark = markOf(card);
      if (mark) mark.classList.toggle("muted", off);
      if (!off) visible += 1;
    });
    Array.prototype.forEach.call(document.querySelectorAll(".cards"), function (list) {
      var note = list.querySelector(".filtered-out");
      if (note) note.hidden = list.querySelector(".card:not([hidden])") !== null;
    });
    if (status) {
      status.textContent =
        visible === cards.length
          ? "Showing all " + cards.length + " quotes."
          : "Showing " + visible + " of " + cards.length + " quotes.";
    }
  }

  boxes.forEach(function (box) {
    box.addEventListener("change", applyFilter);
  });
  [levelBox, ruleBox].forEach(function (box) {
    if (box) box.addEventListener("change", applyFilter);
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-show]"), function (button) {
    button.addEventListener("click", function () {
      var problemsOnly = button.getAttribute("data-show") === "problems";
      boxes.forEach(function (box) {
        box.checked = !(problemsOnly && FAITHFUL[box.getAttribute("data-family")]);
      });
      if (!problemsOnly) {
        if (levelBox) levelBox.value = "";
        if (ruleBox) ruleBox.value = "";
      }
      applyFilter();
    });
  });

  function visibleCards() {
    return cards.filter(function (card) {
      return !card.hidden;
    });
  }

  function select(card, scroll) {
    cards.forEach(function (c) {
      c.classList.remove("current");
    });
    Array.prototype.forEach.call(document.querySelectorAll("mark.hl.current"), function (m) {
      m.classList.remove("current");
    });
    card.classList.add("current");
    card.focus({ preventScroll: true });
    if (scroll) card.scrollIntoView({ block: "nearest" });
    var mark = markOf(card);
    if (mark) {
      mark.classList.add("current");
      var pane = mark.closest(".text-pane");
      if (pane && pane.scrollHeight > pane.clientHeight) {
        var top = mark.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        pane.scrollTop += top - pane.clientHeight / 3;
      }
    }
  }

  function move(step) {
    var list = visibleCards();
    if (!list.length) return;
    var active = document.activeElement;
    var card = active && active.closest ? active.closest(".card") : null;
    if (!card || card.hidden) card = document.querySelector(".card.current:not([hidden])");
    var i = card ? list.indexOf(card) : -1;
    var next = i < 0 ? (step > 0 ? 0 : list.length - 1) : i + step;
    next = Math.max(0, Math.min(list.length - 1, next));
    select(list[next], true);
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    var tag = target && target.tagName ? target.tagName : "";
    if (target && target.isContentEditable) return;
    if ((tag === "INPUT" && target.type !== "checkbox") || tag === "TEXTAREA" || tag === "SELECT") return;
    var onCard = target && target.closest ? target.closest(".card") !== null : false;
    if (event.key === "j" || (onCard && event.key === "ArrowDown")) {
      move(1);
      event.preventDefault();
    } else if (event.key === "k" || (onCard && event.key === "ArrowUp")) {
      move(-1);
      event.preventDefault();
    }
  });

  function reveal(card) {
    if (!card.hidden) return;
    boxes.forEach(function (box) {
      if (box.getAttribute("data-verdict") === card.getAttribute("data-verdict")) box.checked = true;
    });
    if (!passes(card)) {
      if (levelBox) levelBox.value = "";
      if (ruleBox) ruleBox.value = "";
    }
    applyFilter();
  }

  document.addEventListener("click", function (event) {
    var el = event.target;
    if (!el || !el.closest) return;
    var link = el.closest("a.qref, a.jump");
    var mark = link ? null : el.closest("mark.hl");
    if (!link && !mark) return;
    event.preventDefault();
    if (mark) {
      var owner = document.getElementById(mark.getAttribute("data-quote"));
      if (owner) {
        reveal(owner);
        select(owner, true);
      }
      return;
    }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    if (target.classList.contains("card")) {
      reveal(target);
      select(target, true);
    } else {
      var card = link.closest(".card");
      if (card) select(card, false);
      target.scrollIntoView({ block: "center" });
    }
  });

  applyFilter();
  var initial = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (initial && initial.classList.contains("card")) select(initial, true);
  root.setAttribute("data-qc-ready", "1");
})();
