package org.radedit.kernel;

import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/** The base library's notebook streams, with attach/detach open to the kernel's own execute handler. */
final class NotebookIO extends JupyterIO {

    NotebookIO() {
        super(StandardCharsets.UTF_8);
    }

    void attach(ShellReplyEnvironment env, boolean stdinAllowed) {
        setEnv(env);
        setJupyterInEnabled(stdinAllowed);
    }

    void detach(ShellReplyEnvironment env) {
        out.flush();
        err.flush();
        retractEnv(env);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
