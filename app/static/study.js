// Keyboard shortcuts for study mode. The pages work without this file:
// every action is a link, a <details> or a form button.
//
//   flashcard:  Space shows (or hides) the answer; 1-4 rate it once shown.
//   question:   1-9 pick a choice; Enter checks the answer.
//   rate:       1-4 change the suggested rating; Enter or Space goes on.
"use strict";

(function () {
  function isTyping(target) {
    if (!target || !target.matches) return false;
    return target.matches("textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=submit]):not([type=button])");
  }

  function digit(event) {
    return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
  }

  function onFlashcard(card, event) {
    var details = card.querySelector("details.reveal");
    if (!details) return;
    if (event.key === " " || event.key === "Spacebar") {
      // A focused button or summary already reacts to Space by itself.
      if (event.target.matches("button, summary, a")) return;
      event.preventDefault();
      details.open = !details.open;
      if (details.open) details.querySelector("summary").focus();
      return;
    }
    var n = digit(event);
    if (n && details.open) {
      var button = card.querySelector('button[name=rating][value="' + n + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  }

  function onQuestion(form, event) {
    var n = digit(event);
    if (n) {
      var choices = form.querySelectorAll("input[type=radio][name=answer]");
      if (choices.length >= n) {
        event.preventDefault();
        choices[n - 1].checked = true;
        choices[n - 1].focus();
      }
      return;
    }
    if (event.key === "Enter" && event.target.matches("input[type=radio]")) {
      event.preventDefault();
      form.requestSubmit();
    }
  }

  function onRate(form, event) {
    var n = digit(event);
    if (n && n <= 4) {
      var radio = form.querySelector('input[name=rating][value="' + n + '"]');
      if (radio) {
        event.preventDefault();
        radio.checked = true;
      }
      return;
    }
    if ((event.key === "Enter" || event.key === " ") && !event.target.matches("button, a, summary")) {
      event.preventDefault();
      form.requestSubmit();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    var area = document.querySelector("[data-keys]");
    if (!area) return;
    var kind = area.getAttribute("data-keys");
    if (kind === "flashcard") onFlashcard(area, event);
    else if (kind === "question") onQuestion(area, event);
    else if (kind === "rate") onRate(area, event);
  });
})();
