package org.radedit.models.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Words to token ids for the text encoder. Text is lower-cased and split on anything that is not a
 * letter or digit; word 0 stands for every unknown word. The word list is saved with the weights.
 */
public final class Vocabulary {

    public static final String UNKNOWN = "<unk>";
    public static final int MAX_TOKENS = 32;

    private final List<String> words;
    private final Map<String, Integer> ids = new HashMap<>();

    public Vocabulary(List<String> words) {
        if (words.isEmpty() || !UNKNOWN.equals(words.get(0))) {
            throw new IllegalArgumentException("a vocabulary starts with " + UNKNOWN);
        }
        this.words = List.copyOf(words);
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
    }

    /** The sorted words of the given texts, after {@link #UNKNOWN}. */
    public static Vocabulary of(Iterable<String> texts) {
        TreeSet<String> all = new TreeSet<>();
        for (String text : texts) {
            all.addAll(split(text));
        }
        List<String> words = new ArrayList<>();
        words.add(UNKNOWN);
        words.addAll(all);
        return new Vocabulary(words);
    }

    public List<String> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Token ids of a text, cut at {@link #MAX_TOKENS}. */
    public int[] ids(String text) {
        List<String> split = split(text);
        int n = Math.min(MAX_TOKENS, split.size());
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ids.getOrDefault(split.get(i), 0);
        }
        return out;
    }

    /** One-hot tokens (B, L, V) and the real-token mask (B, 1, L), L = {@link #MAX_TOKENS}. */
    public NDList encode(List<String> texts, NDManager manager) {
        int v = size();
        float[] oneHot = new float[texts.size() * MAX_TOKENS * v];
        float[] real = new float[texts.size() * MAX_TOKENS];
        for (int b = 0; b < texts.size(); b++) {
            int[] tokens = ids(texts.get(b));
            for (int i = 0; i < tokens.length; i++) {
                oneHot[(b * MAX_TOKENS + i) * v + tokens[i]] = 1f;
                real[b * MAX_TOKENS + i] = 1f;
            }
        }
        return new NDList(manager.create(oneHot, new Shape(texts.size(), MAX_TOKENS, v)),
                manager.create(real, new Shape(texts.size(), 1, MAX_TOKENS)));
    }
}
