package uk.gov.borough.reintegration.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Map;

/**
 * Puts {@link SecurityHeaders} on every response that passes the servlet filters: pages, API, error
 * pages, static resources. {@link Registration} places it before every other filter (so the 503
 * answers of {@code ServiceAvailabilityFilter} carry the headers too) and on error dispatches,
 * whose pages the container renders after resetting the response.
 */
public class SecurityHeadersFilter extends HttpFilter {

  @Inject SecurityHeaders headers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        request.getDispatcherType() == DispatcherType.ERROR
            ? new ErrorPageRequest(request)
            : request,
        new SecuredResponse(request, response));
  }

  /**
   * The request as an error page sees it: without the parameters and the {@code Faces-Request}
   * header of the request that failed, so that the error page renders as a page of its own.
   * Otherwise what broke the request breaks its error page too: after a post, Faces and PrimeFaces
   * take the error page for a post back to it, and PrimeFaces' CSP mode, finding no nonce to reuse,
   * refuses to render it (primefaces/primefaces#12901: Payara, unlike Tomcat, does not dispatch to
   * error pages as forwards); a bad {@code jakarta.faces.RenderKitId} fails it again.
   */
  private static final class ErrorPageRequest extends HttpServletRequestWrapper {

    private static final String FACES_REQUEST = "Faces-Request";

    ErrorPageRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return FACES_REQUEST.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream()
              .filter(name -> !FACES_REQUEST.equalsIgnoreCase(name))
              .toList());
    }
  }

  private final class SecuredResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    SecuredResponse(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
      headers.applyTo(request, this);
    }

    /**
     * PrimeFaces adds its policy, the same one with the page's nonce, to a Faces page: it replaces
     * ours, for a browser enforces every policy it is sent and ours has no nonce.
     */
    @Override
    public void addHeader(String name, String value) {
      if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    /** A reset (a 503 answer in the middle of a request, say) clears headers: put ours back. */
    @Override
    public void reset() {
      super.reset();
      headers.applyTo(request, this);
    }
  }

  /**
   * Registers the filter ahead of the filters the application declares ({@code isMatchAfter}
   * false), for requests, forwards, error pages and asynchronous dispatches alike.
   */
  @WebListener
  public static class Registration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
      FilterRegistration.Dynamic filter =
          event
              .getServletContext()
              .addFilter(SecurityHeadersFilter.class.getName(), SecurityHeadersFilter.class);
      filter.setAsyncSupported(true);
      filter.addMappingForUrlPatterns(
          EnumSet.of(
              DispatcherType.REQUEST,
              DispatcherType.FORWARD,
              DispatcherType.ERROR,
              DispatcherType.ASYNC),
          false,
          "/*");
    }
  }
}
