package org.radedit.kernel.display;

import java.awt.image.RenderedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;

/**
 * Type → renderer. A value is shown by the renderer of its most specific registered type: its class,
 * then that class's interfaces, then the superclass and its interfaces, and so on. The kernel only
 * asks "how does this object want to be shown?"; it knows no DSL type.
 */
public final class RendererRegistry {

    private final Map<Class<?>, MimeRenderer<Object>> renderers = new LinkedHashMap<>();

    /** Displayable values, images (AWT and the DSL's radiographs and masks), and Tablesaw tables and figures when Tablesaw is on the class path. */
    public static RendererRegistry standard() {
        RendererRegistry registry = new RendererRegistry()
                .register(Displayable.class, Displayable::toMimeBundle)
                .register(RenderedImage.class, PngImages::bundle);
        ImageRenderers.registerInto(registry);
        if (TablesawRenderers.available()) {
            TablesawRenderers.registerInto(registry);
        }
        return registry;
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> RendererRegistry register(Class<T> type, MimeRenderer<? super T> renderer) {
        renderers.put(type, (MimeRenderer<Object>) renderer);
        return this;
    }

    public synchronized List<Class<?>> types() {
        return List.copyOf(renderers.keySet());
    }

    /** The bundle of the most specific registered type, if any type of {@code value} is registered. */
    public Optional<MimeBundle> render(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return rendererFor(value.getClass()).map(renderer -> renderer.render(value));
    }

    private synchronized Optional<MimeRenderer<Object>> rendererFor(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (renderers.containsKey(c)) {
                return Optional.of(renderers.get(c));
            }
            Deque<Class<?>> interfaces = new ArrayDeque<>(List.of(c.getInterfaces()));
            while (!interfaces.isEmpty()) {
                Class<?> i = interfaces.poll();
                if (renderers.containsKey(i)) {
                    return Optional.of(renderers.get(i));
                }
                interfaces.addAll(List.of(i.getInterfaces()));
            }
        }
        return Optional.empty();
    }
}
