package dev.copydesk.rule;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shipped rule packs, loaded and checked once at build time and written as a compact binary
 * file ({@value #RESOURCE} in the jar), so that a run reads them without a YAML parser, a zip
 * file system over the jar, or the validation every pack already passed. User packs are still
 * read from YAML by {@link RuleLoader}. The build runs {@link #main}; a test checks that the file
 * reads back as the very rules the YAML gives.
 */
public final class CompiledCatalog {
    /** Where the build puts the file, beside the {@code rules/} folder it was made from. */
    public static final String RESOURCE = "rules.catalog";

    /** Changes whenever the layout below does, so a file from another build is never misread. */
    private static final int FORMAT = 0x43440001;

    private CompiledCatalog() {
    }

    /** {@code CompiledCatalog RULES_FOLDER OUTPUT}: loads every pack strictly and writes the file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledCatalog RULES_FOLDER OUTPUT");
        }
        List<String> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        RuleLoader.loadTree(Path.of(args[0]), rules, problems);
        RuleLoader.checkDuplicateIds(rules, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped rule packs do not load:\n" + String.join("\n", problems));
        }
        Path output = Path.of(args[1]);
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(rules, out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The shipped rules from the compiled file on the class path, or empty when there is none or
     * it cannot be read as this build writes it (the caller then reads the packs' YAML).
     */
    static Optional<List<Rule>> readShipped() {
        try (InputStream in = CompiledCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(List<Rule> rules, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(FORMAT);
        out.writeInt(rules.size());
        for (Rule rule : rules) {
            writeRule(rule, out);
        }
        out.flush();
    }

    /** The rules in the file, or empty when it was written in another format. */
    static Optional<List<Rule>> read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != FORMAT) {
            return Optional.empty();
        }
        int count = in.readInt();
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(readRule(in));
        }
        return Optional.of(rules);
    }

    private static void writeRule(Rule rule, DataOutputStream out) throws IOException {
        writeString(out, rule.id());
        out.writeByte(rule.category().ordinal());
        out.writeByte(rule.severity().ordinal());
        writeString(out, rule.message());
        writeString(out, rule.suggestion().orElse(null));
        writeString(out, rule.description().orElse(null));
        writeOrdinals(out, rule.scopes());
        writeOrdinals(out, rule.when());
        writeCheck(out, rule.check());
        out.writeInt(rule.examples().size());
        for (Example example : rule.examples()) {
            writeString(out, example.text());
            writeString(out, example.match());
            out.writeBoolean(example.mustFlag());
            out.writeInt(example.line());
            writeString(out, example.bytes());
        }
        writeString(out, rule.origin());
    }

    private static Rule readRule(DataInputStream in) throws IOException {
        String id = readString(in);
        Category category = Category.values()[in.readByte()];
        Severity severity = Severity.values()[in.readByte()];
        String message = readString(in);
        Optional<String> suggestion = Optional.ofNullable(readString(in));
        Optional<String> description = Optional.ofNullable(readString(in));
        Set<RuleScope> scopes = readOrdinals(in, RuleScope.class);
        Set<Condition> when = readOrdinals(in, Condition.class);
        CheckSpec check = readCheck(in);
        int exampleCount = in.readInt();
        List<Example> examples = new ArrayList<>(exampleCount);
        for (int i = 0; i < exampleCount; i++) {
            examples.add(new Example(readString(in), readString(in), in.readBoolean(), in.readInt(), readString(in)));
        }
        return new Rule(id, category, severity, message, suggestion, description, scopes, when, check, examples,
                readString(in));
    }

    private static void writeCheck(DataOutputStream out, CheckSpec check) throws IOException {
        out.writeByte(check.kind().ordinal());
        if (check instanceof CheckSpec.Phrases p) {
            writeStrings(out, p.phrases());
            writeStrings(out, List.copyOf(new TreeSet<>(p.unlessAfter())));
        } else if (check instanceof CheckSpec.Substitutions s) {
            out.writeInt(s.replacements().size());
            for (CheckSpec.Replacement r : s.replacements()) {
                writeString(out, r.phrase());
                writeString(out, r.preferred());
            }
        } else if (check instanceof CheckSpec.Pattern p) {
            writeString(out, p.regex());
            out.writeBoolean(p.caseSensitive());
            writeStrings(out, p.needs());
        } else if (check instanceof CheckSpec.Threshold t) {
            out.writeByte(t.metric().ordinal());
            writeNumber(out, t.max());
            writeNumber(out, t.min());
            writeNumber(out, t.upTo());
        } else if (check instanceof CheckSpec.Characters c) {
            writeString(out, c.set());
            writeString(out, c.unlessNear());
            out.writeBoolean(c.wholeWords());
            out.writeInt(c.minLength());
        }
        // A built-in check is its kind alone.
    }

    private static CheckSpec readCheck(DataInputStream in) throws IOException {
        CheckKind kind = CheckKind.values()[in.readByte()];
        return switch (kind) {
            case PHRASE, VAGUE_ATTRIBUTION -> new CheckSpec.Phrases(readStrings(in), new TreeSet<>(readStrings(in)), kind);
            case SUBSTITUTION -> {
                int count = in.readInt();
                List<CheckSpec.Replacement> replacements = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    replacements.add(new CheckSpec.Replacement(readString(in), readString(in)));
                }
                yield new CheckSpec.Substitutions(replacements);
            }
            case PATTERN -> new CheckSpec.Pattern(readString(in), in.readBoolean(), readStrings(in));
            case METRIC -> new CheckSpec.Threshold(MetricName.values()[in.readByte()], readNumber(in), readNumber(in),
                    readNumber(in));
            case CHARACTERS -> new CheckSpec.Characters(readString(in), readString(in), in.readBoolean(), in.readInt());
            default -> new CheckSpec.Builtin(kind);
        };
    }

    private static <E extends Enum<E>> void writeOrdinals(DataOutputStream out, Set<E> values) throws IOException {
        long bits = 0;
        for (E value : values) {
            bits |= 1L << value.ordinal();
        }
        out.writeLong(bits);
    }

    private static <E extends Enum<E>> Set<E> readOrdinals(DataInputStream in, Class<E> type) throws IOException {
        long bits = in.readLong();
        Set<E> values = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if ((bits & 1L << value.ordinal()) != 0) {
                values.add(value);
            }
        }
        return values;
    }

    private static void writeNumber(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }

    /** UTF-8 with a length, -1 for null; not writeUTF, which stops at 64 KB and bends U+0000. */
    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
