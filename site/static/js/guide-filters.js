/*
 * The guide's filters with JavaScript: open beside the results on wide screens,
 * and applied as soon as a box is ticked or a distance chosen (the "Apply
 * filters" button is then not needed). After the page has reloaded, focus
 * returns to the filter just changed, so keyboard users keep their place.
 */
(function () {
  "use strict";

  var disclosure = document.getElementById("guide-filters");
  var form = document.getElementById("guide-form");
  if (!disclosure || !form) {
    return;
  }
  var KEY = "guide-filter-changed";
  var apply = document.getElementById("guide-apply");
  var advice = document.getElementById("guide-filters-live");

  if (window.matchMedia("(min-width: 56rem)").matches) {
    disclosure.open = true;
  }
  if (apply) {
    apply.hidden = true;
  }
  if (advice) {
    advice.hidden = false;
  }

  var changed = null;
  try {
    changed = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch (error) {
    // Storage refused (private mode): focus is simply not restored.
  }
  var previous = changed && document.getElementById(changed);
  if (previous && disclosure.contains(previous)) {
    disclosure.open = true;
    previous.focus();
  }

  disclosure.addEventListener("change", function (event) {
    var control = event.target;
    if (!control.matches("input[type=checkbox], select")) {
      return;
    }
    try {
      window.sessionStorage.setItem(KEY, control.id);
    } catch (error) {
      // As above.
    }
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();
