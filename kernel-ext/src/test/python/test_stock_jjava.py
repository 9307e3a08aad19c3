"""The display hooks in a stock JJava kernel, loaded with %classpath, and how its errors look. Runs only when
RADEDIT_STOCK_JJAVA_JAR names a stock JJava (JJava ships as a zip, not on Maven Central; build it from its sources
with `mvn -DskipTests package`): either the kernel jar of 1.0-a6 (jjava-distro/target/jjava-distro-1.0-a6.jar) or,
for later versions, whose kernelspec starts a launcher, the folder its kernelspec zip unzips to
(jjava-distro/target/jjava-*-kernelspec.zip)."""
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
        if os.path.isdir(JAR):  # an unzipped kernelspec: its own argv, with this JDK's java
            for name in os.listdir(JAR):
                shutil.copy(os.path.join(JAR, name), spec)
            with open(os.path.join(spec, "kernel.json")) as f:
                kernel = json.load(f)
            kernel["argv"] = [java if arg == "java" else arg.replace("{resource_dir}", spec) for arg in kernel["argv"]]
        else:
            kernel = {"argv": [java, "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-jar", JAR, "{connection_file}"],
                      "language": "java", "interrupt_mode": "message"}
        kernel["display_name"] = "Java (stock JJava)"
        with open(os.path.join(spec, "kernel.json"), "w") as f:
            json.dump(kernel, f)
        os.environ["JUPYTER_PATH"] = cls.folder + os.pathsep + os.environ.get("JUPYTER_PATH", "")
        kernel_session.KERNEL_NAME = "jjava-stock"
        cls.k = KernelSession()
        target = os.environ["RADEDIT_KERNEL_JAR_DIR"]
        out = cls.k.run(f"%classpath {target}/radedit.jar {target}/lib/*.jar")
        assert out.status == "ok", out.error
        assert "deprecated" not in out.stream("stderr"), out.stream("stderr")

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

    def test_errors_arrive_wrapped_naming_the_real_class_first(self):
        # What kernel-ext/README.md tells stock JJava users: a RuntimeException whose message starts with the real class.
        out = self.k.run('throw new IllegalStateException("boom");')
        self.assertEqual(out.status, "error")
        self.assertEqual((out.error["ename"], out.error["evalue"]),
                         ("RuntimeException", "java.lang.IllegalStateException, boom"))
        out = self.k.run("try { throw new IllegalStateException(\"boom\"); }"
                         " catch (IllegalStateException e) { System.out.println(\"caught \" + e.getMessage()); }")
        self.assertEqual(out.stream("stdout"), "caught boom\n")


if __name__ == "__main__":
    unittest.main()
