package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A downloaded cell never opens in a spreadsheet as a formula (issue 13, point 10). */
class SpreadsheetExportsTest {

  @Test
  void aCellASpreadsheetWouldTakeForAFormulaIsQuoted() {
    assertEquals(
        "'=HYPERLINK(\"https://example.invalid/\",\"Zara\") Okafor",
        SpreadsheetExports.neutralised("=HYPERLINK(\"https://example.invalid/\",\"Zara\") Okafor"));
    assertEquals("'+44 20 7946 0000", SpreadsheetExports.neutralised("+44 20 7946 0000"));
    assertEquals("'-2+3", SpreadsheetExports.neutralised("-2+3"));
    assertEquals("'@SUM(A1:A2)", SpreadsheetExports.neutralised("@SUM(A1:A2)"));
    assertEquals("'\t=1+2", SpreadsheetExports.neutralised("\t=1+2"));
    assertEquals("'\r=1+2", SpreadsheetExports.neutralised("\r=1+2"));
  }

  @Test
  void anyOtherCellIsLeftAsItIs() {
    assertEquals("Amira Haddad", SpreadsheetExports.neutralised("Amira Haddad"));
    assertEquals(
        "St Aldric's = outstanding", SpreadsheetExports.neutralised("St Aldric's = outstanding"));
    assertEquals(" =1+2", SpreadsheetExports.neutralised(" =1+2"));
    assertEquals("", SpreadsheetExports.neutralised(""));
    assertNull(SpreadsheetExports.neutralised(null));
  }
}
