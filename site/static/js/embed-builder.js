/*
 * The embed builder with JavaScript: a choice made in the form applies at once
 * (the page rebuilds the code and the preview; without JavaScript the "Update
 * the code" button does it), and the code can be copied with one button.
 */
(function () {
  "use strict";

  var form = document.getElementById("embed-form");
  if (form) {
    form.addEventListener("change", function (event) {
      if (event.target.name !== "height" || event.target.checkValidity()) {
        form.submit();
      }
    });
  }

  var button = document.getElementById("embed-copy");
  var code = document.getElementById("embed-code");
  var status = document.getElementById("embed-copy-status");
  if (!button || !code) {
    return;
  }
  button.hidden = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function selectAndCopy() {
    code.focus();
    code.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  button.addEventListener("click", function () {
    var copied = navigator.clipboard
      ? navigator.clipboard.writeText(code.value)
      : Promise.reject(new Error("no clipboard"));
    copied
      .then(function () {
        say(button.dataset.copied);
      })
      .catch(function () {
        say(selectAndCopy() ? button.dataset.copied : button.dataset.failed);
      });
  });
})();
