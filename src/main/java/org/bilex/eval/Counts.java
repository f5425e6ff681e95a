package org.bilex.eval;

/** True positives and the sizes of the two sides, with precision, recall and F1. */
public record Counts(int tp, int predicted, int gold) {

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
