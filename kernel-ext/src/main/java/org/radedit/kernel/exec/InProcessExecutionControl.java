package org.radedit.kernel.exec;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs snippets in the kernel's JVM, on the {@link CellWorker} thread, and keeps the last value a
 * snippet produced as the real object, so the kernel can render it (JShell only hands back a string).
 */
public final class InProcessExecutionControl extends DirectExecutionControl {

    private final CellWorker worker;
    private volatile LastValue lastValue = LastValue.NONE;

    public InProcessExecutionControl(NotebookLoaderDelegate loader, CellWorker worker) {
        super(loader);
        this.worker = worker;
    }

    /** A value a snippet produced, or none. */
    public record LastValue(boolean present, Object value) {
        static final LastValue NONE = new LastValue(false, null);
    }

    /** Forgets the last value; call before each snippet. */
    public void forgetLastValue() {
        lastValue = LastValue.NONE;
    }

    public LastValue lastValue() {
        return lastValue;
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object value;
        try {
            value = worker.run(() -> doitMethod.invoke(null));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ThreadDeath) {
                throw new StoppedException();
            }
            throw e;
        } catch (ThreadDeath | InterruptedException e) {
            throw new StoppedException(); // stopped, abandoned, or interrupted before it started
        }
        lastValue = new LastValue(true, value);
        return valueString(value);
    }

    /** A bare variable name as a cell's last line is read here, not invoked: keep its object too. */
    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        String text = super.varValue(className, varName);
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            lastValue = new LastValue(true, field.get(null));
        } catch (ReflectiveOperationException e) {
            throw new InternalException(e.toString());
        }
        return text;
    }

    @Override
    public void stop() {
        worker.interrupt();
    }
}
