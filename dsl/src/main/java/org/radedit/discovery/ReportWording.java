package org.radedit.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.radedit.data.Label;
import org.radedit.data.StudyRecord;

/**
 * How the reports of a dataset word each label, learned from the reports themselves: the sentence
 * that most often states a label in reports where it is positive, the sentence that most often
 * states its absence ("No pneumothorax."), and the most common sentence of reports with no positive
 * label (the normal study). Interventions take their prompts from here, so they speak the dataset's
 * own language.
 */
public final class ReportWording {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final Map<Label, Map<String, Integer>> statements = new HashMap<>();
    private final Map<Label, Map<String, Integer>> absences = new HashMap<>();
    private final Map<String, Integer> normal = new HashMap<>();

    private ReportWording() {
    }

    /** Reads the reports of {@code records} (at most their first {@code limit}) and counts sentences. */
    public static ReportWording learn(Iterable<StudyRecord> records, Set<Label> labels, int limit) {
        ReportWording w = new ReportWording();
        int seen = 0;
        for (StudyRecord r : records) {
            if (seen++ >= limit) {
                break;
            }
            List<String> sentences = sentences(r.report());
            Set<Label> positives = r.labels().positives();
            if (positives.isEmpty()) {
                sentences.forEach(s -> w.normal.merge(s, 1, Integer::sum));
            }
            for (Label label : labels) {
                for (String s : sentences) {
                    if (!mentions(s, label)) {
                        continue;
                    }
                    boolean negated = isNegation(s);
                    if (r.labels().isPositive(label) && !negated) {
                        w.statements.computeIfAbsent(label, k -> new HashMap<>()).merge(s, 1, Integer::sum);
                    } else if (!r.labels().isPositive(label) && negated) {
                        w.absences.computeIfAbsent(label, k -> new HashMap<>()).merge(s, 1, Integer::sum);
                    }
                }
            }
        }
        return w;
    }

    /** The most frequent sentence stating the label, e.g. "Large right pneumothorax."; else "{Label}." */
    public String statement(Label label) {
        return mostFrequent(statements.get(label)).orElse(capitalised(label.key()) + ".");
    }

    /** The most frequent sentence stating the label's absence, else the normal sentence. */
    public String absence(Label label) {
        return mostFrequent(absences.get(label)).orElse(normal());
    }

    /** The most frequent sentence of reports without any positive label, else "No acute findings." */
    public String normal() {
        return mostFrequent(normal).orElse("No acute findings.");
    }

    static List<String> sentences(String report) {
        List<String> out = new ArrayList<>();
        if (report == null) {
            return out;
        }
        for (String s : SENTENCE_END.split(report.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Whether the sentence names the label: its key's words, in order, as whole words (case and hyphens aside). */
    static boolean mentions(String sentence, Label label) {
        return (" " + words(sentence) + " ").contains(" " + words(label.key()) + " ");
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static boolean isNegation(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.startsWith("no ") || s.contains(" no ") || s.startsWith("without ") || s.contains("resolved")
                || s.startsWith("there is no ");
    }

    private static Optional<String> mostFrequent(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return Optional.empty();
        }
        // Ties go to the shorter, then alphabetically first sentence: the same choice on every run.
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? (a.getKey().length() != b.getKey().length() ? b.getKey().length() - a.getKey().length()
                        : b.getKey().compareTo(a.getKey()))
                        : a.getValue() - b.getValue())
                .map(Map.Entry::getKey);
    }

    private static String capitalised(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
