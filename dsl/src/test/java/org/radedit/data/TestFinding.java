package org.radedit.data;

/** The findings the DSL's tests draw on their hand-made records (the phantom world's live in models). */
public enum TestFinding implements Labeled {
    PNEUMOTHORAX("Pneumothorax"),
    CHEST_TUBE("Chest Tube"),
    PACEMAKER("Pacemaker");

    private final Label label;

    TestFinding(String name) {
        this.label = Label.of(name);
    }

    @Override
    public Label label() {
        return label;
    }
}
