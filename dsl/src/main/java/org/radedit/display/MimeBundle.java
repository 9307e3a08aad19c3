package org.radedit.display;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a value wants to be shown: MIME type to content, as Jupyter's display_data carries it
 * ({@code text/plain}, {@code text/html}, {@code image/png} as base64, ...). The DSL's values make
 * their own bundles; the kernel only passes them on.
 */
public record MimeBundle(Map<String, String> data) {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String PNG = "image/png";

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(TEXT, text));
    }

    public MimeBundle withHtml(String html) {
        return with(HTML, html);
    }

    /** Adds a PNG image given as file bytes (stored base64, as Jupyter expects). */
    public MimeBundle withPng(byte[] png) {
        return with(PNG, Base64.getEncoder().encodeToString(png));
    }

    public MimeBundle with(String mimeType, String content) {
        Map<String, String> copy = new LinkedHashMap<>(data);
        copy.put(mimeType, content);
        return new MimeBundle(copy);
    }

    /** Only the given MIME types, in the given order (those it has). */
    public MimeBundle only(String... mimeTypes) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (String type : mimeTypes) {
            if (data.containsKey(type)) {
                copy.put(type, data.get(type));
            }
        }
        return new MimeBundle(copy);
    }
}
