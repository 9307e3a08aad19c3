"""Protocol tests of the RadEdit kernel: each asserts the exact messages a cell produces."""
import base64
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
import unittest
import zipfile

from kernel_session import KernelSession


# A DSL-like value that knows its MIME bundle (as org.radedit values will).
BADGE = ("record Badge(String name) implements org.radedit.display.Displayable {\n"
         "  public org.radedit.display.MimeBundle toMimeBundle() {\n"
         "    return org.radedit.display.MimeBundle.text(\"badge \" + name).withHtml(\"<b>\" + name + \"</b>\");\n"
         "  }\n"
         "}")


def png_size(b64):
    data = base64.b64decode(b64)
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


class ProtocolTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()
        out = cls.k.run(BADGE)
        assert out.status == "ok", out.error

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    # ---- execute -----------------------------------------------------------------------------

    def test_execute_shows_the_last_expression(self):
        out = self.k.run("int twice = 3;\ntwice * 2")
        self.assertEqual(out.status, "ok")
        self.assertEqual(out.messages, [("execute_result", {
            "execution_count": out.reply["execution_count"], "data": {"text/plain": "6"}, "metadata": {}})])

    def test_declarations_and_statements_show_nothing(self):
        out = self.k.run("int quiet = 1;\nvoid nothing() {}\nnothing();")
        self.assertEqual((out.status, out.messages), ("ok", []))

    def test_stdout_and_stderr_are_streams(self):
        out = self.k.run('System.out.println("hello, world");\nSystem.err.print("careful");')
        self.assertEqual(out.stream("stdout"), "hello, world\n")
        self.assertEqual(out.stream("stderr"), "careful")

    def test_project_classes_import_from_the_first_cell(self):
        out = self.k.run("import org.radedit.image.*;\nMask.empty(4, 3)")
        self.assertEqual(out.result["text/plain"], "Mask 4x3, 0 pixels covered")
        self.assertEqual(sorted(out.result), ["image/png", "text/plain"], "masks show as pictures")

    def test_bare_variable_shows_its_object(self):
        self.k.run('var word = "radedit";')
        self.assertEqual(self.k.run("word").result, {"text/plain": "radedit"})

    # ---- display -----------------------------------------------------------------------------

    def test_displayable_values_render_their_own_bundle(self):
        out = self.k.run("new Badge(\"lung\")")
        self.assertEqual(out.result, {"text/html": "<b>lung</b>", "text/plain": "badge lung"})

    def test_display_sends_display_data_with_an_id(self):
        out = self.k.run('String shown = display(new Badge("heart"));')
        self.assertEqual(len(out.of("display_data")), 1)
        data = out.of("display_data")[0]
        self.assertEqual(data["data"], {"text/html": "<b>heart</b>", "text/plain": "badge heart"})
        self.assertRegex(data["transient"]["display_id"], r"^[0-9a-f-]{36}$")

    def test_display_with_mime_types_keeps_only_those(self):
        out = self.k.run('display(new Badge("rib"), "text/plain");')
        self.assertEqual(out.of("display_data")[0]["data"], {"text/plain": "badge rib"})

    def test_render_returns_display_data_without_showing_it(self):
        out = self.k.run('render(new Badge("spine")).getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML)')
        self.assertEqual(out.messages[0][0], "execute_result")
        self.assertEqual(out.result, {"text/plain": "<b>spine</b>"})

    def test_update_display_replaces_the_output_in_place(self):
        out = self.k.run('String id = display("one");\nupdateDisplay(id, "two");')
        shown = out.of("display_data")
        updated = out.of("update_display_data")
        self.assertEqual([d["data"] for d in shown], [{"text/plain": "one"}])
        self.assertEqual([u["data"] for u in updated], [{"text/plain": "two"}])
        self.assertEqual(updated[0]["transient"]["display_id"], shown[0]["transient"]["display_id"])

    def test_buffered_image_is_a_png(self):
        out = self.k.run("new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY)")
        self.assertEqual(out.result["text/plain"], "image 20x10 (8-bit gray)")
        self.assertEqual(png_size(out.result["image/png"]), (20, 10))

    def test_image_grid_is_one_html_output_of_inline_pngs(self):
        out = self.k.run(
            "var tiles = new ArrayList<java.awt.image.BufferedImage>();\n"
            "for (int i = 0; i < 4; i++) tiles.add(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));\n"
            "display(grid(tiles));")
        data = out.of("display_data")[0]["data"]
        self.assertEqual(data["text/plain"], "ImageGrid: 4 images, 2 per row")
        images = re.findall(r'src="data:image/png;base64,([^"]+)"', data["text/html"])
        self.assertEqual([png_size(b) for b in images], [(8, 8)] * 4)

    def test_tablesaw_table_is_an_html_table(self):
        out = self.k.run(
            "import tech.tablesaw.api.*;\n"
            "Table.create(\"scores\", StringColumn.create(\"finding\", \"edema\", \"<none>\"), "
            "DoubleColumn.create(\"score\", 0.5, 0.25))")
        self.assertEqual(out.result["text/html"],
                         '<table class="radedit-table"><caption>scores</caption><thead><tr><th>finding</th>'
                         "<th>score</th></tr></thead><tbody><tr><td>edema</td><td>0.5</td></tr>"
                         "<tr><td>&lt;none&gt;</td><td>0.25</td></tr></tbody></table>")

    def test_figures_fetch_the_bundled_plotly_from_the_kernelspec(self):
        # The kernelspec of `radedit kernel install` holds plotly.min.js and names itself in
        # RADEDIT_KERNELSPEC: figures carry a small loader instead of 3.6 MB of library.
        name = os.environ.get("RADEDIT_KERNEL_NAME", "radedit")
        code = ("import tech.tablesaw.api.*;\n"
                "tech.tablesaw.plotly.api.ScatterPlot.create(\"s\", "
                "Table.create(\"t\", DoubleColumn.create(\"x\", 1, 2), DoubleColumn.create(\"y\", 3, 4)), \"x\", \"y\")")
        first = self.k.run(code).result["text/html"]
        second = self.k.run(code).result["text/html"]
        for html in (first, second):
            self.assertIn("'kernelspecs/%s/plotly.min.js'" % name, html)
            self.assertNotIn("plotly.js v2.35.3", html)
            self.assertLess(len(html), 20000, "a figure without the library stays small")
            self.assertFalse(re.search(r"<script[^>]+src=", html), "never a script loaded from a URL (a CDN)")
            self.assertIn("Plotly.newPlot", html)
        from jupyter_client.kernelspec import KernelSpecManager
        folder = KernelSpecManager().get_kernel_spec(name).resource_dir
        with open(os.path.join(folder, "plotly.min.js"), encoding="utf-8") as f:
            self.assertIn("plotly.js v2.35.3", f.read(2000))

    def test_progress_display_updates_one_output_in_place(self):
        out = self.k.run(
            "var bar = progress(\"edit\");\n"
            "for (int i = 1; i <= 50; i++) { bar.onStep(new org.radedit.engine.EditProgress("
            "org.radedit.engine.EditPhase.GENERATE, i, 50, 1000 - 20 * i)); Thread.sleep(5); }")
        shown = out.of("display_data")
        updates = out.of("update_display_data")
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0]["data"]["text/plain"], "edit GENERATE [#-----------------------------] 1/50")
        self.assertGreaterEqual(len(updates), 1)
        self.assertLess(len(updates), 50)  # throttled: at most one update per 100 ms, and the last step
        self.assertTrue(all(u["transient"]["display_id"] == shown[0]["transient"]["display_id"] for u in updates))
        self.assertRegex(updates[-1]["data"]["text/plain"],
                         r"^edit GENERATE \[#{30}\] 50/50 \d+\.\d it/s$")
        self.assertIn('<progress value="50" max="50"', updates[-1]["data"]["text/html"])

    def test_clear_output(self):
        out = self.k.run('System.out.println("old");\nclearOutput(true);\nSystem.out.println("new");')
        self.assertEqual(out.messages, [("stream", {"name": "stdout", "text": "old\n"}),
                                        ("clear_output", {"wait": True}),
                                        ("stream", {"name": "stdout", "text": "new\n"})])

    # ---- completion, inspection, is_complete ------------------------------------------------------

    def test_completion_of_a_method(self):
        reply = self.k.request(lambda: self.k.kc.complete("Math.ab"))
        self.assertEqual((reply["matches"], reply["cursor_start"], reply["cursor_end"]),
                         (["abs(", "absExact("], 5, 7))

    def test_completion_in_the_second_snippet_of_a_cell(self):
        self.k.run("int abcde = 1;")
        code = "int other = 2;\nabc"
        reply = self.k.request(lambda: self.k.kc.complete(code))
        self.assertEqual((reply["matches"], reply["cursor_start"], reply["cursor_end"]), (["abcde"], 15, 18))

    def test_completion_of_magic_names(self):
        reply = self.k.request(lambda: self.k.kc.complete("%ma"))
        self.assertEqual((reply["matches"], reply["cursor_start"], reply["cursor_end"]), (["%maven"], 0, 3))

    def test_inspection_shows_signatures(self):
        reply = self.k.request(lambda: self.k.kc.inspect("Math.abs", cursor_pos=6))
        self.assertTrue(reply["found"])
        self.assertEqual(reply["data"]["text/plain"],
                         "int Math.abs(int a)\n\nlong Math.abs(long a)\n\nfloat Math.abs(float a)\n\ndouble Math.abs(double a)")

    def test_doc_magic_opens_the_pager(self):
        out = self.k.run("%doc Math.max")
        self.assertEqual(out.reply["payload"], [{"source": "page", "start": 0, "data": {"text/plain":
            "int Math.max(int a, int b)\n\nlong Math.max(long a, long b)\n\n"
            "float Math.max(float a, float b)\n\ndouble Math.max(double a, double b)"}}])

    def test_inspection_of_nothing(self):
        reply = self.k.request(lambda: self.k.kc.inspect("   ", cursor_pos=1))
        self.assertEqual((reply["status"], reply["found"], reply["data"]), ("ok", False, {}))

    def test_is_complete(self):
        cases = {"1 + 1": "complete", "int x = 1;\nx": "complete", "%vars": "complete",
                 "for (int i = 0; i < 3; i++) {": "incomplete", "int y = 1 +": "incomplete",
                 "}": "invalid", "int x = ;": "invalid"}
        for code, status in cases.items():
            with self.subTest(code=code):
                self.assertEqual(self.k.request(lambda: self.k.kc.is_complete(code))["status"], status)
        self.assertEqual(self.k.request(lambda: self.k.kc.is_complete("void g() {\n  if (true) {"))["indent"], "        ")

    # ---- errors --------------------------------------------------------------------------------

    def test_exception_names_the_user_class_and_cell_lines_then_the_next_cell_works(self):
        out = self.k.run("void fail() {\n"
                         "  throw new IllegalStateException(\"boom\", new java.io.IOException(\"disk\"));\n"
                         "}\n"
                         "fail();")
        n = out.reply["execution_count"]
        self.assertEqual(out.status, "error")
        self.assertEqual((out.reply["ename"], out.reply["evalue"]), ("java.lang.IllegalStateException", "boom"))
        self.assertEqual(out.messages, [("error", {
            "ename": "java.lang.IllegalStateException", "evalue": "boom", "traceback": [
                "java.lang.IllegalStateException: boom",
                f"    at fail(Cell In[{n}], line 2)",
                f"    at Cell In[{n}], line 4",
                "Caused by: java.io.IOException: disk",
                f"    at fail(Cell In[{n}], line 2)",
                f"    at Cell In[{n}], line 4"]})])
        self.assertEqual(self.k.run("1 + 1").result, {"text/plain": "2"})

    def test_exception_from_an_earlier_cell_points_at_that_cell(self):
        first = self.k.run("int half(int v) {\n  return 10 / v;\n}")
        out = self.k.run("half(0)")
        self.assertEqual(out.error["traceback"], [
            "java.lang.ArithmeticException: / by zero",
            f"    at half(Cell In[{first.reply['execution_count']}], line 2)",
            f"    at Cell In[{out.reply['execution_count']}], line 1"])

    def test_compile_error_points_at_the_line(self):
        out = self.k.run("int ok = 1;\nint bad = ;")
        n = out.reply["execution_count"]
        self.assertEqual(out.error, {"ename": "CompilationError", "evalue": "illegal start of expression",
                                     "traceback": [f"Cell In[{n}], line 2", "    int bad = ;", "              ^",
                                                   "illegal start of expression"]})

    def test_unknown_magic(self):
        out = self.k.run("%nope")
        self.assertEqual(out.error["ename"], "org.radedit.kernel.magic.UnknownMagicException")
        self.assertEqual(out.error["evalue"],
                         "no magic %nope; known: %classpath %doc %imports %jars %load %maven %methods %types %vars")

    # ---- interrupt -----------------------------------------------------------------------------

    def test_interrupt_stops_a_sleeping_cell_and_the_kernel_lives_on(self):
        out = self.k.run("Thread.sleep(60_000);", interrupt_after=1.0)
        self.assertEqual((out.reply["ename"], out.reply["evalue"]), ("java.lang.InterruptedException", "sleep interrupted"))
        self.assertEqual(self.k.run("40 + 2").result, {"text/plain": "42"})

    def test_interrupt_cancels_a_loop_between_steps(self):
        out = self.k.run("var cancel = org.radedit.engine.Cancellation.none();\n"
                         "long steps = 0;\n"
                         "{ while (!cancel.isCancelled()) steps++; System.out.println(\"stopped between steps\"); }",
                         interrupt_after=1.0)
        self.assertEqual(out.stream("stdout"), "stopped between steps\n")
        self.assertEqual((out.reply["ename"], out.reply["evalue"]), ("CellInterrupted", "the cell was interrupted"))
        self.assertEqual(self.k.run("steps > 0").result, {"text/plain": "true"})

    def test_interrupt_stops_code_that_ignores_it(self):
        started = time.monotonic()
        out = self.k.run("while (true) { }", interrupt_after=0.5)
        self.assertEqual((out.reply["ename"], out.reply["evalue"]),
                         ("CellInterrupted", "the code ignored the interrupt and was stopped"))
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(self.k.run("1 + 2").result, {"text/plain": "3"})

    def test_interrupt_stops_a_diffusion_edit_between_steps(self):
        out = self.k.run(
            "import ai.djl.ndarray.NDManager;\n"
            "import org.radedit.engine.*;\n"
            "import org.radedit.image.*;\n"
            "import org.radedit.models.bench.*;\n"
            "try (NDManager manager = NDManager.newBaseManager()) {\n"
            "  var engine = new EditEngine(UntrainedModels.phantomModel(manager));\n"
            "  var image = SyntheticImages.chestLike(128, 0);\n"
            "  var mask = Mask.fromBoxes(128, 128, new Box(20, 30, 36, 56));\n"
            "  engine.edit(List.of(new EditInput(image, mask, null, 7)), EditSettings.of(\"No pneumothorax\", 3.0, 1000, 0),\n"
            "      progress(\"edit\"), Cancellation.none());\n"
            "}", interrupt_after=8.0)
        self.assertEqual(out.reply["ename"], "org.radedit.engine.EditCancelledException")
        self.assertRegex(out.reply["evalue"], r"^edit cancelled during (INVERT|GENERATE) after step \d+ of 1000$")
        self.assertEqual(len(out.of("display_data")), 1)  # the live progress bar
        self.assertEqual(self.k.run("2 * 21").result, {"text/plain": "42"})

    # ---- magics --------------------------------------------------------------------------------

    def test_shell_listing_magics(self):
        k = KernelSession()
        try:
            k.run("int a = 1;\nString sq(int v) { return \"\" + v * v; }\nrecord P(int x) {}\ninterface Q {}\nenum E { A }")
            self.assertEqual(k.run("%vars").stream("stdout"), "int a = 1\n")
            self.assertEqual(k.run("%methods").stream("stdout"), "String sq(int)\n")
            self.assertEqual(k.run("%types").stream("stdout"), "record P\ninterface Q\nenum E\n")
            self.assertEqual(k.run("%imports").stream("stdout").splitlines()[-1], "import static org.radedit.kernel.Notebook.*;")
        finally:
            k.close()

    def test_a_first_cell_needs_no_imports_for_the_dsl(self):
        k = KernelSession()
        try:
            reply = k.run("String.join(\" \", EditMethod.RADEDIT.title(), Finding.PNEUMOTHORAX.name(),"
                          " Suite.class.getSimpleName(), Path.of(\"a\").toString())")
            self.assertEqual(reply.status, "ok", reply.error)
            self.assertEqual(reply.result["text/plain"], "RadEdit PNEUMOTHORAX Suite a")
        finally:
            k.close()

    def test_jars_adds_a_jar_and_loads_its_display_extension(self):
        jar = build_extension_jar(self)
        out = self.k.run(f"%jars {jar}\nnew demo.Greeting()")
        self.assertEqual(out.status, "ok", out.error)
        self.assertEqual(out.result, {"text/html": "<i>hello from a jar</i>", "text/plain": "greeting"})
        self.assertIn(jar, self.k.run("%classpath").stream("stdout").splitlines())

    def test_jars_with_a_missing_file_fails_clearly(self):
        out = self.k.run("%jars /no/such/file.jar")
        self.assertEqual((out.reply["ename"], out.reply["evalue"]),
                         ("java.nio.file.NoSuchFileException", "/no/such/file.jar: no such jar or folder"))

    def test_load_runs_a_script_and_a_notebook(self):
        folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, folder)
        script = os.path.join(folder, "setup.jsh")
        with open(script, "w") as f:
            f.write("int loaded = 20;\nloaded + 1\n")
        self.assertEqual(self.k.run(f"%load {script}").result, {"text/plain": "21"})
        notebook = os.path.join(folder, "other.ipynb")
        with open(notebook, "w") as f:
            json.dump({"cells": [{"cell_type": "markdown", "source": ["# title"]},
                                 {"cell_type": "code", "source": ["int fromNotebook = 5;\n", "fromNotebook * 2"]}]}, f)
        self.assertEqual(self.k.run(f"%load {notebook}").result, {"text/plain": "10"})

    def test_maven_resolves_with_dependencies(self):
        out = self.k.run("%maven org.apache.commons:commons-text:1.12.0\n"
                         "org.apache.commons.text.WordUtils.capitalize(\"chest x-ray\")", timeout=300)
        self.assertEqual(out.status, "ok", out.error)
        self.assertEqual(out.stream("stdout"), "org.apache.commons:commons-text:1.12.0: 2 jars resolved, 2 added to the class path\n")
        self.assertEqual(out.result, {"text/plain": "Chest X-ray"})

    # ---- history and restart -----------------------------------------------------------------------

    def test_history_tail_has_the_cells_run(self):
        self.k.run("int historic = 7;")
        reply = self.k.request(lambda: self.k.kc.history(hist_access_type="tail", n=1, output=False, raw=True))
        self.assertEqual(reply["history"][0][2], "int historic = 7;")

    def test_restart_gives_a_fresh_kernel(self):
        k = KernelSession()
        try:
            k.run("int survivor = 1;")
            k.restart()
            out = k.run("survivor")
            self.assertEqual(out.error["ename"], "CompilationError")
            self.assertEqual(out.error["evalue"], "cannot find symbol")
            self.assertEqual(k.run("1 + 1").result, {"text/plain": "2"})
        finally:
            k.close()


def build_extension_jar(test):
    """A jar with a class and a JJava display extension for it (as a third-party library would ship)."""
    folder = tempfile.mkdtemp()
    test.addCleanup(shutil.rmtree, folder)
    src = os.path.join(folder, "src", "demo")
    os.makedirs(src)
    with open(os.path.join(src, "Greeting.java"), "w") as f:
        f.write("package demo;\npublic class Greeting { public String toString() { return \"greeting\"; } }\n")
    with open(os.path.join(src, "GreetingExtension.java"), "w") as f:
        f.write("package demo;\n"
                "public class GreetingExtension implements org.dflib.jjava.jupyter.Extension {\n"
                "  public void install(org.dflib.jjava.jupyter.kernel.BaseKernel kernel) {\n"
                "    kernel.getRenderer().createRegistration(Greeting.class).preferring(\"text/html\")\n"
                "        .register((g, ctx) -> ctx.renderIfRequested(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML,\n"
                "            () -> \"<i>hello from a jar</i>\"));\n"
                "  }\n"
                "}\n")
    lib = os.path.join(os.environ["RADEDIT_KERNEL_JAR_DIR"], "lib")
    base = [os.path.join(lib, n) for n in os.listdir(lib) if n.startswith("jjava-jupyter")][0]
    classes = os.path.join(folder, "classes")
    subprocess.run([os.path.join(os.environ["RADEDIT_JAVA_HOME"], "bin", "javac"), "-d", classes, "-cp", base,
                    os.path.join(src, "Greeting.java"), os.path.join(src, "GreetingExtension.java")], check=True)
    jar = os.path.join(folder, "greeting.jar")
    with zipfile.ZipFile(jar, "w") as z:
        for name in ("Greeting", "GreetingExtension"):
            z.write(os.path.join(classes, "demo", name + ".class"), f"demo/{name}.class")
        z.writestr("META-INF/services/org.dflib.jjava.jupyter.Extension", "demo.GreetingExtension\n")
    return jar


if __name__ == "__main__":
    unittest.main()
