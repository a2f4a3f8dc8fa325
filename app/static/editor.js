// The question editor shows only the fields of the chosen type. The page works
// without this file: every field is shown then, each saying which types use it.
"use strict";

(function () {
  var type = document.querySelector(".question-editor select[name=type]");
  if (!type) return;
  var groups = document.querySelectorAll(".question-editor [data-types]");

  function show() {
    groups.forEach(function (group) {
      var wanted = group.getAttribute("data-types").split(" ").indexOf(type.value) !== -1;
      group.hidden = !wanted;
    });
  }

  type.addEventListener("change", show);
  show();
})();
