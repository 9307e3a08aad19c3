"""The Jupyter project's kernel conformance suite (jupyter_kernel_test), every test configured."""
import unittest

import jupyter_kernel_test as jkt

from kernel_session import KERNEL_NAME


class RadEditKernelConformanceTest(jkt.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'

    completion_samples = [
        {"text": "Math.ab", "matches": {"abs(", "absExact("}},
        {"text": "Syst", "matches": {"System"}},
        {"text": "%jar", "matches": {"%jars"}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "void f() {}", "%vars", "int y = 2;\ny * 2"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = 1 +", "void g() {"]
    invalid_code_samples = ["}", "int x = ;", "x)"]

    code_generate_error = 'throw new RuntimeException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"radedit".toUpperCase()', "result": "RADEDIT"},
        {"code": "new java.awt.image.BufferedImage(2, 2, 10)", "mime": "image/png"},
    ]

    code_display_data = [
        {"code": 'display("shown");', "mime": "text/plain"},
        {"code": "display(new java.awt.image.BufferedImage(2, 2, 10));", "mime": "image/png"},
        {"code": 'display(org.radedit.display.MimeBundle.text("t").withHtml("<b>h</b>"));', "mime": "text/plain"},
    ]

    code_history_pattern = "6 * 7"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.abs"

    code_clear_output = 'System.out.println("soon gone");\nclearOutput();'
    code_page_something = "%doc Math.abs"


if __name__ == "__main__":
    unittest.main()
