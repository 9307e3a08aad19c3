package org.radedit.kernel.magic;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import org.radedit.kernel.exec.CellSource.MagicCall;

/** JShell's own listing commands as magics: {@code %vars}, {@code %imports}, {@code %methods}, {@code %types}. */
public final class ShellListingMagics {

    private final JShell shell;

    public ShellListingMagics(JShell shell) {
        this.shell = shell;
    }

    public void registerInto(Magics magics) {
        magics.line("vars", (call, count) -> print(vars()));
        magics.line("imports", (call, count) -> print(imports()));
        magics.line("methods", (call, count) -> print(methods()));
        magics.line("types", (call, count) -> print(types()));
    }

    /** {@code int x = 3}, one line per live variable. */
    public List<String> vars() {
        return active(shell.variables())
                .map(v -> v.typeName() + " " + v.name() + " = " + shell.varValue(v))
                .toList();
    }

    /** {@code import java.util.*;}, one line per import. */
    public List<String> imports() {
        return active(shell.imports())
                .map(i -> "import " + (i.isStatic() ? "static " : "") + i.fullname() + ";")
                .toList();
    }

    /** {@code int square(int)}, one line per method. */
    public List<String> methods() {
        return active(shell.methods())
                .map(m -> returnType(m) + " " + m.name() + "(" + m.parameterTypes() + ")")
                .toList();
    }

    /** {@code record Point}, one line per class, interface, enum, record or annotation. */
    public List<String> types() {
        return active(shell.types())
                .map(t -> kindWord(t) + " " + t.name())
                .toList();
    }

    private <S extends Snippet> Stream<S> active(Stream<S> snippets) {
        return snippets.filter(s -> shell.status(s).isActive());
    }

    private static String returnType(MethodSnippet m) {
        String signature = m.signature();
        return signature.substring(signature.lastIndexOf(')') + 1);
    }

    private static String kindWord(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case ANNOTATION_TYPE_SUBKIND -> "@interface";
            case RECORD_SUBKIND -> "record";
            default -> t.subKind().name().toLowerCase(Locale.ROOT).replace("_subkind", "");
        };
    }

    private static Object print(List<String> lines) {
        lines.forEach(System.out::println);
        return null;
    }
}
