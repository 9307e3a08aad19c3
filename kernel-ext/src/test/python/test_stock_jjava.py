"""The display hooks in a stock JJava kernel, loaded with %jars. Runs only when RADEDIT_STOCK_JJAVA_JAR names a
JJava 1.0-a6 kernel jar (JJava ships as a zip, not on Maven Central): build it from the JJava sources at tag 1.0-a6
with `mvn -DskipTests package -pl jjava-distro -am` and point the variable at jjava-distro/target/jjava-distro-1.0-a6.jar."""
import json
import os
import shutil
import sys
import tempfile
import unittest

import kernel_session
from kernel_session import KernelSession

JAR = os.environ.get("RADEDIT_STOCK_JJAVA_JAR")


@unittest.skipUnless(JAR, "RADEDIT_STOCK_JJAVA_JAR is not set")
class StockJJavaHooksTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp()
        spec = os.path.join(cls.folder, "kernels", "jjava-stock")
        os.makedirs(spec)
        java = os.path.join(os.environ["RADEDIT_JAVA_HOME"], "bin", "java")
        with open(os.path.join(spec, "kernel.json"), "w") as f:
            json.dump({"argv": [java, "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-jar", JAR, "{connection_file}"],
                       "display_name": "Java (stock JJava)", "language": "java", "interrupt_mode": "message"}, f)
        os.environ["JUPYTER_PATH"] = cls.folder + os.pathsep + os.environ.get("JUPYTER_PATH", "")
        kernel_session.KERNEL_NAME = "jjava-stock"
        cls.k = KernelSession()
        target = os.environ["RADEDIT_KERNEL_JAR_DIR"]
        out = cls.k.run(f"%jars {target}/radedit.jar {target}/lib/*.jar")
        assert out.status == "ok", out.error

    @classmethod
    def tearDownClass(cls):
        cls.k.close()
        kernel_session.KERNEL_NAME = os.environ.get("RADEDIT_KERNEL_NAME", "radedit")
        shutil.rmtree(cls.folder)

    def test_displayable_renders_through_the_hooks(self):
        out = self.k.run('new org.radedit.kernel.display.ProgressBar("edit", "GENERATE", 1, 2, 0)')
        self.assertEqual(out.result, {
            "text/plain": "edit GENERATE [###############---------------] 1/2",
            "text/html": '<div style="font-family:monospace">edit GENERATE <progress value="1" max="2" '
                         'style="width:20em"></progress> 1/2</div>'})

    def test_tablesaw_table_is_an_html_table(self):
        out = self.k.run('tech.tablesaw.api.Table.create("t", tech.tablesaw.api.IntColumn.create("n", 1, 2))')
        self.assertEqual(out.result["text/html"],
                         '<table class="radedit-table"><caption>t</caption><thead><tr><th>n</th></tr></thead>'
                         "<tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>")

    def test_progress_display_updates_in_place(self):
        out = self.k.run('var bar = new org.radedit.kernel.display.ProgressDisplay("edit");\n'
                         "for (int i = 1; i <= 3; i++) bar.onStep(new org.radedit.engine.EditProgress("
                         "org.radedit.engine.EditPhase.GENERATE, i, 3, 10));")
        shown, updates = out.of("display_data"), out.of("update_display_data")
        self.assertEqual(len(shown), 1)
        self.assertEqual(updates[-1]["transient"]["display_id"], shown[0]["transient"]["display_id"])
        self.assertTrue(updates[-1]["data"]["text/plain"].startswith("edit GENERATE [" + "#" * 30 + "] 3/3"))


if __name__ == "__main__":
    unittest.main()
