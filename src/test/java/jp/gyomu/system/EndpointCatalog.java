package jp.gyomu.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.gyomu.system.Endpoint.Call;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.actuate.endpoint.web.servlet.AdditionalHealthEndpointPathsWebMvcHandlerMapping;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application serves, found the way the server finds them: the servlets
 * registered in the servlet context, Spring MVC's handler mappings (controllers, actuator, static
 * files) and the JAX-RS resources behind each Jersey servlet (engine REST API, the Camunda webapps'
 * API). What it cannot enumerate it reports as unknown, so a new kind of endpoint fails the matrix
 * instead of slipping past it.
 */
final class EndpointCatalog {

  static final String PROBE_ID = "gyomu-probe";
  static final List<String> WEBAPPS = List.of("cockpit", "tasklist", "admin", "welcome");

  /** Spring Security's own form endpoints; no handler mapping knows them. */
  private static final List<String> SECURITY_FORMS = List.of("/login", "/logout");

  /** Classpath folders Spring serves under {@code /**}, as Boot configures them. */
  private static final List<String> STATIC_LOCATIONS =
      List.of("META-INF/resources", "resources", "static", "public");

  private final ApplicationContext context;
  private final ServletContext servletContext;
  private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
  private final List<String> unknown = new ArrayList<>();

  private EndpointCatalog(ApplicationContext context, ServletContext servletContext) {
    this.context = context;
    this.servletContext = servletContext;
  }

  static EndpointCatalog of(ApplicationContext context, ServletContext servletContext) {
    var catalog = new EndpointCatalog(context, servletContext);
    catalog.collect();
    return catalog;
  }

  /** All endpoints, sorted by path and method. */
  List<Endpoint> endpoints() {
    return endpoints.values().stream()
        .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
        .toList();
  }

  /** Servlets and handler mappings the catalog does not know how to enumerate. */
  List<String> unknown() {
    return unknown;
  }

  private void collect() {
    for (ServletRegistration servlet : servletContext.getServletRegistrations().values()) {
      String className = servlet.getClassName();
      if (DispatcherServlet.class.getName().equals(className)) {
        springMvc();
      } else if (ServletContainer.class.getName().equals(className)) {
        for (String mapping : servlet.getMappings()) {
          jersey(servlet, mapping.replaceAll("/\\*$", ""));
        }
      } else {
        unknown.add("servlet " + servlet.getName() + " (" + className + ")");
      }
    }
    for (String form : SECURITY_FORMS) {
      add("POST", form, form, Call.FORM);
    }
    // the webapps' pages are served by Camunda's ProcessEnginesFilter, not by a servlet
    for (String app : WEBAPPS) {
      add("GET", "/camunda/app/" + app + "/{engine}/", "/camunda/app/" + app + "/default/", null);
    }
  }

  // ---- Spring MVC ----------------------------------------------------------------------------

  private void springMvc() {
    for (var entry : context.getBeansOfType(HandlerMapping.class).entrySet()) {
      HandlerMapping mapping = entry.getValue();
      if (mapping.getClass().getSimpleName().startsWith("WelcomePage")) {
        continue; // serves "/", which LandingController answers first
      }
      if (mapping instanceof RequestMappingInfoHandlerMapping infos) {
        infos
            .getHandlerMethods()
            .keySet()
            .forEach(
                info -> {
                  Set<String> methods = new TreeSet<>();
                  info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                  if (methods.isEmpty()) {
                    methods.add("GET"); // "any method": the matrix probes the one browsers use
                  }
                  for (String pattern : info.getPatternValues()) {
                    methods.forEach(m -> add(m, pattern, fill(pattern), null));
                  }
                });
      } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
        urls.getHandlerMap().keySet().forEach(this::staticFiles);
        if (urls.getRootHandler() != null) {
          unknown.add("root handler of " + entry.getKey());
        }
      } else if (mapping instanceof RouterFunctionMapping functions) {
        if (functions.getRouterFunction() != null) {
          unknown.add("router functions of " + entry.getKey());
        }
      } else if (!(mapping instanceof AdditionalHealthEndpointPathsWebMvcHandlerMapping)) {
        unknown.add("handler mapping " + entry.getKey() + " (" + mapping.getClass() + ")");
      }
    }
  }

  /** A static resource pattern: probed with a file it really serves. */
  private void staticFiles(String pattern) {
    switch (pattern) {
      case "/**" -> topLevelStaticEntries();
      case "/webjars/**" -> add("GET", pattern, "/webjars/chart.js/dist/chart.umd.js", null);
      case "/swagger-ui*/**" -> add("GET", pattern, "/swagger-ui/index.html", null);
      case "/swagger-ui*/*swagger-initializer.js" ->
          add("GET", pattern, "/swagger-ui/swagger-initializer.js", null);
      case "/camunda/app/**" ->
          add("GET", pattern, "/camunda/app/cockpit/camunda-cockpit-bootstrap.js", null);
      case "/camunda/lib/**" -> add("GET", pattern, "/camunda/lib/deps.js", null);
      case "/camunda/assets/**" -> add("GET", pattern, "/camunda/assets/cockpit.svg", null);
      case "/camunda/api/**" -> add("GET", pattern, "/camunda/api/" + PROBE_ID, null);
      case "/camunda/favicon.ico" -> add("GET", pattern, pattern, null);
      default -> unknown.add("static resources under " + pattern);
    }
  }

  /** What {@code /**} serves: each top-level file or folder of the static locations. */
  private void topLevelStaticEntries() {
    var resolver = new PathMatchingResourcePatternResolver();
    for (String location : STATIC_LOCATIONS) {
      for (Resource file : resources(resolver, "classpath*:" + location + "/**/*.*")) {
        String url = url(file);
        int at = url.indexOf("/" + location + "/");
        if (at < 0) {
          continue;
        }
        String relative = url.substring(at + location.length() + 2);
        int slash = relative.indexOf('/');
        if (slash < 0) {
          add("GET", "/" + relative, "/" + relative, null);
        } else {
          String folder = "/" + relative.substring(0, slash) + "/**";
          if (!folder.equals("/webjars/**")) { // its own handler mapping, above
            add("GET", folder, "/" + relative, null);
          }
        }
      }
    }
  }

  private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String p) {
    try {
      return resolver.getResources(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String url(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- JAX-RS (Jersey) -----------------------------------------------------------------------

  private void jersey(ServletRegistration servlet, String prefix) {
    Collection<Class<?>> roots = jaxRsRoots(servlet);
    if (roots.isEmpty()) {
      unknown.add("Jersey servlet " + servlet.getName() + " without resources");
    }
    for (Class<?> root : roots) {
      Path path = root.getAnnotation(Path.class);
      if (path != null) {
        walk(root, prefix + "/" + path.value(), 0);
      }
    }
  }

  private Collection<Class<?>> jaxRsRoots(ServletRegistration servlet) {
    String applicationClass = servlet.getInitParameter("jakarta.ws.rs.Application");
    if (applicationClass != null) {
      try {
        var application =
            (Application) Class.forName(applicationClass).getDeclaredConstructor().newInstance();
        return application.getClasses();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot list the resources of " + applicationClass, e);
      }
    }
    // Spring Boot's Jersey servlet is named after its ResourceConfig bean's class
    return context.getBeansOfType(ResourceConfig.class).values().stream()
        .filter(config -> config.getClass().getName().equals(servlet.getName()))
        .findFirst()
        .map(ResourceConfig::getClasses)
        .orElse(Set.of());
  }

  /** Resource methods become endpoints; sub-resource locators are followed to their type. */
  private void walk(Class<?> resource, String prefix, int depth) {
    if (depth > 10) {
      throw new IllegalStateException("Sub-resources nested too deep at " + prefix);
    }
    for (Method method : resource.getMethods()) {
      Optional<Path> path = annotation(method, Path.class);
      Optional<String> verb = httpMethod(method);
      String template = prefix + path.map(p -> "/" + p.value()).orElse("");
      if (verb.isPresent()) {
        jaxRsEndpoint(verb.get(), template);
      } else if (path.isPresent()) {
        walk(method.getReturnType(), template, depth + 1);
      }
    }
  }

  private void jaxRsEndpoint(String method, String rawTemplate) {
    String template =
        rawTemplate.replaceAll("/+", "/").replaceAll("\\{(\\w[\\w-]*):[^}]*}", "{$1}");
    if (template.length() > 1 && template.endsWith("/")) {
      template = template.substring(0, template.length() - 1);
    }
    if (template.endsWith("/login/{appName}")) {
      for (String app : WEBAPPS) {
        String login = template.replace("{appName}", app);
        add(method, login, fill(login), Call.WEBAPP_LOGIN);
      }
      return;
    }
    add(method, template, fill(template), null);
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(annotations(method))
        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
        .filter(h -> h != null)
        .map(HttpMethod::value)
        .findFirst();
  }

  /** JAX-RS annotations live on the declaring interface or superclass when not on the method. */
  private static <A extends java.lang.annotation.Annotation> Optional<A> annotation(
      Method method, Class<A> type) {
    return Arrays.stream(annotations(method)).filter(type::isInstance).map(type::cast).findFirst();
  }

  private static java.lang.annotation.Annotation[] annotations(Method method) {
    if (hasJaxRs(method)) {
      return method.getAnnotations();
    }
    for (Class<?> type : supertypes(method.getDeclaringClass())) {
      try {
        Method inherited = type.getMethod(method.getName(), method.getParameterTypes());
        if (hasJaxRs(inherited)) {
          return inherited.getAnnotations();
        }
      } catch (NoSuchMethodException notThere) {
        // keep looking
      }
    }
    return method.getAnnotations();
  }

  private static boolean hasJaxRs(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(
            a -> a instanceof Path || a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  private static List<Class<?>> supertypes(Class<?> type) {
    var all = new ArrayList<Class<?>>();
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      all.addAll(Arrays.asList(t.getInterfaces()));
      if (t != type) {
        all.add(t);
      }
    }
    return all;
  }

  // ---- paths ---------------------------------------------------------------------------------

  /** A concrete path for a template: the engine's real name, otherwise ids that exist nowhere. */
  static String fill(String template) {
    return template
        .replaceAll("\\{(name|engine|processEngineName)}", "default")
        .replaceAll("\\{file}", "app/plugin.js")
        .replaceAll("\\{page}", "1")
        .replaceAll("\\{[^}]+}", PROBE_ID)
        .replace("/**", "/probe");
  }

  private void add(String method, String template, String path, Call call) {
    Call how = call != null ? call : callFor(path);
    endpoints.putIfAbsent(method + " " + template, new Endpoint(method, template, path, how));
  }

  /** Cockpit, Tasklist, Admin and the review images know only the webapps' session. */
  private static Call callFor(String path) {
    return path.startsWith("/camunda/") || path.startsWith("/review/")
        ? Call.WEBAPP_SESSION
        : Call.BASIC;
  }
}
