"""Runs the kernel's Jupyter-level test modules and ends with one line CI can read: 'kernel: N passed, N failed, N skipped'."""
import sys
import unittest

MODULES = ["test_protocol", "test_faults", "test_conformance", "test_stock_jjava"]


def main(names):
    suite = unittest.defaultTestLoader.loadTestsFromNames(names or MODULES)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    print(f"kernel: {passed} passed, {failed} failed, {skipped} skipped")
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
