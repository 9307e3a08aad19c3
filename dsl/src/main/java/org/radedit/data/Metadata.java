package org.radedit.data;

/** Who and where a study comes from: patient id, acquiring site (hospital) and view (e.g. "PA"). */
public record Metadata(String patientId, String site, String view) {
    public Metadata {
        patientId = patientId == null ? "" : patientId;
        site = site == null ? "" : site;
        view = view == null ? "PA" : view;
    }
}
