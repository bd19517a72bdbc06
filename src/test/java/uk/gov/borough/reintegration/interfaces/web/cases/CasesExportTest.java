package uk.gov.borough.reintegration.interfaces.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A downloaded cell never opens in a spreadsheet as a formula (issue 13, point 10). */
class CasesExportTest {

  @Test
  void aCellASpreadsheetWouldTakeForAFormulaIsQuoted() {
    assertEquals(
        "'=HYPERLINK(\"https://example.invalid/\",\"Zara\") Okafor",
        CasesExport.neutralised("=HYPERLINK(\"https://example.invalid/\",\"Zara\") Okafor"));
    assertEquals("'+44 20 7946 0000", CasesExport.neutralised("+44 20 7946 0000"));
    assertEquals("'-2+3", CasesExport.neutralised("-2+3"));
    assertEquals("'@SUM(A1:A2)", CasesExport.neutralised("@SUM(A1:A2)"));
    assertEquals("'\t=1+2", CasesExport.neutralised("\t=1+2"));
    assertEquals("'\r=1+2", CasesExport.neutralised("\r=1+2"));
  }

  @Test
  void anyOtherCellIsLeftAsItIs() {
    assertEquals("Amira Haddad", CasesExport.neutralised("Amira Haddad"));
    assertEquals("St Aldric's = outstanding", CasesExport.neutralised("St Aldric's = outstanding"));
    assertEquals(" =1+2", CasesExport.neutralised(" =1+2"));
    assertEquals("", CasesExport.neutralised(""));
    assertNull(CasesExport.neutralised(null));
  }
}
