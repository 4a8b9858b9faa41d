package jp.gyomu.system;

/**
 * One thing a client can call: a method on a path template, with the concrete path the matrix
 * probes and the way a client of that kind authenticates.
 *
 * @param method HTTP method
 * @param template the path as declared ({@code /engine-rest/task/{id}/complete})
 * @param path the template with its variables filled in, as probed
 * @param call how the caller authenticates there
 */
record Endpoint(String method, String template, String path, Call call) {

  /** How a client authenticates on an endpoint. */
  enum Call {
    /** HTTP Basic on each request: Gyomu's pages and APIs, the engine REST API. */
    BASIC,
    /** The session of Cockpit, Tasklist and Admin, with their XSRF header. */
    WEBAPP_SESSION,
    /** Camunda's own login form (a fresh session, the caller's password). */
    WEBAPP_LOGIN,
    /** Gyomu's login and logout forms (a fresh session with its CSRF token). */
    FORM
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
