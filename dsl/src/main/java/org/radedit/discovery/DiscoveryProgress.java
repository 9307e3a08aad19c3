package org.radedit.discovery;

/**
 * After one intervention's round: which round, which intervention, new edits spent so far of the
 * budget, edits this round added to it, and its failure rate now (NaN before any kept edit).
 */
public record DiscoveryProgress(int round, String intervention, int spent, int budget, int added, double rate) {
}
