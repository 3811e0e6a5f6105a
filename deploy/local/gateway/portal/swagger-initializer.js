// API portal of the local platform: one Swagger UI page listing every service's OpenAPI
// document, each fetched through the gateway (so "Try it out" calls go through it too).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "/openapi/reporting", name: "Reporting service" },
      { url: "/openapi/victim-care", name: "Victim care service" },
      { url: "/openapi/case", name: "Case service" },
      { url: "/openapi/analytics", name: "Analytics service" }
    ],
    "urls.primaryName": "Reporting service",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // a bearer token pasted into "Authorize" stays in this page's memory, never in localStorage
    persistAuthorization: false,
    displayRequestDuration: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
