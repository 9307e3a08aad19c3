package org.radedit.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radedit.kernel.exec.CellSource.JavaCode;
import org.radedit.kernel.exec.CellSource.MagicCall;

class CellSourceTest {

    @Test
    void javaAndLineMagicsSplitInOrderWithOffsetsAndLines() {
        String cell = "int a = 1;\n%jars lib/*.jar \"my dir/x.jar\"\na + 1";
        assertEquals(List.of(
                new JavaCode("int a = 1;\n", 0),
                new MagicCall("jars", List.of("lib/*.jar", "my dir/x.jar"), null, 2),
                new JavaCode("a + 1", cell.indexOf("a + 1"))), CellSource.parse(cell).parts());
    }

    @Test
    void cellMagicTakesTheRestOfTheCell() {
        assertEquals(List.of(new MagicCall("time", List.of("-v"), "x();\ny();", 1)),
                CellSource.parse("%%time -v\nx();\ny();").parts());
    }

    @Test
    void percentInsideJavaIsNotAMagic() {
        assertEquals(List.of(new JavaCode("int r = 7 % 3;", 0)), CellSource.parse("int r = 7 % 3;").parts());
    }

    @Test
    void blankCellHasNoParts() {
        assertEquals(List.of(), CellSource.parse("  \n ").parts());
    }

    @Test
    void magicsAreBlankedForAnalysisKeepingOffsets() {
        assertEquals("     \nMath.ab", CellSource.withoutMagics("%vars\nMath.ab"));
    }

    @Test
    void argumentsSplitOnBlanksWithQuotesAndEscapes() {
        assertEquals(List.of("a", "b c", "d\"e"), CellSource.splitArgs(" a  \"b c\" d\\\"e "));
    }
}
