package org.bilex.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a document's output against its gold file by the rules of the annotation guide: an
 * extracted entity matches a gold entity when the types are equal and the ids are equal, or
 * the canonical names are equal, or any surface form equals any gold form after NFKC, case
 * folding and removal of white space and hyphens; a relation matches when its predicate is
 * equal and both ends match. Each gold item is matched at most once and each extracted item
 * at most once (a maximum bipartite matching), so splitting one gold entity in two costs
 * precision.
 */
public final class Scorer {

    private Scorer() {
    }

    /** The normal form of the guide: NFKC, case-folded, no white space, no hyphens. */
    public static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2212') continue;
            sb.append(c);
        }
        return sb.toString();
    }

    public static boolean entityMatches(EvalEntity p, EvalEntity g) {
        if (!p.type().equals(g.type()) && !g.type().equals("?")) return false;
        if (g.xref() != null && p.xref() != null && !g.xref().isEmpty() && g.xref().equals(p.xref())) return true;
        if (p.canonical().equals(g.canonical())) return true;
        for (String pf : p.forms()) {
            String a = norm(pf);
            for (String gf : g.forms()) if (a.equals(norm(gf))) return true;
        }
        return false;
    }

    public static boolean relationMatches(EvalRelation p, EvalRelation g) {
        return p.predicate().equals(g.predicate()) && entityMatches(p.subject(), g.subject())
                && entityMatches(p.object(), g.object());
    }

    /** The result of scoring one document. */
    public record Result(Map<String, Counts> entities, Map<String, Counts> relations, int[] entityPairs,
                         int[] relationPairs, EvalDocument gold, EvalDocument output, int flagsRight, int flagsChecked) {
    }

    public static Result score(EvalDocument gold, EvalDocument out) {
        int[] ep = match(out.entities().size(), gold.entities().size(),
                (i, j) -> entityMatches(out.entities().get(i), gold.entities().get(j)));
        Map<String, Counts> ents = new TreeMap<>();
        for (EvalEntity e : out.entities()) ents.merge(e.type(), new Counts(0, 1, 0), Counts::plus);
        for (EvalEntity e : gold.entities()) ents.merge(e.type(), new Counts(0, 0, 1), Counts::plus);
        for (int i = 0; i < ep.length; i++) if (ep[i] >= 0) ents.merge(out.entities().get(i).type(), new Counts(1, 0, 0), Counts::plus);

        // relations: pairs whose negated/hedged flags agree are matched first, so a right relation
        // is not paired with a gold one of the same ends but other flags when a better pair exists
        int[] rp = match(out.relations().size(), gold.relations().size(),
                (i, j) -> relationMatches(out.relations().get(i), gold.relations().get(j))
                        && out.relations().get(i).negated() == gold.relations().get(j).negated()
                        && out.relations().get(i).hedged() == gold.relations().get(j).hedged());
        rp = extend(rp, gold.relations().size(), (i, j) -> relationMatches(out.relations().get(i), gold.relations().get(j)));
        Map<String, Counts> rels = new TreeMap<>();
        for (EvalRelation r : out.relations()) rels.merge(r.predicate(), new Counts(0, 1, 0), Counts::plus);
        for (EvalRelation r : gold.relations()) rels.merge(r.predicate(), new Counts(0, 0, 1), Counts::plus);
        int flagsRight = 0, flagsChecked = 0;
        for (int i = 0; i < rp.length; i++) {
            if (rp[i] < 0) continue;
            EvalRelation p = out.relations().get(i);
            EvalRelation g = gold.relations().get(rp[i]);
            rels.merge(p.predicate(), new Counts(1, 0, 0), Counts::plus);
            flagsChecked++;
            if (p.negated() == g.negated() && p.hedged() == g.hedged()) flagsRight++;
        }
        return new Result(ents, rels, ep, rp, gold, out, flagsRight, flagsChecked);
    }

    interface Edge {
        boolean test(int left, int right);
    }

    /** Maximum bipartite matching (augmenting paths); returns for each left item its right item or -1. */
    static int[] match(int nLeft, int nRight, Edge edge) {
        List<List<Integer>> adj = new ArrayList<>(nLeft);
        for (int i = 0; i < nLeft; i++) {
            List<Integer> a = new ArrayList<>();
            for (int j = 0; j < nRight; j++) if (edge.test(i, j)) a.add(j);
            adj.add(a);
        }
        int[] leftTo = new int[nLeft];
        int[] rightTo = new int[nRight];
        Arrays.fill(leftTo, -1);
        Arrays.fill(rightTo, -1);
        for (int i = 0; i < nLeft; i++) {
            boolean[] seen = new boolean[nRight];
            augment(i, adj, leftTo, rightTo, seen);
        }
        return leftTo;
    }

    /** Grows a matching with more edges by augmenting paths from the left items still unmatched. */
    static int[] extend(int[] leftTo, int nRight, Edge edge) {
        int nLeft = leftTo.length;
        List<List<Integer>> adj = new ArrayList<>(nLeft);
        for (int i = 0; i < nLeft; i++) {
            List<Integer> a = new ArrayList<>();
            for (int j = 0; j < nRight; j++) if (edge.test(i, j)) a.add(j);
            adj.add(a);
        }
        int[] lt = leftTo.clone();
        int[] rightTo = new int[nRight];
        Arrays.fill(rightTo, -1);
        for (int i = 0; i < nLeft; i++) if (lt[i] >= 0) rightTo[lt[i]] = i;
        for (int i = 0; i < nLeft; i++) {
            if (lt[i] >= 0) continue;
            augment(i, adj, lt, rightTo, new boolean[nRight]);
        }
        return lt;
    }

    private static boolean augment(int i, List<List<Integer>> adj, int[] leftTo, int[] rightTo, boolean[] seen) {
        for (int j : adj.get(i)) {
            if (seen[j]) continue;
            seen[j] = true;
            if (rightTo[j] < 0 || augment(rightTo[j], adj, leftTo, rightTo, seen)) {
                leftTo[i] = j;
                rightTo[j] = i;
                return true;
            }
        }
        return false;
    }
}
