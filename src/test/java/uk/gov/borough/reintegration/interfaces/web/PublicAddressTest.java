package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  private static final HttpServletRequest REQUEST =
      (HttpServletRequest)
          Proxy.newProxyInstance(
              HttpServletRequest.class.getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "getContextPath" -> "/reintegration";
                    case "getRequestURI" -> "/reintegration/cases.xhtml";
                    // Whatever the request claims, the address never comes from it
                    case "getHeader", "getServerName" -> "evil.example";
                    default -> throw new UnsupportedOperationException(method.getName());
                  });

  private static PublicAddress configured(String url) {
    PublicAddress address = new PublicAddress();
    address.publicUrl = Optional.ofNullable(url);
    return address;
  }

  @Test
  void withoutAPublicAddressARedirectStaysRelative() {
    assertEquals(
        "/reintegration/case.xhtml?id=7",
        configured(null).of(REQUEST, "/reintegration/case.xhtml?id=7"));
    assertEquals("/reintegration/case.xhtml", configured(null).of(REQUEST, "case.xhtml"));
  }

  @Test
  void withOneEveryRedirectIntoTheSectionUsesIt() {
    PublicAddress address = configured("https://portal.borough.gov.uk/reintegration/");
    assertEquals(
        "https://portal.borough.gov.uk/reintegration/login.xhtml?continue=%2Fcases.xhtml",
        address.of(REQUEST, "/reintegration/login.xhtml?continue=%2Fcases.xhtml"));
    assertEquals(
        "https://portal.borough.gov.uk/reintegration/", address.of(REQUEST, "/reintegration/"));
  }

  @Test
  void anAddressElsewhereIsLeftAsGiven() {
    assertEquals(
        "https://sign-on.example/authorize?x=1",
        configured("https://portal.borough.gov.uk/reintegration")
            .of(REQUEST, "https://sign-on.example/authorize?x=1"));
  }
}
