package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.client.ApiClient;
import uk.gov.borough.reintegration.client.ApiException;
import uk.gov.borough.reintegration.client.api.CasesApi;
import uk.gov.borough.reintegration.client.api.EstablishmentsApi;
import uk.gov.borough.reintegration.client.api.ReintegrationPlanApi;
import uk.gov.borough.reintegration.client.api.StepsApi;
import uk.gov.borough.reintegration.client.model.CaseDetail;
import uk.gov.borough.reintegration.client.model.DateRequest;
import uk.gov.borough.reintegration.client.model.EstablishmentView;
import uk.gov.borough.reintegration.client.model.MeetingRequest;
import uk.gov.borough.reintegration.client.model.MeetingView;
import uk.gov.borough.reintegration.client.model.MoveRequest;
import uk.gov.borough.reintegration.client.model.NewReferralRequest;
import uk.gov.borough.reintegration.client.model.StepResult;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Issue 17: a Java client generated at build time from the API's OpenAPI document (the
 * openapi-generator-maven-plugin, from the snapshot the served document is held to) works as an
 * integrator would use it: it opens a referral, reads the case, is refused a stale version, and
 * arranges a meeting at a time given with an offset, answered in UTC.
 */
@ExtendWith(DeployedApplication.class)
class GeneratedClientHttpIT {

  /** A demo pupil no other test uses. */
  private static final String PUPIL_UPN = "Q999204122495";

  @Test
  void aGeneratedClientOpensAReferralReadsItAndIsRefusedAStaleVersion(PayaraMicroServer server)
      throws ApiException {
    ApiClient olive = clientAs(server, "demo-ap-olive");
    long oliveAcademy = establishment(olive, "990201");

    StepResult opened =
        new CasesApi(olive)
            .casesOpenReferral(
                new NewReferralRequest()
                    .pupilUpn(PUPIL_UPN)
                    .route(NewReferralRequest.RouteEnum.PERMANENT_EXCLUSION)
                    .referringSchoolId(oliveAcademy)
                    .currentProvisionId(oliveAcademy)
                    .proposedReceivingSchoolId(establishment(olive, "990101")));
    CaseDetail read = new CasesApi(olive).casesOpen(opened.getId());
    assertEquals(PUPIL_UPN, read.getPupil().getUpn());
    assertEquals(CaseDetail.StatusEnum.DRAFT, read.getStatus());

    StepsApi steps = new StepsApi(olive);
    steps.caseStepsRecordApStart(
        read.getId(), new DateRequest().version(read.getVersion()).on(LocalDate.of(2026, 11, 2)));
    ApiException stale =
        assertThrows(
            ApiException.class,
            () ->
                steps.caseStepsRecordApStart(
                    read.getId(),
                    new DateRequest().version(read.getVersion()).on(LocalDate.of(2026, 11, 3))));
    assertEquals(409, stale.getCode(), stale.getResponseBody());

    // Date-times as RFC 3339 (issue 17): sent with an offset, answered in UTC, the same instant
    OffsetDateTime start = OffsetDateTime.parse("2027-06-14T10:00:00+01:00");
    MeetingView review =
        new ReintegrationPlanApi(olive)
            .casePlanScheduleMeeting(
                read.getId(),
                new MeetingRequest()
                    .version(new CasesApi(olive).casesOpen(read.getId()).getVersion())
                    .kind(MeetingRequest.KindEnum.REVIEW)
                    .start(start)
                    .end(start.plusHours(1))
                    .location("Olive Academy"));
    assertEquals(start.toInstant(), review.getStart().toInstant());
    assertEquals(ZoneOffset.UTC, review.getStart().getOffset());
    OffsetDateTime later = OffsetDateTime.parse("2027-06-15T14:30:00Z");
    MeetingView moved =
        new ReintegrationPlanApi(olive)
            .casePlanMoveMeeting(
                read.getId(),
                review.getId(),
                new MoveRequest()
                    .version(new CasesApi(olive).casesOpen(read.getId()).getVersion())
                    .start(later)
                    .end(later.plusHours(1))
                    .location("Olive Academy"));
    assertEquals(later.toInstant(), moved.getStart().toInstant());
  }

  private static long establishment(ApiClient client, String urn) throws ApiException {
    return new EstablishmentsApi(client)
        .establishmentsList(null).stream()
            .filter(school -> school.getUrn().equals(urn))
            .map(EstablishmentView::getId)
            .findFirst()
            .orElseThrow();
  }

  private static ApiClient clientAs(PayaraMicroServer server, String person) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.uri("/reintegration").toString());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (person + ":" + DeployedApplication.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    return client;
  }
}
