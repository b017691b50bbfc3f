package dev.copydesk.lab;

import dev.copydesk.audit.Auditor;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.language.ClickbaitModel;
import dev.copydesk.report.AtomicFiles;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code copydesk lab clickbait DATA_DIR}: trains the clickbait headline model on
 * Webis-Clickbait-17 (clickbait when the crowd's mean judgement is at least 0.5) and prints
 * k-fold cross-validated figures for the model, for the tone rules, and for the verdict an
 * editor sees (the model, or a tone warning or error on the headline). Posts are shuffled with
 * a fixed seed, so every run gives the same folds, figures and model bytes; {@code --write}
 * saves the model trained on every post and prints its SHA-256.
 */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Train and cross-validate a learned model on a public dataset (clickbait: Webis-Clickbait-17).")
public final class LabCommand implements Callable<Integer> {
    static final long SEED = 17;
    /** Cut-offs the figures are printed at: the model's own, and the stricter ones news headlines need. */
    private static final double[] THRESHOLDS = {ClickbaitModel.THRESHOLD, 0.4, 0.5, 0.6};

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model to train: clickbait")
    private String model;

    @Parameters(index = "1", paramLabel = "DATA_DIR", description = "Folder holding the datasets, e.g. ../shared/data")
    private Path data;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: 5)")
    private int folds = 5;

    @Option(names = "--write", paramLabel = "FILE", description = "Write the model trained on every post to FILE")
    private Path write;

    private record Post(String text, boolean clickbait) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!model.equals("clickbait")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown model '" + model + "': the lab trains 'clickbait'");
        }
        if (folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        Path tsv = data.resolve(Corpora.WEBIS);
        if (!Files.isRegularFile(tsv)) {
            spec.commandLine().getErr().println("copydesk: lab: " + tsv + " not found");
            return 2;
        }
        List<Post> posts = read(tsv);
        Collections.shuffle(posts, new Random(SEED));
        Auditor auditor = new Auditor(RuleLoader.loadShipped(), null, null);
        ArticleReader reader = new ArticleReader();
        boolean[] ruleSays = new boolean[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            List<Finding> tone = Corpora.audit(auditor, reader, posts.get(i).text(), "post.txt").findings().stream()
                    .filter(f -> f.category() == Category.TONE && f.severity().atLeast(Severity.WARNING)).toList();
            ruleSays[i] = !tone.isEmpty();
        }
        double[] probability = new double[posts.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<ClickbaitModel.Example> training = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                if (i % folds != fold) {
                    training.add(new ClickbaitModel.Example(posts.get(i).text(), posts.get(i).clickbait()));
                }
            }
            ClickbaitModel trained = ClickbaitModel.train(training);
            for (int i = fold; i < posts.size(); i += folds) {
                probability[i] = trained.probability(posts.get(i).text());
            }
        }
        long positives = posts.stream().filter(Post::clickbait).count();
        out.printf(Locale.ROOT, "clickbait, Webis-Clickbait-17: %,d posts, %,d clickbait (mean judgement >= 0.5); "
                + "%d-fold cross-validation, shuffled with seed %d%n", posts.size(), positives, folds, SEED);
        for (double threshold : THRESHOLDS) {
            boolean[] modelSays = new boolean[posts.size()];
            boolean[] combined = new boolean[posts.size()];
            for (int i = 0; i < posts.size(); i++) {
                modelSays[i] = probability[i] >= threshold;
                combined[i] = modelSays[i] || ruleSays[i];
            }
            report(out, String.format(Locale.ROOT, "model alone, p >= %.2f", threshold), modelSays, posts);
            report(out, String.format(Locale.ROOT, "model (p >= %.2f) or a tone warning", threshold), combined, posts);
        }
        report(out, "tone rules alone (warning or error)", ruleSays, posts);
        if (write != null) {
            List<ClickbaitModel.Example> all = posts.stream().map(p -> new ClickbaitModel.Example(p.text(), p.clickbait())).toList();
            byte[] bytes = ClickbaitModel.train(all).bytes();
            AtomicFiles.replace(write, bytes);
            out.printf(Locale.ROOT, "model trained on all %,d posts: %,d bytes, sha256 %s, written to %s%n", posts.size(),
                    bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), write);
        }
        out.flush();
        return 0;
    }

    private static List<Post> read(Path tsv) throws Exception {
        List<Post> posts = new ArrayList<>();
        for (Corpora.WebisPost post : Corpora.readWebis(tsv)) {
            posts.add(new Post(post.text(), post.meanJudgement() >= 0.5));
        }
        return posts;
    }

    private static void report(PrintWriter out, String label, boolean[] predicted, List<Post> posts) {
        Confusion tally = new Confusion();
        for (int i = 0; i < posts.size(); i++) {
            tally.add(predicted[i], posts.get(i).clickbait());
        }
        out.printf(Locale.ROOT, "  %-38s precision %.3f  recall %.3f  F1 %.3f  balanced accuracy %.3f%n", label,
                tally.precision(), tally.recall(), tally.f1(), tally.balancedAccuracy());
    }
}
