package org.radedit.kernel.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import org.radedit.kernel.exec.CellSource;

/**
 * Tab completion: magic names after {@code %}, Java through JShell's source analysis on the snippet
 * under the cursor (suggestions that fit the expected type first).
 */
public final class CodeCompleter {

    /** Replace {@code [start, end)} of the cell with one of {@code matches}. */
    public record Completion(List<String> matches, int start, int end) {
    }

    private static final Pattern MAGIC_PREFIX = Pattern.compile("^\\s*(%{1,2})([\\w-]*)$");

    private final SourceCodeAnalysis analysis;
    private final Supplier<Collection<String>> magicNames;

    public CodeCompleter(SourceCodeAnalysis analysis, Supplier<Collection<String>> magicNames) {
        this.analysis = analysis;
        this.magicNames = magicNames;
    }

    public Completion complete(String code, int cursor) {
        cursor = Math.max(0, Math.min(cursor, code.length()));
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        Matcher magic = MAGIC_PREFIX.matcher(code.substring(lineStart, cursor));
        if (magic.matches()) {
            return completeMagic(magic, cursor);
        }
        String text = CellSource.withoutMagics(code);
        int start = SnippetLocator.snippetStart(analysis, text, cursor);
        String input = text.substring(start, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(input, input.length(), anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new Completion(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    private Completion completeMagic(Matcher magic, int cursor) {
        String percent = magic.group(1);
        String prefix = magic.group(2);
        List<String> matches = magicNames.get().stream()
                .filter(name -> name.startsWith(prefix))
                .sorted()
                .map(name -> percent + name)
                .toList();
        return new Completion(matches, cursor - prefix.length() - percent.length(), cursor);
    }
}
