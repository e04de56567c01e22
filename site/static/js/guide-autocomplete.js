/*
 * Name suggestions for the guide's search box, as an accessible combobox
 * (WAI-ARIA 1.2 "list autocomplete"). Without JavaScript the box is a plain
 * search field. Arrow keys move through the suggestions, Enter opens the chosen
 * enterprise, Escape closes the list; typing more asks the API again.
 */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function setup(input) {
    var listbox = document.createElement("ul");
    var status = document.getElementById(input.id + "-status");
    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;

    listbox.id = input.id + "-suggestions";
    listbox.className = "guide-suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", input.dataset.suggestionsLabel || "");
    listbox.hidden = true;
    input.insertAdjacentElement("afterend", listbox);
    input.parentNode.style.position = "relative";

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function announce(count) {
      if (!status) {
        return;
      }
      var template = count === 1 ? input.dataset.countOne : input.dataset.countMany;
      status.textContent = count ? (template || "").replace("%(count)s", count) : "";
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.element.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].element.id);
        options[index].element.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var option = options[index];
      if (option && option.url) {
        window.location.assign(option.url);
      }
    }

    function render(results) {
      listbox.replaceChildren();
      options = results.map(function (result, index) {
        var element = document.createElement("li");
        element.id = listbox.id + "-" + index;
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.textContent = result.name;
        element.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the box
        });
        element.addEventListener("click", function () {
          choose(index);
        });
        listbox.appendChild(element);
        return { element: element, url: result.url };
      });
      active = -1;
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      announce(options.length);
    }

    function suggest() {
      var q = input.value.trim();
      if (controller) {
        controller.abort();
      }
      if (q.length < MIN_LENGTH) {
        render([]);
        return;
      }
      controller = new AbortController();
      var url =
        input.dataset.autocompleteUrl +
        "?q=" + encodeURIComponent(q) +
        "&locale=" + encodeURIComponent(input.dataset.locale || "nl");
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          render((data && data.results) || []);
        })
        .catch(function () {
          // Aborted or offline: the plain search still works.
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden;
      if (event.key === "ArrowDown") {
        if (!open && options.length) {
          listbox.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (options.length) {
          highlight((active + 1) % options.length);
          event.preventDefault();
        }
      } else if (event.key === "ArrowUp") {
        if (open && options.length) {
          highlight(active <= 0 ? options.length - 1 : active - 1);
          event.preventDefault();
        }
      } else if (event.key === "Enter") {
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  var input = document.querySelector("input[data-autocomplete-url]");
  if (input && window.fetch && window.AbortController) {
    setup(input);
  }
})();
