package org.radedit.kernel.display;

import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;

/** Where live displays go: a notebook output that can be replaced in place. */
public interface DisplaySink {

    /** Shows {@code value} as a new output; returns its display id. */
    String show(Object value);

    /** Replaces the output with display id {@code id}. */
    void update(String id, Object value);

    /** The running notebook kernel (ours or a stock JJava one): display_data, then update_display_data. */
    static DisplaySink notebook() {
        return new DisplaySink() {
            @Override
            public String show(Object value) {
                return BaseNotebookStatics.display(value);
            }

            @Override
            public void update(String id, Object value) {
                BaseNotebookStatics.updateDisplay(id, value);
            }
        };
    }
}
