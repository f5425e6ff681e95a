package org.bilex.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Relation errors sorted into classes, from the scorer's matching of one or more documents, so that relation
 * progress can be measured apart from entity progress.
 *
 * <p>Each unmatched found relation (a false positive) gets the first class that fits:
 * <ul>
 * <li><b>direction swapped</b>: same predicate, its subject matches the object of an unmatched gold relation and its
 *     object that relation's subject;</li>
 * <li><b>wrong predicate</b>: both ends match an unmatched gold relation's ends (same direction), the predicate differs;</li>
 * <li><b>end not in gold</b>: its subject or object matches no gold entity of the document (an end missing or wrong);</li>
 * <li><b>other</b>: the ends are gold entities but no gold relation joins them so.</li>
 * </ul>
 * Each unmatched gold relation (a miss) is a <b>miss with a missing end</b> when the output has no entity matching its
 * subject or its object (the entity stage lost it), else a <b>miss with both ends found</b>, which is one of: the
 * output states the pair the other way round with the same predicate (<b>wrong direction</b>), the same pair in the
 * same direction with another predicate (<b>wrong predicate</b>), or nothing of the kind (<b>not stated</b>).
 *
 * <p>{@link #conditionalRecall()} is the relation recall over the gold relations whose two ends the output found
 * (a matched gold relation always has both); {@link #conditionalPrecision()} the precision over the found relations
 * whose two ends are gold entities. Both move with the relation stage only.
 */
public record RelationErrors(int swapped, int wrongPredicate, int endNotInGold, int otherInvented,
                             int missedEndMissing, int missedSwapped, int missedWrongPredicate, int missedNotStated,
                             int matched) {

    public static RelationErrors of(List<Scorer.Result> documents) {
        RelationErrors sum = new RelationErrors(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Scorer.Result r : documents) sum = sum.plus(of(r));
        return sum;
    }

    public static RelationErrors of(Scorer.Result r) {
        List<EvalRelation> out = r.output().relations();
        List<EvalRelation> gold = r.gold().relations();
        boolean[] goldMatched = new boolean[gold.size()];
        int matched = 0;
        for (int j : r.relationPairs()) {
            if (j >= 0) {
                goldMatched[j] = true;
                matched++;
            }
        }
        int swapped = 0, wrongPredicate = 0, endNotInGold = 0, other = 0;
        for (int i = 0; i < out.size(); i++) {
            if (r.relationPairs()[i] >= 0) continue;
            EvalRelation p = out.get(i);
            boolean sw = false, wp = false;
            for (int j = 0; j < gold.size(); j++) {
                if (goldMatched[j]) continue;
                EvalRelation g = gold.get(j);
                if (reversed(p, g) && p.predicate().equals(g.predicate())) sw = true;
                if (same(p, g) && !p.predicate().equals(g.predicate())) wp = true;
            }
            if (sw) swapped++;
            else if (wp) wrongPredicate++;
            else if (!inGold(p.subject(), r.gold()) || !inGold(p.object(), r.gold())) endNotInGold++;
            else other++;
        }
        int endMissing = 0, missSwapped = 0, missPredicate = 0, missNone = 0;
        for (int j = 0; j < gold.size(); j++) {
            if (goldMatched[j]) continue;
            EvalRelation g = gold.get(j);
            if (!found(g.subject(), r.output()) || !found(g.object(), r.output())) {
                endMissing++;
                continue;
            }
            boolean sw = false, wp = false;
            for (EvalRelation p : out) {
                if (reversed(p, g) && p.predicate().equals(g.predicate())) sw = true;
                if (same(p, g) && !p.predicate().equals(g.predicate())) wp = true;
            }
            if (sw) missSwapped++;
            else if (wp) missPredicate++;
            else missNone++;
        }
        return new RelationErrors(swapped, wrongPredicate, endNotInGold, other, endMissing, missSwapped, missPredicate,
                missNone, matched);
    }

    private static boolean same(EvalRelation p, EvalRelation g) {
        return Scorer.entityMatches(p.subject(), g.subject()) && Scorer.entityMatches(p.object(), g.object());
    }

    private static boolean reversed(EvalRelation p, EvalRelation g) {
        return Scorer.entityMatches(p.subject(), g.object()) && Scorer.entityMatches(p.object(), g.subject());
    }

    private static boolean inGold(EvalEntity e, EvalDocument gold) {
        for (EvalEntity g : gold.entities()) if (Scorer.entityMatches(e, g)) return true;
        return false;
    }

    static boolean found(EvalEntity g, EvalDocument out) {
        for (EvalEntity p : out.entities()) if (Scorer.entityMatches(p, g)) return true;
        return false;
    }

    /** Misses whose two gold ends the output found: wrong direction + wrong predicate + not stated. */
    public int missedEndsFound() {
        return missedSwapped + missedWrongPredicate + missedNotStated;
    }

    /** Found relations that are wrong although both ends are gold entities. */
    public int inventedEndsInGold() {
        return swapped + wrongPredicate + otherInvented;
    }

    /** Recall over the gold relations whose subject and object the output found (0 when there is none). */
    public double conditionalRecall() {
        int n = matched + missedEndsFound();
        return n == 0 ? 0.0 : (double) matched / n;
    }

    /** Precision over the found relations whose subject and object are gold entities (0 when there is none). */
    public double conditionalPrecision() {
        int n = matched + inventedEndsInGold();
        return n == 0 ? 0.0 : (double) matched / n;
    }

    public RelationErrors plus(RelationErrors o) {
        return new RelationErrors(swapped + o.swapped, wrongPredicate + o.wrongPredicate, endNotInGold + o.endNotInGold,
                otherInvented + o.otherInvented, missedEndMissing + o.missedEndMissing, missedSwapped + o.missedSwapped,
                missedWrongPredicate + o.missedWrongPredicate, missedNotStated + o.missedNotStated, matched + o.matched);
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "Relation errors: invented %d = an end not in gold (missing or wrong entity) %d + both ends"
                        + " gold %d (direction swapped %d + wrong predicate %d + other %d)%n",
                endNotInGold + inventedEndsInGold(), endNotInGold, inventedEndsInGold(), swapped, wrongPredicate,
                otherInvented);
        out.printf(Locale.ROOT, "  missed %d = an end entity not found %d + both ends found %d (wrong direction %d"
                        + " + wrong predicate %d + not stated %d)%n",
                missedEndMissing + missedEndsFound(), missedEndMissing, missedEndsFound(), missedSwapped,
                missedWrongPredicate, missedNotStated);
        out.printf(Locale.ROOT, "  given both gold ends found: relation recall %d/%d = %.3f; precision over relations"
                        + " with both ends gold %d/%d = %.3f%n",
                matched, matched + missedEndsFound(), conditionalRecall(), matched, matched + inventedEndsInGold(),
                conditionalPrecision());
    }
}
