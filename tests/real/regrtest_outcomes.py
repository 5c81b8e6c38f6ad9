# tests/real/regrtest_outcomes.py: runs CPython's regrtest (python -m test)
# and records every test case's outcome, one line each, in OUTFILE:
#   <test id> ok|FAIL|ERROR|skipped|expected-failure|unexpected-success
# Subtest failures and skips are recorded under the subtest's id
# ("test_x (param=1)"), errors outside a test (setUpClass, module set-up)
# under unittest's placeholder id.  Only the regrtest process itself writes:
# forked children that happen to reach the result object do not.
# Used by tests/real_python_regrtest.t, on both the arm64 python under
# dragoman and the amd64 one natively.
# Everything runs under `if __name__ == '__main__'`: multiprocessing's spawn
# and forkserver start methods import the main module (this file) again in
# their children, which must not start another regrtest.
# Usage: python3.11 regrtest_outcomes.py OUTFILE [regrtest args...]
import os
import sys


def run(outfile):
    out = open(outfile, 'a', buffering=1)
    pid = os.getpid()
    from test.support import testresult
    R = testresult.RegressionTestResult

    def record(test, what):
        if os.getpid() != pid:
            return
        try:
            name = test.id()
        except Exception:
            name = str(test)
        out.write(f'{name} {what}\n')

    def wrap(meth, what):
        orig = getattr(R, meth)

        def f(self, test, *args):
            record(test, what)
            return orig(self, test, *args)
        setattr(R, meth, f)

    wrap('addSuccess', 'ok')
    wrap('addFailure', 'FAIL')
    wrap('addError', 'ERROR')
    wrap('addSkip', 'skipped')
    wrap('addExpectedFailure', 'expected-failure')
    wrap('addUnexpectedSuccess', 'unexpected-success')
    orig_sub = R.addSubTest

    def add_sub(self, test, subtest, err):
        if err is not None:
            record(subtest, 'FAIL' if issubclass(err[0], test.failureException) else 'ERROR')
        return orig_sub(self, test, subtest, err)
    R.addSubTest = add_sub

    from test.libregrtest import main
    main()


if __name__ == '__main__':
    outfile = sys.argv.pop(1)
    sys.path.pop(0)      # not this script's directory: the stdlib's test package
    run(outfile)
