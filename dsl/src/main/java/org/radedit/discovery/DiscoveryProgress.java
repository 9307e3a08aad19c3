package org.radedit.discovery;

/**
 * After one intervention's round: which round, which intervention, edits used so far of the budget
 * (reloaded or new), edits this round added to it, and its failure rate now (NaN before any kept edit).
 */
public record DiscoveryProgress(int round, String intervention, int used, int budget, int added, double rate) {
}
