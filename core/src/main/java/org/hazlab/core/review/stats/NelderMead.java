package org.hazlab.core.review.stats;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation (Nelder and Mead 1965, standard coefficients 1, 2, 0.5, 0.5), enough for the
 * five-parameter likelihood of the EBGM prior; written out because no maths library is on the class path.
 */
final class NelderMead {

    /** The best point found, its value, and whether the simplex shrank below the tolerance. */
    record Minimum(double[] point, double value, boolean converged) {
    }

    private NelderMead() {
    }

    static Minimum minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxIterations,
                            double tolerance) {
        return minimise(f, start, step, maxIterations, tolerance, best -> false);
    }

    /**
     * The same, giving up (not converged) as soon as the best point so far is {@code hopeless}: for a caller
     * that would reject any answer from there, e.g. a likelihood whose maximum lies at infinity.
     */
    static Minimum minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxIterations,
                            double tolerance, java.util.function.Predicate<double[]> hopeless) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = safe(f, simplex[i]);
        }
        boolean converged = false;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
            double[][] sorted = new double[n + 1][];
            double[] sortedValues = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sorted[i] = simplex[order[i]];
                sortedValues[i] = values[order[i]];
            }
            simplex = sorted;
            values = sortedValues;
            if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + 1e-12)) {
                converged = true;
                break;
            }
            if (hopeless.test(simplex[0])) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = along(centroid, simplex[n], -1);
            double fr = safe(f, reflected);
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[n], -2);
                double fe = safe(f, expanded);
                simplex[n] = fe < fr ? expanded : reflected;
                values[n] = Math.min(fe, fr);
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                double[] contracted = fr < values[n] ? along(centroid, simplex[n], -0.5)
                        : along(centroid, simplex[n], 0.5);
                double fc = safe(f, contracted);
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = safe(f, simplex[i]);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Minimum(simplex[best], values[best], converged);
    }

    /** centroid + t (worst - centroid). */
    private static double[] along(double[] centroid, double[] worst, double t) {
        double[] point = new double[centroid.length];
        for (int i = 0; i < point.length; i++) {
            point[i] = centroid[i] + t * (worst[i] - centroid[i]);
        }
        return point;
    }

    private static double safe(ToDoubleFunction<double[]> f, double[] x) {
        double value = f.applyAsDouble(x);
        return Double.isFinite(value) ? value : Double.MAX_VALUE;
    }
}
