package dev.copydesk.lab;

import dev.copydesk.score.Scores;
import dev.copydesk.rule.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The held-out protocol for the overall score's one set of fitted constants, the category
 * weights: BBC and PTC articles are shuffled together with a fixed seed and dealt into k folds;
 * for each fold, the weights (one or two per category) that rank BBC above PTC best on the other
 * folds score the fold's own articles. The AUC over those out-of-fold scores is what the
 * weights are worth on articles they were not chosen on.
 */
final class OverallWeightsFit {
    static final long SEED = 17;

    /** The out-of-fold overall scores of each corpus, in input order, and the weights each fold chose. */
    record Result(double[] bbc, double[] ptc, List<Map<Category, Integer>> chosen, List<Double> trainingAuc) {
    }

    private record Article(boolean bbc, int index, Map<Category, Integer> scores) {
    }

    private OverallWeightsFit() {
    }

    static Result outOfFold(List<CalibrateCommand.Scored> bbc, List<CalibrateCommand.Scored> ptc, int folds) {
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < bbc.size(); i++) {
            all.add(new Article(true, i, categories(bbc.get(i))));
        }
        for (int i = 0; i < ptc.size(); i++) {
            all.add(new Article(false, i, categories(ptc.get(i))));
        }
        Collections.shuffle(all, new Random(SEED));
        double[] bbcScores = new double[bbc.size()];
        double[] ptcScores = new double[ptc.size()];
        List<Map<Category, Integer>> chosen = new ArrayList<>();
        List<Double> trainingAuc = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Article> training = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % folds != fold) {
                    training.add(all.get(i));
                }
            }
            Map<Category, Integer> best = Scores.overallWeights();
            double bestAuc = auc(training, best);
            for (Map<Category, Integer> weights : candidates()) {
                double value = auc(training, weights);
                if (value > bestAuc + 1e-12) {
                    best = weights;
                    bestAuc = value;
                }
            }
            chosen.add(best);
            trainingAuc.add(bestAuc);
            for (int i = fold; i < all.size(); i += folds) {
                Article a = all.get(i);
                (a.bbc() ? bbcScores : ptcScores)[a.index()] = Scores.overallUnder(a.scores(), best);
            }
        }
        return new Result(bbcScores, ptcScores, chosen, trainingAuc);
    }

    /** Overall under {@code weights} for each article, as the shipped formula computes it from category scores. */
    static double[] overall(List<CalibrateCommand.Scored> scored, Map<Category, Integer> weights) {
        return scored.stream().mapToDouble(s -> Scores.overallUnder(categories(s), weights)).toArray();
    }

    private static double auc(List<Article> articles, Map<Category, Integer> weights) {
        double[] high = articles.stream().filter(Article::bbc).mapToDouble(a -> Scores.overallUnder(a.scores(), weights)).toArray();
        double[] low = articles.stream().filter(a -> !a.bbc()).mapToDouble(a -> Scores.overallUnder(a.scores(), weights)).toArray();
        double value = RankStatistics.auc(high, low).value();
        return Double.isNaN(value) ? 0.5 : value;
    }

    /** Every weighting with one or two per category, in a fixed order (the equal weightings first). */
    private static List<Map<Category, Integer>> candidates() {
        List<Map<Category, Integer>> all = new ArrayList<>();
        Category[] categories = Category.values();
        for (int mask = 0; mask < 1 << categories.length; mask++) {
            Map<Category, Integer> weights = new EnumMap<>(Category.class);
            for (int c = 0; c < categories.length; c++) {
                weights.put(categories[c], (mask >> c & 1) == 1 ? 2 : 1);
            }
            all.add(weights);
        }
        return all;
    }

    private static Map<Category, Integer> categories(CalibrateCommand.Scored scored) {
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, scored.scores().get(c.key()));
        }
        return scores;
    }
}
