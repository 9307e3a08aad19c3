package org.radedit.kernel.display;

import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.radedit.display.MimeBundle;

/**
 * Connects a {@link RendererRegistry} to a JJava-style kernel's {@link Renderer}: ours or a stock
 * JJava kernel's. {@code display(x)} then shows every MIME type x's bundle has; {@code display(x,
 * "text/html")} only the ones asked for.
 */
public final class JupyterRendererBridge {

    /** The MIME types a bundle may carry (a renderer must name them up front). */
    static final List<String> MIME_TYPES = List.of(MimeBundle.HTML, MimeBundle.PNG, "image/jpeg", "image/svg+xml",
            "text/markdown", "text/latex", "application/json", MimeBundle.TEXT);

    private JupyterRendererBridge() {
    }

    public static void install(RendererRegistry registry, Renderer renderer) {
        String[] types = MIME_TYPES.toArray(String[]::new);
        for (Class<?> type : registry.types()) {
            renderer.createRegistration(type).preferring(types).register((value, context) ->
                    registry.render(value).ifPresent(bundle -> emit(bundle, context)));
        }
    }

    private static void emit(MimeBundle bundle, RenderContext context) {
        for (Map.Entry<String, String> entry : bundle.data().entrySet()) {
            context.renderIfRequested(MIMEType.parse(entry.getKey()), () -> (Object) entry.getValue());
        }
    }
}
