package org.bilex.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Relation errors sorted into classes, from the scorer's matching of one or more documents.
 * Each unmatched found relation gets the first class that fits:
 * <ul>
 * <li><b>direction swapped</b>: same predicate, its subject matches the object of an unmatched gold relation and its
 *     object that relation's subject;</li>
 * <li><b>wrong predicate</b>: both ends match an unmatched gold relation's ends (same direction), the predicate differs;</li>
 * <li><b>end not in gold</b>: its subject or object matches no gold entity of the document;</li>
 * <li><b>other</b>: the ends are gold entities but no gold relation joins them so.</li>
 * </ul>
 * Each unmatched gold relation is a <b>miss with a missing end</b> when the output has no entity matching its subject or
 * its object (the entity stage lost it), else a <b>miss with both ends found</b>.
 */
public record RelationErrors(int swapped, int wrongPredicate, int endNotInGold, int otherInvented,
                             int missedEndMissing, int missedEndsFound) {

    public static RelationErrors of(List<Scorer.Result> documents) {
        RelationErrors sum = new RelationErrors(0, 0, 0, 0, 0, 0);
        for (Scorer.Result r : documents) sum = sum.plus(of(r));
        return sum;
    }

    public static RelationErrors of(Scorer.Result r) {
        List<EvalRelation> out = r.output().relations();
        List<EvalRelation> gold = r.gold().relations();
        boolean[] goldMatched = new boolean[gold.size()];
        for (int j : r.relationPairs()) if (j >= 0) goldMatched[j] = true;
        int swapped = 0, wrongPredicate = 0, endNotInGold = 0, other = 0;
        for (int i = 0; i < out.size(); i++) {
            if (r.relationPairs()[i] >= 0) continue;
            EvalRelation p = out.get(i);
            boolean sw = false, wp = false;
            for (int j = 0; j < gold.size(); j++) {
                if (goldMatched[j]) continue;
                EvalRelation g = gold.get(j);
                boolean same = Scorer.entityMatches(p.subject(), g.subject()) && Scorer.entityMatches(p.object(), g.object());
                boolean reversed = Scorer.entityMatches(p.subject(), g.object()) && Scorer.entityMatches(p.object(), g.subject());
                if (reversed && p.predicate().equals(g.predicate())) sw = true;
                if (same && !p.predicate().equals(g.predicate())) wp = true;
            }
            if (sw) swapped++;
            else if (wp) wrongPredicate++;
            else if (!inGold(p.subject(), r.gold()) || !inGold(p.object(), r.gold())) endNotInGold++;
            else other++;
        }
        int endMissing = 0, endsFound = 0;
        for (int j = 0; j < gold.size(); j++) {
            if (goldMatched[j]) continue;
            EvalRelation g = gold.get(j);
            if (found(g.subject(), r.output()) && found(g.object(), r.output())) endsFound++;
            else endMissing++;
        }
        return new RelationErrors(swapped, wrongPredicate, endNotInGold, other, endMissing, endsFound);
    }

    private static boolean inGold(EvalEntity e, EvalDocument gold) {
        for (EvalEntity g : gold.entities()) if (Scorer.entityMatches(e, g)) return true;
        return false;
    }

    private static boolean found(EvalEntity g, EvalDocument out) {
        for (EvalEntity p : out.entities()) if (Scorer.entityMatches(p, g)) return true;
        return false;
    }

    public RelationErrors plus(RelationErrors o) {
        return new RelationErrors(swapped + o.swapped, wrongPredicate + o.wrongPredicate, endNotInGold + o.endNotInGold,
                otherInvented + o.otherInvented, missedEndMissing + o.missedEndMissing, missedEndsFound + o.missedEndsFound);
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "Relation errors: invented %d = direction swapped %d + wrong predicate (right ends) %d"
                        + " + an end not in gold %d + other %d; missed %d = an end entity not found %d + both ends found %d%n",
                swapped + wrongPredicate + endNotInGold + otherInvented, swapped, wrongPredicate, endNotInGold, otherInvented,
                missedEndMissing + missedEndsFound, missedEndMissing, missedEndsFound);
    }
}
