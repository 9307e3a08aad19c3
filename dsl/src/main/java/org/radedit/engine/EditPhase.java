package org.radedit.engine;

/** The stages of an edit, in the order they run. */
public enum EditPhase { ENCODE, ESTIMATE_MASK, INVERT, GENERATE, DECODE }
