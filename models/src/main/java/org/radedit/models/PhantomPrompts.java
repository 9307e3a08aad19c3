package org.radedit.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.radedit.phantom.Finding;

/** Prompts in the phantom reports' own words: a typical sentence per finding, a normal report, a removal. */
public final class PhantomPrompts {

    /** A typical report sentence per finding. */
    public static final Map<Finding, String> FINDINGS;

    static {
        Map<Finding, String> m = new LinkedHashMap<>();
        m.put(Finding.PNEUMOTHORAX, "Large right pneumothorax.");
        m.put(Finding.CHEST_TUBE, "Right chest tube in place.");
        m.put(Finding.PACEMAKER, "Left chest wall pacemaker with lead terminating in the right ventricle.");
        m.put(Finding.EDEMA, "Mild pulmonary edema.");
        m.put(Finding.CONSOLIDATION, "Right lower lobe consolidation.");
        m.put(Finding.COVID, "Patchy peripheral opacities in both lower lungs, typical of COVID-19.");
        m.put(Finding.CARDIOMEGALY, "Moderate cardiomegaly.");
        FINDINGS = Collections.unmodifiableMap(m);
    }

    /** A normal report. */
    public static final String NORMAL = "No acute cardiopulmonary process.";

    /** The removal prompt of the presentation study. */
    public static final String NO_PNEUMOTHORAX = "No pneumothorax.";

    private PhantomPrompts() {
    }
}
