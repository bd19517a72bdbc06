package uk.gov.borough.reintegration.interfaces.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.context.PrimeFacesContext;
import uk.gov.borough.reintegration.infrastructure.security.AuthenticationMechanism;
import uk.gov.borough.reintegration.infrastructure.security.DemoUsers;
import uk.gov.borough.reintegration.infrastructure.security.SignOnSettings;

/** The sign-in page ({@code login.xhtml}): the demo logins, until single sign-on replaces them. */
@Named
@RequestScoped
public class SignIn {

  /**
   * One of the section's own pages, with at most a plain query: nothing to normalise, so neither
   * {@code ..}, {@code //}, a backslash nor an escaped character can lead out of the section.
   */
  private static final Pattern SECTION_PAGE =
      Pattern.compile("/(?<page>[a-z][a-z-]*\\.xhtml)?(\\?[A-Za-z0-9=&_.-]*)?");

  @Inject SecurityContext securityContext;

  @Inject SignOnSettings settings;

  @Inject FacesContext faces;

  @NotBlank(message = "Give your user name")
  @Size(max = 100, message = "Keep the user name to 100 characters")
  private String name;

  @NotBlank(message = "Give your password")
  @Size(max = 200, message = "Keep the password to 200 characters")
  private String password;

  private String continueTo;

  /** Where the person was going when they were sent here ({@code ?continue=}). */
  @PostConstruct
  void rememberWhereTheyWereGoing() {
    continueTo = faces.getExternalContext().getRequestParameterMap().get("continue");
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(name, new Password(password)))
                .newAuthentication(true));
    // The container answers SUCCESS for "nobody" too when the check fails without a 401 (which
    // the page must not get): signed in means a caller principal now exists.
    if (status == AuthenticationStatus.SUCCESS && securityContext.getCallerPrincipal() != null) {
      // A new session id on sign-in, so an id planted before it is worth nothing (ASVS 3.2.1).
      request.changeSessionId();
      external.redirect(
          request.getContextPath()
              + localPathOrHome(continueTo, request.getServletContext()::getResource));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The user name or password is not right. Check them and try again.",
              null));
    }
  }

  /**
   * Where to go once signed in: the page asked for when it is one of the section's own and not the
   * sign-in page itself (issue 14); anything else goes to My work.
   */
  public static String localPathOrHome(String address, PageLookup pages) {
    if (address == null) {
      return "/";
    }
    Matcher page = SECTION_PAGE.matcher(address);
    if (!page.matches()) {
      return "/";
    }
    String name = page.group("page");
    try {
      return name == null
              || (!("/" + name).equals(AuthenticationMechanism.LOGIN_PAGE)
                  && pages.find("/" + name) != null)
          ? address
          : "/";
    } catch (MalformedURLException e) {
      return "/";
    }
  }

  /** How a page of the section is found: the servlet context's resources. */
  @FunctionalInterface
  public interface PageLookup {
    URL find(String path) throws MalformedURLException;
  }

  /**
   * The page's CSP nonce, which PrimeFaces' script would put in each form: a form that carries it
   * itself is sent without JavaScript too ({@code ScriptlessPosts}).
   */
  public String getPageNonce() {
    return PrimeFacesContext.getCspState(faces).getNonce();
  }

  /** Whether people sign in at the borough's provider, which replaces this page's form. */
  public boolean isSingleSignOn() {
    return settings.singleSignOn().isPresent();
  }

  /** The demo people to choose from, when the demo logins are on. */
  public List<DemoUsers.DemoUser> getDemoUsers() {
    return settings.demoUsers().map(DemoUsers::all).orElse(List.of());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
