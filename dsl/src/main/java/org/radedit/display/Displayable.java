package org.radedit.display;

/** A value that knows how to show itself in a notebook (and in HTML reports). */
public interface Displayable {

    MimeBundle toMimeBundle();
}
