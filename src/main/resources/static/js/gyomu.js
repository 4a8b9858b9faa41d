// What every Gyomu page shares: calls to /api with the page's session and CSRF token
// (decision 0010), errors as the API's problem details (decision 0009), and the current page
// marked in the navigation.
(function () {
  const token = () => {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : null;
  };

  /** An error the API answered with: `problem` is its RFC 9457 body (title, detail, errors...). */
  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || {};
    }
  }

  /**
   * Calls Gyomu's API. `options.json` is sent as JSON, `options.form` (FormData) as multipart;
   * answers the parsed JSON (or text, or null for 204) and throws ApiError for 4xx/5xx.
   */
  async function api(path, options = {}) {
    // reasons and problems come back in the page's language, not the browser's
    const language = document.documentElement.lang || 'ja';
    const headers = Object.assign(
      { Accept: 'application/json', 'Accept-Language': language }, options.headers || {});
    let body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    const method = options.method || (body === undefined ? 'GET' : 'POST');
    if (!['GET', 'HEAD'].includes(method) && token()) {
      headers['X-CSRF-TOKEN'] = token();
    }
    const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
    const type = response.headers.get('Content-Type') || '';
    const parsed = response.status === 204 ? null
      : type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
    }
    return parsed;
  }

  /** The page's texts, put in by the server as JSON in <script id="page-text">. */
  function texts() {
    const element = document.getElementById('page-text');
    return element ? JSON.parse(element.textContent) : {};
  }

  /** `{0}`-style placeholders, as in the message bundles. */
  function format(text, ...args) {
    return String(text).replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? args[i] : m));
  }

  function markCurrentPage() {
    const here = window.location.pathname;
    document.querySelectorAll('header.top nav.pages a').forEach(a => {
      const target = new URL(a.href, window.location.href).pathname;
      if (here === target || (target.length > 1 && here.startsWith(target + '/'))) {
        a.setAttribute('aria-current', 'page');
      }
    });
  }

  window.Gyomu = { api, ApiError, texts, format };
  document.addEventListener('DOMContentLoaded', markCurrentPage);
})();
