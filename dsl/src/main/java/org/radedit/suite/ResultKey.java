package org.radedit.suite;

/** Which edit: a record under a setting. A resumed run skips the keys its sink already holds. */
public record ResultKey(String recordId, Setting setting) {
}
