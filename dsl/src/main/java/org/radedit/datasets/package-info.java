/**
 * Readers of the public chest X-ray datasets, each returning {@link org.radedit.data.Dataset}s of
 * the one {@link org.radedit.data.StudyRecord} type: {@link org.radedit.datasets.MimicCxrJpg},
 * {@link org.radedit.datasets.CheXpert}, {@link org.radedit.datasets.ChestXray14}, and
 * {@link org.radedit.datasets.CheXmask} lung and heart masks joined to any of them. Layouts and their
 * sources: {@code shared/REAL-PATH.md} §3–6. Index files stream; pixels are read when a record is.
 */
package org.radedit.datasets;
