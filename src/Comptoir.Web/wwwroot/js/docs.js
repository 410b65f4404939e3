// Loaded by /docs before Scalar. Zod, inside Scalar, probes whether it may compile validators with
// Function(''), which the page's Content-Security-Policy forbids (no 'unsafe-eval'): the probe would be
// reported as a violation. Zod reads this switch and validates without compiling.
globalThis.__zod_globalConfig = { jitless: true };

// Scalar's page has no lang attribute: say which language it is in, for screen readers and spelling.
document.documentElement.lang = document.currentScript.dataset.lang;
