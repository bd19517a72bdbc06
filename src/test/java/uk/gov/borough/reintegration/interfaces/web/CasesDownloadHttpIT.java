package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * The cases list's rows downloaded as CSV and Excel, as the page's buttons send its form: what the
 * page shows, with a pupil's name that begins like a formula (demo data V6) neutralised, so it
 * never opens as a live formula (issue 13, point 10).
 */
@ExtendWith(DeployedApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesDownloadHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String OLIVE = "demo-ap-olive";
  private static final String OFFICER = "demo-inclusion-1";
  private static final String CSV = "Download every case it finds (CSV)";
  private static final String EXCEL = "Download every case it finds (Excel)";
  private static final String ZARA_UPN = "V999204126901";
  private static final String ZARA = "=HYPERLINK(\"https://example.invalid/\",\"Zara\") Okafor";

  private PayaraMicroServer server;

  /** A case for the pupil named like a formula, opened by Olive Academy. */
  @BeforeAll
  void aCaseForZara(PayaraMicroServer server) {
    this.server = server;
    long olive =
        array(
                Http.apiClientAs(OLIVE, PASSWORD)
                    .getAs(server.uri("/reintegration/api/establishments"), "application/json"))
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("urn").equals("990201"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> opened =
        Http.apiClientAs(OLIVE, PASSWORD)
            .postJson(
                server.uri("/reintegration/api/cases"),
                "{\"pupilUpn\":\""
                    + ZARA_UPN
                    + "\",\"route\":\"PERMANENT_EXCLUSION\",\"referringSchoolId\":"
                    + olive
                    + ",\"currentProvisionId\":"
                    + olive
                    + "}");
    assertEquals(201, opened.statusCode(), opened.body());
  }

  @Test
  void theCsvCarriesThePagesWordsAndNoFormula() {
    HttpResponse<byte[]> download = download(OLIVE, ZARA_UPN, "list:exportCsv", CSV);

    assertEquals(200, download.statusCode());
    assertTrue(
        download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        download.headers().toString());
    String csv = new String(download.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, for Excel to read UTF-8");
    assertEquals(2, csv.strip().lines().count(), "the heading and Zara's case only: " + csv);
    String quoted = "\"" + ZARA.replace("\"", "\"\"") + "\"";
    assertTrue(csv.contains("\"'" + quoted.substring(1)), csv);
    assertTrue(csv.contains("\"Permanent exclusion\""), csv);
    assertTrue(csv.contains("\"Referral being prepared\""), csv);
    assertFalse(csv.contains("\"="), csv);
  }

  @Test
  void theWorkbookCarriesThePagesWordsAndNoFormula() throws IOException {
    HttpResponse<byte[]> download = download(OLIVE, ZARA_UPN, "list:exportExcel", EXCEL);

    assertEquals(200, download.statusCode());
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      assertEquals(2, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "the heading and Zara's");
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.toString());
          cells.add(cell.toString());
        }
      }
    }
    assertTrue(cells.contains("'" + ZARA), cells.toString());
    assertTrue(cells.contains("Permanent exclusion"), cells.toString());
    assertFalse(cells.stream().anyMatch(cell -> cell.startsWith("=")), cells.toString());
  }

  /**
   * Every case an inclusion officer sees, downloaded: each row the filter finds, not the page of 20
   * shown, in words, with the next deadline's kind and who answers for it; and the download is in
   * the audit trail with its filter and its count.
   */
  @Test
  void everyRowTheFilterFindsIsDownloadedInWordsAndAudited() throws IOException {
    Http api = Http.apiClientAs(OFFICER, PASSWORD);
    long total =
        Json.createReader(
                new StringReader(
                    api.getAs(server.uri("/reintegration/api/cases?max=1"), "application/json")
                        .body()))
            .readObject()
            .getJsonNumber("total")
            .longValue();
    assertTrue(total > 20, "more cases than a page holds: " + total);

    String csv =
        new String(download(OFFICER, "", "list:exportCsv", CSV).body(), StandardCharsets.UTF_8);
    List<String> lines = csv.strip().lines().toList();
    assertEquals(total + 1, lines.size(), "the heading and every case: " + csv);
    assertTrue(lines.get(0).contains("\"Next deadline\",\"Due\",\"Responsible\""), lines.get(0));
    assertFalse(
        Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b").matcher(csv).find(), "no enum name: " + csv);
    assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(csv).find(), "no ISO date: " + csv);

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(download(OFFICER, "", "list:exportExcel", EXCEL).body()))) {
      assertEquals(total + 1, workbook.getSheetAt(0).getPhysicalNumberOfRows());
    }

    TestDatabase database = TestDatabase.ofThisPass();
    if (database.isPostgresql()) {
      try (Connection application =
              DriverManager.getConnection(database.url(), database.user(), database.password());
          PreparedStatement exports =
              application.prepareStatement(
                  "SELECT detail FROM ri_audit_event WHERE kind = 'EXPORTED'"
                      + " AND actor_subject = ? ORDER BY id")) {
        exports.setString(1, OFFICER);
        List<String> details = new ArrayList<>();
        try (ResultSet found = exports.executeQuery()) {
          while (found.next()) {
            details.add(found.getString(1));
          }
        }
        assertTrue(
            details.stream()
                .anyMatch(d -> d.contains("\"format\":\"csv\"") && d.contains("\"rows\":" + total)),
            details.toString());
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** The list as the person sees it, narrowed to the pupil typed, downloaded with the button. */
  private HttpResponse<byte[]> download(String who, String pupil, String button, String label) {
    Http person = Http.browserSignedInAs(server, who, PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    Http.hiddenFields(person.getAs(server.uri("/reintegration/cases.xhtml"), "text/html").body())
        .forEach(
            (name, value) -> {
              if (name.equals("list")
                  || name.startsWith("list:")
                  || name.startsWith("jakarta.faces.")
                  || name.equals("primefaces.nonce")) {
                form.put(name, value);
              }
            });
    form.put("list:pupil", pupil);
    form.put(button, label);
    return person.postForBytes(server.uri("/reintegration/cases.xhtml"), form);
  }

  private static List<JsonValue> array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
      return json.readArray();
    }
  }
}
