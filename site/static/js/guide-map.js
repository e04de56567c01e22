/*
 * Maps of the MeMO guide. Each `.guide-map` element is drawn with Leaflet:
 * - `data-geojson-url`: the results, fetched from the open data API (GeoJSON),
 *   as clustered markers with a popup linking to each enterprise (in
 *   `data-link-target` when given, e.g. from a frame on another site);
 * - `data-latitude`/`data-longitude`/`data-name`: one enterprise.
 * The element stays hidden without JavaScript or Leaflet. Tiles come from
 * OpenStreetMap; when they cannot load, the markers still show.
 */
(function () {
  "use strict";

  var TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  var MAX_PAGES = 20;

  function icon(element) {
    return L.icon({
      iconUrl: element.dataset.icon,
      iconRetinaUrl: element.dataset.icon2x,
      shadowUrl: element.dataset.shadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41],
    });
  }

  function createMap(element) {
    element.hidden = false;
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILES, {
      maxZoom: 19,
      attribution:
        '<a href="https://www.openstreetmap.org/copyright">' +
        escapeHtml(element.dataset.attribution || "© OpenStreetMap") +
        "</a>",
    }).addTo(map);
    return map;
  }

  function escapeHtml(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function popupContent(properties, target) {
    var wrapper = document.createElement("div");
    var name = document.createElement(properties.url ? "a" : "strong");
    name.textContent = properties.name || "";
    if (properties.url) {
      name.href = properties.url;
      if (target) {
        name.target = target;
        name.rel = "noopener";
      }
    }
    wrapper.appendChild(name);
    if (properties.municipality) {
      wrapper.appendChild(document.createElement("br"));
      wrapper.appendChild(document.createTextNode(properties.municipality));
    }
    return wrapper;
  }

  function showMessage(element, text) {
    var message = document.createElement("p");
    message.className = "guide-map__message";
    message.setAttribute("role", "status");
    message.textContent = text;
    element.replaceChildren(message);
    element.hidden = false;
  }

  function fetchFeatures(url, pagesLeft) {
    return fetch(url, { headers: { Accept: "application/geo+json, application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var features = (data && data.features) || [];
        if (data && data.next && pagesLeft > 1) {
          return fetchFeatures(data.next, pagesLeft - 1).then(function (more) {
            return features.concat(more);
          });
        }
        return features;
      });
  }

  function drawResults(element) {
    fetchFeatures(element.dataset.geojsonUrl, MAX_PAGES)
      .then(function (features) {
        var points = features.filter(function (feature) {
          return feature.geometry && feature.geometry.type === "Point";
        });
        if (!points.length) {
          return;
        }
        var map = createMap(element);
        var markerIcon = icon(element);
        var clusters = L.markerClusterGroup();
        points.forEach(function (feature) {
          var coordinates = feature.geometry.coordinates;
          var properties = feature.properties || {};
          var marker = L.marker([coordinates[1], coordinates[0]], {
            icon: markerIcon,
            title: properties.name || "",
            alt: properties.name || "",
          });
          marker.bindPopup(popupContent(properties, element.dataset.linkTarget));
          clusters.addLayer(marker);
        });
        map.addLayer(clusters);
        map.fitBounds(clusters.getBounds(), { maxZoom: 14, padding: [20, 20] });
      })
      .catch(function () {
        showMessage(element, element.dataset.error || "");
      });
  }

  function drawPoint(element) {
    var latitude = parseFloat(element.dataset.latitude);
    var longitude = parseFloat(element.dataset.longitude);
    if (isNaN(latitude) || isNaN(longitude)) {
      return;
    }
    var map = createMap(element);
    L.marker([latitude, longitude], {
      icon: icon(element),
      title: element.dataset.name || "",
      alt: element.dataset.name || "",
    }).addTo(map);
    map.setView([latitude, longitude], 15);
  }

  function init() {
    if (typeof L === "undefined") {
      return;
    }
    document.querySelectorAll(".guide-map").forEach(function (element) {
      if (element.dataset.geojsonUrl && L.markerClusterGroup) {
        drawResults(element);
      } else if (element.dataset.latitude) {
        drawPoint(element);
      }
    });
  }

  // Scripts are deferred, so the document is parsed when this runs.
  init();
})();
