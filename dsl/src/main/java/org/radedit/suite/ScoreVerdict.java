package org.radedit.suite;

/**
 * One scored edit and whether it is good: the pairs that {@link ScoreSeparation} ranks. Get them from
 * {@link QualityReport#verdicts()}; pool several reports' verdicts in a {@link ScorePool}.
 *
 * @param recordId  the edited record
 * @param seed      the suite seed of the edit
 * @param condition the setting without seed ({@link Setting#condition()}), or a pool's own label
 * @param score     the editing score S (NaN when the suite did not score)
 * @param good      whether the edit did what was asked, by {@link QualityReport#goodMeans()}
 */
public record ScoreVerdict(String recordId, long seed, String condition, double score, boolean good) {

    /** The same verdict under another condition label (a pool names its parts, e.g. "wrong prompt"). */
    public ScoreVerdict labelled(String label) {
        return new ScoreVerdict(recordId, seed, label, score, good);
    }
}
