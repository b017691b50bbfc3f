package dev.copydesk.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The English part-of-speech model as the tagger reads it: the tags, each feature's parameters
 * by tag, and which tags may follow which. The build writes it from OpenNLP's model into a
 * compact file ({@link #main}, at {@code process-classes}), which loads several times faster:
 * OpenNLP's reader parses each feature's tags from text, and loading took a third of the second
 * thread's start. The file's features are read as whole arrays, and looked up there
 * ({@link FeatureTable}). Without the file (a build that skipped the step) the model is read from
 * OpenNLP's own. The file holds the parameters bit for bit ({@code TaggerModelTest}).
 */
public record TaggerModel(String[] outcomes, Map<String, Context> parameters, SequenceValidator<String> validator) {
    /** OpenNLP's model, from {@code opennlp-models-pos-en} (trained on UD English EWT). */
    static final String OPENNLP_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Where the build puts the compact form, beside this class. */
    static final String RESOURCE = "pos-en.bin";
    /** Changes whenever the layout below does, so a file from another build is never misread. */
    private static final int FORMAT = 0x504f5304;
    /** The model has no tag dictionary (the build checks), so every tag may follow every other. */
    private static final SequenceValidator<String> ANY_TAG = (i, words, before, tag) -> true;

    /** The build's step: writes the compact form of OpenNLP's model to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TaggerModel OUTPUT");
        }
        POSModel model = openNlp();
        if (model.getFactory().getTagDictionary() != null) {
            throw new IllegalStateException("the part-of-speech model has a tag dictionary, which the compact form does not keep");
        }
        TaggerModel compact = of(model);
        dev.copydesk.text.BuildTable.writeFile(Path.of(args[0]), out -> write(compact, out));
    }

    /** The shipped model: the compact form when the build wrote it, else OpenNLP's. */
    static TaggerModel load() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Optional<TaggerModel> compact = read(in);
                if (compact.isPresent()) {
                    return compact.get();
                }
            }
        } catch (IOException e) {
            // the file is unreadable: OpenNLP's model is still there
        }
        return of(openNlp());
    }

    static POSModel openNlp() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(OPENNLP_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the English part-of-speech model " + OPENNLP_MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the English part-of-speech model", e);
        }
    }

    @SuppressWarnings("unchecked")
    static TaggerModel of(POSModel model) {
        AbstractModel maxent = (AbstractModel) model.getArtifact("pos.model");
        String[] outcomes = new String[maxent.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = maxent.getOutcome(o);
        }
        return new TaggerModel(outcomes, (Map<String, Context>) maxent.getDataStructures()[1],
                model.getFactory().getSequenceValidator());
    }

    /**
     * A build table's header (its layout, and the OpenNLP model it was written from), the tags,
     * then the features (in key order, so the file is the same at every build) as a
     * {@link FeatureTable}.
     */
    static void write(TaggerModel model, OutputStream stream) throws IOException {
        DataOutputStream out = dev.copydesk.text.BuildTable.start(stream, FORMAT, OPENNLP_MODEL, model.outcomes().length);
        for (String outcome : model.outcomes()) {
            out.writeUTF(outcome);
        }
        FeatureTable.of(new TreeMap<>(model.parameters()), model.outcomes().length).write(out);
        out.flush();
    }

    /**
     * The model in the compact form, or empty when the file was written for another layout or
     * from another model. The features stay in their table ({@link FeatureTable}), which reads as
     * a map.
     */
    static Optional<TaggerModel> read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int tags = dev.copydesk.text.BuildTable.entries(in, FORMAT, OPENNLP_MODEL);
        if (tags < 0) {
            return Optional.empty();
        }
        String[] outcomes = new String[tags];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = in.readUTF();
        }
        return Optional.of(new TaggerModel(outcomes, FeatureTable.read(ByteBuffer.wrap(in.readAllBytes()), tags), ANY_TAG));
    }
}
