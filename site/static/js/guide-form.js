/*
 * The proposal form: after a submission with errors, move focus to the error
 * summary so that keyboard and screen reader users start from the list.
 */
(function () {
  "use strict";

  var summary = document.getElementById("error-summary") || document.getElementById("proposal-refusal");
  if (summary) {
    if (!summary.hasAttribute("tabindex")) {
      summary.setAttribute("tabindex", "-1");
    }
    summary.focus();
  }
})();
