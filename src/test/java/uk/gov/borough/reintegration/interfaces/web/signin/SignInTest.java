package uk.gov.borough.reintegration.interfaces.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

  private static final Set<String> PAGES = Set.of("/index.xhtml", "/case.xhtml", "/login.xhtml");

  private static URL page(String path) throws MalformedURLException {
    return PAGES.contains(path) ? new URL("file:/webapp" + path) : null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/case.xhtml?id=1001", "/index.xhtml", "/case.xhtml"})
  void aPageOfTheSectionIsWhereThePersonGoes(String address) {
    assertEquals(address, SignIn.localPathOrHome(address, SignInTest::page));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/reintegration/../../x",
        "/../x",
        "//evil.example/",
        "/\\evil.example",
        "https://evil.example/",
        "/%2e%2e/x",
        "/case.xhtml/../../x",
        "/WEB-INF/errors/error.xhtml",
        "/login.xhtml",
        "/no-such-page.xhtml",
        "/case.xhtml?id=1#x",
        "/case.xhtml?next=//evil.example",
        ""
      })
  void anythingElseGoesToMyWork(String address) {
    assertEquals("/", SignIn.localPathOrHome(address, SignInTest::page));
  }
}
