package dev.copydesk.score;

import dev.copydesk.text.Decimals;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Audience;
import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.CheckKind;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scoring model, as docs/scoring.md explains it. Each category adds up a
 * <em>load</em> in one unit, severity-weighted findings per 1,000 words:
 * <ul>
 * <li>a finding in the body weighs its severity (error 10, warning 4, info 0.5) per 1,000 words,
 * texts under {@value #MIN_WORDS} words counting as {@value #MIN_WORDS};
 * <li>a finding in the headline, or about the whole article, weighs its severity times
 * {@value #HEADLINE_DENSITY} whatever the length: more than any body finding can;
 * <li>four metrics add loads of their own: the share of claims without a source (sourcing), the
 * grade against the audience's limit (clarity), the share of sentences that repeat an earlier one
 * (hygiene), and exclamation marks and capitals in the reporter's own words (tone). The first
 * three take over the findings that report them, so nothing counts twice.
 * </ul>
 * A category with load {@code L} loses {@code 100 * (1 - exp(-L / CURVE))} points, shared among its
 * sources in proportion to their load: the curve saturates, so a score nears 0 only slowly.
 * Because every load is a rate, the same copy pasted twice scores the same. {@code overall} is the
 * mean of the five, weighted by {@link #OVERALL_WEIGHTS}, less half of each category's shortfall below
 * {@value #FAILING}, so one failing category cannot hide behind four good ones. Immutable and thread-safe.
 */
public final class Scoring {
    /** Severity weights: an error is what an editor must fix, info is a hint an editor may take. */
    static final double ERROR_WEIGHT = 10;
    static final double WARNING_WEIGHT = 4;
    static final double INFO_WEIGHT = 0.5;
    /** Shorter texts count as this long, so a single slip in a brief does not sink it. */
    static final int MIN_WORDS = 250;
    /** Every reader reads the headline, whatever the length of the story under it. */
    static final double HEADLINE_DENSITY = 5;
    /** The load at which a category has lost 63% of its points (1 - 1/e). */
    static final double CURVE = 50;
    /** Load of a text whose claims are all unsourced; in proportion for fewer. */
    static final double UNSOURCED_LOAD = 20;
    /** From this many claims on, sourcing is judged in full; a brief with fewer is judged in proportion. */
    static final int FULL_CLAIMS = 10;
    /**
     * Load per grade above the audience's limit less {@value #GRADE_MARGIN}: copy near the limit
     * already asks work of its readers, and the check's finding only comes past it.
     */
    static final double GRADE_LOAD = 5;
    static final int GRADE_MARGIN = 2;
    /** Load of a text in which every sentence repeats an earlier one; in proportion for fewer. */
    static final double REPETITION_LOAD = 100;
    /** Load per exclamation mark or all-capitals word per 1,000 words, as much as two info findings. */
    static final double SHOUT_LOAD = 1;
    /** A category below this is failing, and pulls overall down by {@value #FAILING_PULL} of its shortfall. */
    static final double FAILING = 50;
    static final double FAILING_PULL = 0.5;
    /**
     * How much each category counts in overall. Chosen by {@code copydesk calibrate} out of fold:
     * on each of five folds of BBC News and the Propaganda Techniques Corpus, the weights of one
     * or two per category that rank the training folds best; every fold chose these. Integrity
     * and sourcing count once because they barely tell the two corpora apart (persuasive copy
     * quotes sources too); a failing category still pulls overall down whatever its weight.
     */
    static final Map<Category, Integer> OVERALL_WEIGHTS = Map.of(Category.INTEGRITY, 1, Category.TONE, 2,
            Category.SOURCING, 1, Category.CLARITY, 2, Category.HYGIENE, 2);

    /** Checks whose findings a metric weighs instead of their density, and the metric. */
    private static final Map<CheckKind, String> METRIC_OF = Map.of(
            CheckKind.UNATTRIBUTED_STATISTIC, "attributedClaims",
            CheckKind.UNATTRIBUTED_CLAIM, "attributedClaims",
            CheckKind.AUDIENCE_GRADE, "consensusGrade",
            CheckKind.NEAR_DUPLICATE, "repeatedSentences");

    /** One source of load in one category, before the curve turns loads into points. */
    private record Load(Category category, String source, double load, List<Integer> findings, String reason) {
    }

    private final Map<String, Rule> rules;
    private final Audience audience;

    public Scoring(RuleCatalog catalog, Audience audience) {
        this.rules = catalog.rules().stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));
        this.audience = audience;
    }

    public Scores score(AnalyzedDocument document, List<Finding> findings) {
        return score(Evidence.of(document, findings, rules), audience);
    }

    static Scores score(Evidence evidence, Audience audience) {
        Map<Category, List<Load>> loads = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            loads.put(c, new ArrayList<>());
        }
        findingLoads(evidence).forEach(l -> loads.get(l.category()).add(l));
        metricLoads(evidence, audience).forEach(l -> loads.get(l.category()).add(l));

        List<CategoryScore> categories = new ArrayList<>();
        List<Deduction> overall = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Deduction> exact = curve(loads.get(c));
            double lost = exact.stream().mapToDouble(Deduction::points).sum();
            categories.add(PointRounding.settle(c.key(), exact));
            // overall = mean - FAILING_PULL * shortfall below FAILING; both parts are shares of
            // this category's deductions, so overall's deductions trace to the same findings.
            double score = 100 - lost;
            double pull = score < FAILING ? FAILING_PULL * (FAILING - score) / lost : 0;
            int weight = OVERALL_WEIGHTS.get(c);
            double share = (double) weight / totalWeight() + pull;
            // Overall is a weighted mean of the categories, less half of any shortfall below 50: say it in those words.
            String part = weight + "/" + totalWeight() + " of its " + c.key() + " points";
            String reason = pull > 0 ? part + ", plus extra because " + c.key() + " is below " + (int) FAILING
                    : part + " (in overall, " + c.key() + " counts " + (weight == 1 ? "once" : "twice") + ")";
            for (Deduction d : exact) {
                overall.add(new Deduction(c.key(), d.source(), d.points() * share, d.findings(), reason));
            }
        }
        List<CategoryScore> all = new ArrayList<>();
        all.add(PointRounding.settle(Scores.OVERALL, overall));
        all.addAll(categories);
        return new Scores(all);
    }

    private static int totalWeight() {
        return OVERALL_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Overall from category scores under other weights, as {@link #score} computes it (less the
     * rounding): the weighted mean, less {@value #FAILING_PULL} of each shortfall below {@value #FAILING}.
     * For calibration, which compares weightings on the same audits.
     */
    static double overall(Map<Category, Integer> categoryScores, Map<Category, Integer> weights) {
        double sum = 0;
        double total = 0;
        double pull = 0;
        for (Category c : Category.values()) {
            int score = categoryScores.get(c);
            sum += weights.get(c) * score;
            total += weights.get(c);
            pull += score < FAILING ? FAILING_PULL * (FAILING - score) : 0;
        }
        return sum / total - pull;
    }

    /** Turns a category's loads into exact points on the saturating curve, in proportion to each load. */
    private static List<Deduction> curve(List<Load> loads) {
        double total = loads.stream().mapToDouble(Load::load).sum();
        List<Deduction> exact = new ArrayList<>();
        if (total <= 0) {
            return exact;
        }
        // StrictMath: the same input gives the same score on every platform.
        double lost = 100 * (1 - StrictMath.exp(-total / CURVE));
        for (Load l : loads) {
            exact.add(new Deduction(l.category().key(), l.source(), lost * l.load() / total, l.findings(), l.reason()));
        }
        return exact;
    }

    static double weight(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_WEIGHT;
            case WARNING -> WARNING_WEIGHT;
            case INFO -> INFO_WEIGHT;
        };
    }

    /** Per-1,000-word factor of a body finding. */
    private static double perThousand(Evidence evidence) {
        return 1000.0 / Math.max(evidence.words(), MIN_WORDS);
    }

    /** One load per rule whose findings count by density, in rule order. */
    private static List<Load> findingLoads(Evidence evidence) {
        Map<String, List<Evidence.Mark>> byRule = new TreeMap<>();
        for (Evidence.Mark m : evidence.marks()) {
            if (m.kind() == null || !METRIC_OF.containsKey(m.kind())) {
                byRule.computeIfAbsent(m.rule(), k -> new ArrayList<>()).add(m);
            }
        }
        double body = perThousand(evidence);
        List<Load> loads = new ArrayList<>();
        byRule.forEach((rule, marks) -> {
            double load = 0;
            for (Evidence.Mark m : marks) {
                double factor = m.position() == Evidence.Position.BODY ? body : HEADLINE_DENSITY;
                load += weight(m.severity()) * m.count() * factor;
            }
            loads.add(new Load(marks.get(0).category(), rule, load, indices(marks), describe(marks)));
        });
        return loads;
    }

    private static List<Load> metricLoads(Evidence evidence, Audience audience) {
        List<Load> loads = new ArrayList<>();
        int unsourced = evidence.claims() - evidence.attributedClaims();
        if (unsourced > 0) {
            double few = Math.min(1.0, evidence.claims() / (double) FULL_CLAIMS);
            String reason = unsourced + " of " + evidence.claims() + " claims have no named source"
                    + (few < 1 ? "; under " + FULL_CLAIMS + " claims, so it counts " + evidence.claims() + "/"
                    + FULL_CLAIMS : "");
            loads.add(new Load(Category.SOURCING, "attributedClaims",
                    UNSOURCED_LOAD * unsourced / evidence.claims() * few, fed(evidence, "attributedClaims"), reason));
        }
        if (evidence.grade().isPresent()) {
            double grade = evidence.grade().getAsDouble();
            int from = audience.maxGrade() - GRADE_MARGIN;
            if (grade > from) {
                loads.add(new Load(Category.CLARITY, "consensusGrade", GRADE_LOAD * (grade - from),
                        fed(evidence, "consensusGrade"), "reading grade " + Decimals.oneDecimal(grade) + ": " + audience.key()
                                + " readers' limit is " + audience.maxGrade() + ", and points go from grade " + from));
            }
        }
        List<Integer> duplicates = fed(evidence, "repeatedSentences");
        int repeated = evidence.marks().stream().filter(m -> "repeatedSentences".equals(METRIC_OF.get(m.kind())))
                .mapToInt(Evidence.Mark::count).sum();
        if (repeated > 0) {
            int sentences = Math.max(evidence.sentences(), repeated);
            loads.add(new Load(Category.HYGIENE, "repeatedSentences", REPETITION_LOAD * repeated / sentences, duplicates,
                    repeated + " of " + sentences + " sentences repeat an earlier one"));
        }
        int shouts = evidence.exclamationMarks() + evidence.capitalWords();
        if (shouts > 0) {
            loads.add(new Load(Category.TONE, "shouting", SHOUT_LOAD * shouts * perThousand(evidence), List.of(),
                    count(evidence.exclamationMarks(), "exclamation mark") + " and "
                    + count(evidence.capitalWords(), "all-capitals word") + " outside quotations"));
        }
        return loads;
    }

    /** Indices of the findings a metric takes over. */
    private static List<Integer> fed(Evidence evidence, String metric) {
        return indices(evidence.marks().stream().filter(m -> metric.equals(METRIC_OF.get(m.kind()))).toList());
    }

    private static List<Integer> indices(List<Evidence.Mark> marks) {
        return marks.stream().map(Evidence.Mark::finding).toList();
    }

    /** "2 warnings and 1 info finding, 1 in the headline". */
    private static String describe(List<Evidence.Mark> marks) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int headline = 0;
        int whole = 0;
        for (Evidence.Mark m : marks) {
            bySeverity.merge(m.severity(), m.count(), Integer::sum);
            headline += m.position() == Evidence.Position.HEADLINE ? m.count() : 0;
            whole += m.position() == Evidence.Position.WHOLE_DOCUMENT ? m.count() : 0;
        }
        List<String> parts = new ArrayList<>();
        bySeverity.forEach((s, n) -> parts.add(s == Severity.INFO ? count(n, "info finding") : count(n, s.key())));
        String text = String.join(" and ", parts);
        int total = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        if (whole > 0) {
            text += whole == total ? ", about the whole article" : ", " + whole + " about the whole article";
        }
        if (headline > 0) {
            text += headline == total ? (total == 1 ? ", in the headline" : ", all in the headline")
                    : ", " + headline + " in the headline";
        }
        return text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
