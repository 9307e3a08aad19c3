"""The kernel under faults: out of memory, interrupts at awkward moments, code that cannot be stopped, and
shutdown or restart with processes the notebook started. Each test uses a kernel of its own."""
import os
import time
import unittest

from kernel_session import KernelSession


def alive(pid):
    """True while a process with this pid exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_gone(pid, seconds=15):
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def perf_file(pid):
    """The JVM's perf-data file for pid (removed at a normal exit, left behind by a kill)."""
    import pwd
    return f"/tmp/hsperfdata_{pwd.getpwuid(os.getuid()).pw_name}/{pid}"


class FaultTest(unittest.TestCase):

    def setUp(self):
        self.k = KernelSession()
        # A first cell: the kernel's first execution also starts JShell, and an interrupt sent before a cell
        # has begun is (rightly) not held against it; the timed interrupts below must land inside their cell.
        self.assertEqual(self.k.run("1 + 1").result, {"text/plain": "2"})

    def tearDown(self):
        self.k.close()

    def kernel_pid(self):
        return self.k.km.provisioner.pid

    def test_out_of_memory_in_a_cell_is_reported_and_the_kernel_lives_on(self):
        out = self.k.run("{ var hog = new java.util.ArrayList<long[]>(); while (true) hog.add(new long[1 << 20]); }",
                         timeout=300)
        self.assertEqual((out.reply["ename"], out.reply["evalue"]), ("java.lang.OutOfMemoryError", "Java heap space"))
        self.assertTrue(any(line.startswith("(the kernel's heap is limited to ") for line in out.reply["traceback"]),
                        out.reply["traceback"])
        # What the cell held is garbage now: the next cells run, and can allocate again.
        self.assertEqual(self.k.run("6 * 7").result, {"text/plain": "42"})
        self.assertEqual(self.k.run("new long[1 << 24].length").result, {"text/plain": "16777216"})

    def test_an_interrupt_during_compilation_is_remembered_and_the_code_never_runs(self):
        # One snippet that takes seconds to compile, then would sleep for a minute.
        body = "\n".join(f"  x += {i} * x + {i};" for i in range(4000))
        cell = "{\n  long x = 1;\n" + body + "\n  System.out.println(\"started\");\n  Thread.sleep(60_000);\n}"
        started = time.monotonic()
        out = self.k.run(cell, interrupt_after=0.3)
        self.assertEqual((out.reply["ename"], out.reply["evalue"]), ("CellInterrupted", "the cell was interrupted"))
        self.assertEqual(out.stream("stdout"), "", "the code did not start")
        self.assertLess(time.monotonic() - started, 45)
        self.assertEqual(self.k.run("1 + 1").result, {"text/plain": "2"})

    def test_code_that_survives_a_hard_stop_is_left_behind_and_the_kernel_stays_usable(self):
        out = self.k.run("while (true) { try { while (true) { } } catch (Throwable t) { } }", interrupt_after=0.5)
        self.assertEqual(out.reply["ename"], "CellInterrupted")
        self.assertTrue(out.reply["evalue"].startswith("the code ignored the interrupt and survived a hard stop"),
                        out.reply["evalue"])
        self.assertEqual(self.k.run("3 + 4").result, {"text/plain": "7"})

    def test_shutdown_ends_processes_the_notebook_started_and_leaves_no_temp_files(self):
        pid = self.kernel_pid()
        child = int(self.k.run('new ProcessBuilder("sleep", "300").start().pid()').result["text/plain"])
        self.assertTrue(alive(child))
        self.assertTrue(os.path.exists(perf_file(pid)))
        self.k.kc.stop_channels()
        self.k.km.shutdown_kernel(now=False)  # a shutdown_request, as Jupyter sends on close
        self.assertTrue(wait_gone(pid), "the kernel exited")
        self.assertTrue(wait_gone(child, 5), "the process the notebook started was ended")
        self.assertFalse(os.path.exists(perf_file(pid)), "the JVM removed its perf-data file (it exited, not killed)")
        self.k = KernelSession()  # for tearDown
        self.k.run("1 + 1")

    def test_restart_ends_processes_the_notebook_started(self):
        pid = self.kernel_pid()
        child = int(self.k.run('new ProcessBuilder("sleep", "300").start().pid()').result["text/plain"])
        self.k.km.restart_kernel(now=False)
        self.k.kc.stop_channels()
        self.k.kc = self.k.km.client()
        self.k.kc.start_channels()
        self.k.kc.wait_for_ready(timeout=120)
        self.assertTrue(wait_gone(pid), "the old kernel exited")
        self.assertTrue(wait_gone(child, 5), "the process the notebook started was ended")
        self.assertFalse(os.path.exists(perf_file(pid)), "the old JVM exited normally and removed its perf-data file")
        self.assertNotEqual(self.kernel_pid(), pid)
        self.assertEqual(self.k.run("1 + 1").result, {"text/plain": "2"})


if __name__ == "__main__":
    unittest.main()
