package org.radedit.kernel.exec;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell the one in-process execution control the kernel made. */
public record InProcessControlProvider(InProcessExecutionControl control) implements ExecutionControlProvider {

    @Override
    public String name() {
        return "radedit-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
