package org.radedit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportSectionsTest {

    private static final String REPORT = "                                 FINAL REPORT\n EXAMINATION:  CHEST (PA AND LAT)\n \n"
            + " INDICATION:  ___F with cough\n \n FINDINGS:  Heart size is normal. \n No pneumothorax.\n \n"
            + " IMPRESSION:  \n No acute cardiopulmonary process.\n";

    @Test
    void theImpressionIsPreferred() {
        assertEquals("No acute cardiopulmonary process.", ReportSections.impression(REPORT));
        assertEquals("Heart size is normal. No pneumothorax.", ReportSections.sections(REPORT).get("FINDINGS"));
        assertEquals("CHEST (PA AND LAT)", ReportSections.sections(REPORT).get("EXAMINATION"));
    }

    @Test
    void withoutAnImpressionTheFindingsAndThenTheLastParagraphAreUsed() {
        String noImpression = REPORT.substring(0, REPORT.indexOf(" IMPRESSION"));
        assertEquals("Heart size is normal. No pneumothorax.", ReportSections.impression(noImpression));
        assertEquals("Small left effusion.", ReportSections.impression("FINAL REPORT\n\n Portable film.\n\n Small left effusion.\n"));
        assertEquals("", ReportSections.impression("  \n"));
    }
}
