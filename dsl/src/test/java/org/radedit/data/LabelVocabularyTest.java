package org.radedit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelVocabularyTest {

    @Test
    void labelsCompareByNameIgnoringCaseUnderscoresAndSpacing() {
        assertEquals(Label.of("Pleural_Thickening"), Label.of("pleural  thickening"));
        assertEquals(Label.of("Support Devices").hashCode(), Label.of("support_devices").hashCode());
        assertNotEquals(Label.of("Pleural Other"), Label.of("Pleural Thickening"));
        assertEquals("Pleural_Thickening", Label.of(" Pleural_Thickening ").name(), "the spelling given is kept");
        assertThrows(IllegalArgumentException.class, () -> Label.of("  "));
    }

    @Test
    void labelCellsReadAsTheFourValuesAndAnythingElseIsAnError() {
        assertEquals(LabelValue.POSITIVE, LabelValue.parse("1.0"));
        assertEquals(LabelValue.POSITIVE, LabelValue.parse("1"));
        assertEquals(LabelValue.NEGATIVE, LabelValue.parse("0.0"));
        assertEquals(LabelValue.UNCERTAIN, LabelValue.parse("-1.0"));
        assertEquals(LabelValue.NOT_MENTIONED, LabelValue.parse(""));
        assertEquals(LabelValue.NOT_MENTIONED, LabelValue.parse(null));
        var e = assertThrows(IllegalArgumentException.class, () -> LabelValue.parse("yes"));
        assertEquals("label value \"yes\" is not one of 1.0 (positive), 0.0 (negative), -1.0 (uncertain) or blank"
                + " (not mentioned)", e.getMessage());
    }

    @Test
    void uncertaintyPoliciesDecideTheTruthOfUncertainLabelsOnly() {
        for (UncertaintyPolicy p : UncertaintyPolicy.values()) {
            assertEquals(Optional.of(true), p.truth(LabelValue.POSITIVE), p.name());
            assertEquals(Optional.of(false), p.truth(LabelValue.NEGATIVE), p.name());
            assertEquals(Optional.of(false), p.truth(LabelValue.NOT_MENTIONED), p.name());
        }
        assertEquals(Optional.of(true), UncertaintyPolicy.U_ONES.truth(LabelValue.UNCERTAIN));
        assertEquals(Optional.of(false), UncertaintyPolicy.U_ZEROS.truth(LabelValue.UNCERTAIN));
        assertEquals(Optional.empty(), UncertaintyPolicy.U_IGNORE.truth(LabelValue.UNCERTAIN));
        assertEquals("U-Ignore", UncertaintyPolicy.U_IGNORE.toString());
    }

    @Test
    void labelsOfAStudyAnswerForAnyLabeledAndDefaultToNotMentioned() {
        Labels labels = new Labels(Map.of(Label.of("Pneumothorax"), LabelValue.POSITIVE,
                Label.of("Edema"), LabelValue.UNCERTAIN, Label.of("Cardiomegaly"), LabelValue.NEGATIVE));
        assertEquals(LabelValue.POSITIVE, labels.value(TestFinding.PNEUMOTHORAX));
        assertEquals(LabelValue.NOT_MENTIONED, labels.value(TestFinding.CHEST_TUBE));
        assertEquals(Set.of(Label.of("Pneumothorax")), labels.positives());
        assertEquals(Set.of(Label.of("edema")), labels.withValue(LabelValue.UNCERTAIN));
        Labels changed = labels.with(Label.of("EDEMA"), LabelValue.POSITIVE);
        assertEquals(LabelValue.POSITIVE, changed.value(Label.of("Edema")));
        assertEquals(3, changed.values().size(), "the label is replaced, not added twice");
    }
}
