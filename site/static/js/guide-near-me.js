/*
 * "Near me": asks the browser for the visitor's position and submits the
 * guide's form with `near` (rounded to about 100 m) and a radius in `km`.
 * The button appears only where geolocation exists.
 */
(function () {
  "use strict";

  var button = document.getElementById("guide-near-me");
  if (!button || !("geolocation" in navigator)) {
    return;
  }
  var form = document.getElementById(button.getAttribute("form"));
  var status = document.getElementById("guide-near-status");
  var radius = document.getElementById("facet-km");
  if (!form) {
    return;
  }

  function say(text) {
    if (status) {
      status.textContent = text || "";
    }
  }

  function field(name) {
    var input = document.querySelector('input[name="' + name + '"][form="' + form.id + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.setAttribute("form", form.id);
      button.insertAdjacentElement("afterend", input);
    }
    return input;
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    say(button.dataset.locating);
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var coords = position.coords;
        field("near").value =
          coords.latitude.toFixed(3) + "," + coords.longitude.toFixed(3);
        var municipality = document.getElementById("facet-municipality");
        if (municipality) {
          municipality.value = ""; // the position found replaces it
        }
        if (radius && !radius.value) {
          radius.value = button.dataset.defaultKm || "25";
        }
        form.submit();
      },
      function () {
        button.disabled = false;
        say(button.dataset.denied);
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 }
    );
  });
})();
