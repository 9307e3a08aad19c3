package org.radedit.models;

import java.util.List;
import java.util.Map;

/** Reads values back from a weight file's configuration map (JSON numbers come back as doubles). */
final class WeightsConfig {

    private final Map<String, Object> map;
    private final String kind;

    WeightsConfig(String kind, Map<String, Object> map) {
        this.kind = kind;
        this.map = map;
    }

    private Object get(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the " + kind + " weight file's configuration lacks '" + key + "'");
        }
        return v;
    }

    int integer(String key) {
        return ((Number) get(key)).intValue();
    }

    float number(String key) {
        return ((Number) get(key)).floatValue();
    }

    int[] integers(String key) {
        List<?> list = (List<?>) get(key);
        return list.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String key) {
        return (List<String>) get(key);
    }

    String string(String key) {
        return (String) get(key);
    }
}
