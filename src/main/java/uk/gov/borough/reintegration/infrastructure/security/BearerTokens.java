package uk.gov.borough.reintegration.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * Checks the bearer tokens API callers send: signed by the provider's keys (its JWKS, found through
 * its discovery document), issued by it, for this application (audience = client id) and not
 * expired. Unsigned tokens ({@code alg=none}) are never accepted.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  /** The asymmetric algorithms providers sign with; a shared-secret (HS) token is refused. */
  private static final Set<JWSAlgorithm> SIGNATURES =
      Stream.concat(JWSAlgorithm.Family.RSA.stream(), JWSAlgorithm.Family.EC.stream())
          .collect(Collectors.toUnmodifiableSet());

  @Inject SignOnSettings settings;

  private volatile JWTProcessor<SecurityContext> processor;

  /** The caller a token stands for, or empty when it is not a valid token of the provider. */
  public Optional<Caller> callerOf(String token) {
    SingleSignOn provider = settings.singleSignOn().orElseThrow();
    try {
      JWTClaimsSet claims = processor(provider).process(token, null);
      return Optional.of(provider.callerFrom(claims::getClaim, settings.groupMapping()));
    } catch (ParseException | BadJOSEException | JOSEException refused) {
      // The kind of failure only: the token and its claims' values stay out of the log
      LOG.fine(() -> "Bearer token refused: " + refused.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private JWTProcessor<SecurityContext> processor(SingleSignOn provider) {
    if (processor == null) {
      synchronized (this) {
        if (processor == null) {
          processor = processorFor(provider);
        }
      }
    }
    return processor;
  }

  private static JWTProcessor<SecurityContext> processorFor(SingleSignOn provider) {
    JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUri(provider)).build();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            provider.clientId(),
            new JWTClaimsSet.Builder().issuer(provider.issuer()).build(),
            Set.of("sub", "exp")));
    return processor;
  }

  /** Where the provider publishes its keys, from its discovery document. */
  private static URL jwksUri(SingleSignOn provider) {
    try {
      HttpResponse<String> discovery =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(provider.discoveryUri()))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (discovery.statusCode() != 200) {
        throw new IllegalStateException(
            provider.discoveryUri() + " answered " + discovery.statusCode());
      }
      try (JsonReader reader = Json.createReader(new StringReader(discovery.body()))) {
        return URI.create(reader.readObject().getString("jwks_uri")).toURL();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + provider.discoveryUri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
