package org.radedit.kernel.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The display hooks as a JJava extension: the RadEdit kernel loads it at start, and a stock JJava
 * kernel loads it when {@code %classpath}/{@code %jars} adds this jar (META-INF/services).
 */
public final class RadEditDisplayExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        JupyterRendererBridge.install(RendererRegistry.standard(), kernel.getRenderer());
    }
}
