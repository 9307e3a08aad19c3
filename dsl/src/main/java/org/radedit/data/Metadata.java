package org.radedit.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who and where a study comes from, as open fields: any column a source has ("patient", "study",
 * "site", "view", "sex", "age", "date", "split", or a dataset's own column names). The common
 * fields have accessors; {@link #get} reads any. Missing fields read as "".
 */
public record Metadata(Map<String, String> fields) {

    public static final String PATIENT = "patient";
    public static final String STUDY = "study";
    public static final String SITE = "site";
    public static final String VIEW = "view";
    public static final String SEX = "sex";
    public static final String AGE = "age";
    public static final String DATE = "date";
    public static final String SPLIT = "split";

    public Metadata {
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, v == null ? "" : v.trim()));
        fields = Collections.unmodifiableMap(copy);
    }

    /** The phantom world's three fields; a missing view is "PA", as every phantom is drawn. */
    public Metadata(String patientId, String site, String view) {
        this(ordered(PATIENT, patientId, SITE, site, VIEW, view == null ? "PA" : view));
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return m;
    }

    public static Metadata of(Map<String, String> fields) {
        return new Metadata(fields);
    }

    /** The field's value, or "" when the source has none. */
    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public Optional<String> find(String field) {
        String v = fields.get(field);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** A copy with one more (or one changed) field. */
    public Metadata with(String field, String value) {
        Map<String, String> m = new LinkedHashMap<>(fields);
        m.put(field, value);
        return new Metadata(m);
    }

    public String patientId() {
        return get(PATIENT);
    }

    public String site() {
        return get(SITE);
    }

    public String view() {
        return get(VIEW);
    }

    public String sex() {
        return get(SEX);
    }

    /** The age in years, or empty when the source gives none or not a number. */
    public Optional<Integer> age() {
        try {
            return find(AGE).map(a -> (int) Math.floor(Double.parseDouble(a)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "Metadata" + fields;
    }
}
