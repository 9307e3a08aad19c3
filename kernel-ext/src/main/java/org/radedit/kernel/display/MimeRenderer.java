package org.radedit.kernel.display;

import org.radedit.display.MimeBundle;

/** Shows values of one type as a MIME bundle. */
@FunctionalInterface
public interface MimeRenderer<T> {

    MimeBundle render(T value);
}
