package dev.copydesk.check;

import dev.copydesk.text.BuildTable;
import dev.copydesk.text.Segmenter;
import dev.copydesk.text.Stems;
import dev.copydesk.text.TextNormalizer;
import dev.copydesk.text.Token;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a phrase of a phrase rule enters the {@link PhraseIndex}: the key of each of its tokens
 * (its normalized text, or its stem unless the phrase is written {@code =exact}) and, for a
 * phrase of several words, each token's lemma. Working that out for the 1,357 shipped phrases
 * (normalizing, breaking into words, stemming) took about 20 ms of every run's start; so the
 * build writes the keys of every shipped phrase ({@value #RESOURCE}, by {@link StartTables}), and
 * a run takes them from there. A phrase the file does not hold, a user rule's, is worked out as
 * before. Immutable.
 *
 * @param exact  whether the phrase asks for the exact form (written with a leading {@code =})
 * @param keys   the trie key of each token
 * @param lemmas each token's lemma, or null where the phrase matches by keys alone
 */
record PhraseKeys(boolean exact, String written, List<String> keys, List<String> lemmas) {
    static final String RESOURCE = "phrase-keys.bin";
    /**
     * Changes whenever the layout does, so a file from another build is never misread. A Maven
     * build writes the file anew each time; change this too when the keys are worked out
     * differently, for builds that skip that step (PhraseKeysTest compares every entry).
     */
    private static final int FORMAT = 0x43440401;
    /** Word breaks and normalization are ICU's: a table from another ICU is not read. */
    private static final String ICU = com.ibm.icu.util.VersionInfo.ICU_VERSION.toString();
    /** Every phrase looked up since {@link #record}, for the build to write. */
    private static final BuildTable.Asked<String> ASKED = new BuildTable.Asked<>();

    PhraseKeys {
        keys = List.copyOf(keys);
        lemmas = lemmas == null ? null : List.copyOf(lemmas);
    }

    /** The file's keys, read when first needed; empty without the file. */
    private static final class Written {
        static final Map<String, PhraseKeys> KEYS = read();
    }

    /** The keys of a phrase as a rule writes it: from the build's file when it holds them, else worked out now. */
    static PhraseKeys of(String phrase) {
        ASKED.note(phrase);
        PhraseKeys written = Written.KEYS.get(phrase);
        return written != null ? written : workOut(phrase);
    }

    /** The keys worked out from the phrase itself, whatever the file holds. */
    static PhraseKeys workOut(String phrase) {
        boolean exact = phrase.startsWith("=");
        String written = exact ? phrase.substring(1).strip() : phrase;
        List<Token> tokens = new Segmenter("en").tokens(TextNormalizer.normalizeString(written));
        Stems stems = Stems.forLanguage("en");
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(exact || !token.word() ? token.text() : stems.stem(token.text()));
        }
        // In a phrase, a stem may join unrelated words ("explosive claims" and "an explosion
        // claimed"): each word of a phrase matches its inflections only.
        List<String> lemmas = exact || tokens.stream().filter(Token::word).count() < 2 ? null
                : tokens.stream().map(t -> PhraseIndex.lemma(t.text())).toList();
        return new PhraseKeys(exact, written, keys, lemmas);
    }

    /** From now on, keeps every phrase looked up ({@link #asked}): what the build step that writes the file does. */
    static void record() {
        ASKED.record();
    }

    /** The phrases looked up in this JVM since {@link #record}. */
    static Set<String> asked() {
        return ASKED.all();
    }

    /** Writes the keys of the given phrases, each worked out afresh. */
    static void write(Collection<String> phrases, OutputStream target) throws IOException {
        Set<String> sorted = new TreeSet<>(phrases);
        DataOutputStream out = BuildTable.start(target, FORMAT, ICU, sorted.size());
        for (String phrase : sorted) {
            PhraseKeys keys = workOut(phrase);
            out.writeUTF(phrase);
            out.writeBoolean(keys.exact());
            out.writeUTF(keys.written());
            BuildTable.writeList(out, keys.keys());
            BuildTable.writeList(out, keys.lemmas());
        }
        out.flush();
    }

    static Map<String, PhraseKeys> read() {
        return BuildTable.readResource(PhraseKeys.class, RESOURCE, FORMAT, ICU, PhraseKeys::readEntry);
    }

    /** The keys in a file, or none when it is of another format or cannot be read. */
    static Map<String, PhraseKeys> read(InputStream source) {
        return BuildTable.read(source, FORMAT, ICU, PhraseKeys::readEntry);
    }

    private static Map.Entry<String, PhraseKeys> readEntry(DataInputStream in) throws IOException {
        String phrase = in.readUTF();
        boolean exact = in.readBoolean();
        String written = in.readUTF();
        return Map.entry(phrase, new PhraseKeys(exact, written, BuildTable.readList(in), BuildTable.readList(in)));
    }
}
