/**
 * Exact evaluation metrics: accuracy, AUROC (Mann-Whitney with ties), worst-group accuracy, seeded
 * percentile bootstrap intervals over clusters, and mean ± sd over seed repeats.
 */
package org.radedit.metrics;
