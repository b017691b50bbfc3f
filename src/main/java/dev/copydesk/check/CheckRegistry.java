package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.unicode.BidiEmbeddingCheck;
import dev.copydesk.check.unicode.BidiMarksCheck;
import dev.copydesk.check.unicode.BidiOverrideCheck;
import dev.copydesk.check.unicode.CharacterSetCheck;
import dev.copydesk.check.unicode.DiacriticNoiseCheck;
import dev.copydesk.check.unicode.HiddenOverlayCheck;
import dev.copydesk.check.unicode.HiddenTextCheck;
import dev.copydesk.check.unicode.InvalidBytesCheck;
import dev.copydesk.check.unicode.InvisibleBinaryCheck;
import dev.copydesk.check.unicode.InvisibleCharactersCheck;
import dev.copydesk.check.unicode.LinkHomographCheck;
import dev.copydesk.check.unicode.MixedDigitsCheck;
import dev.copydesk.check.unicode.MixedScriptCheck;
import dev.copydesk.check.unicode.MojibakeCheck;
import dev.copydesk.check.unicode.NotNfcCheck;
import dev.copydesk.check.unicode.ReplacementCharactersCheck;
import dev.copydesk.check.unicode.SoftHyphensCheck;
import dev.copydesk.check.unicode.StackedMarksCheck;
import dev.copydesk.check.unicode.TagCharactersCheck;
import dev.copydesk.check.unicode.VariationSelectorsCheck;
import dev.copydesk.check.unicode.WholeScriptConfusableCheck;
import dev.copydesk.finding.Finding;
import dev.copydesk.language.SourceKind;
import dev.copydesk.rule.CheckKind;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one place that maps each {@link dev.copydesk.rule.CheckKind} to its implementation, and
 * compiles a catalog into checks. All phrase and substitution rules share one
 * {@link PhraseCheck}. The result is immutable and thread-safe.
 */
public final class CheckRegistry {
    private final List<Check> checks;

    private CheckRegistry(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static CheckRegistry compile(RuleCatalog catalog) {
        return compile(catalog, CheckSettings.defaults());
    }

    public static CheckRegistry compile(RuleCatalog catalog, CheckSettings settings) {
        List<Check> checks = new ArrayList<>();
        List<Rule> phraseRules = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            CheckKind kind = rule.check().kind();
            // A vague-attribution rule's phrases run with every other phrase rule, first; its source kinds run on their own.
            if (kind == CheckKind.PHRASE || kind == CheckKind.SUBSTITUTION || kind == CheckKind.VAGUE_ATTRIBUTION) {
                phraseRules.add(rule);
            }
            Check check = checkFor(rule, settings);
            if (check != null) {
                checks.add(check);
            }
        }
        if (!phraseRules.isEmpty()) {
            checks.add(0, new PhraseCheck(phraseRules));
        }
        return new CheckRegistry(checks);
    }

    /** The check of one rule, or null where the rule runs elsewhere (phrases, suppression notices). */
    private static Check checkFor(Rule rule, CheckSettings settings) {
        return switch (rule.check().kind()) {
            case PHRASE, SUBSTITUTION -> null;
            case PATTERN -> new PatternCheck(rule, (CheckSpec.Pattern) rule.check());
            case METRIC -> new MetricCheck(rule, (CheckSpec.Threshold) rule.check());
            case CHARACTERS -> new CharacterSetCheck(rule, (CheckSpec.Characters) rule.check());
            case INVISIBLE_CHARACTERS -> new InvisibleCharactersCheck(rule);
            case INVISIBLE_BINARY -> new InvisibleBinaryCheck(rule);
            case TAG_CHARACTERS -> new TagCharactersCheck(rule);
            case VARIATION_SELECTORS -> new VariationSelectorsCheck(rule);
            case BIDI_OVERRIDE -> new BidiOverrideCheck(rule);
            case BIDI_EMBEDDING -> new BidiEmbeddingCheck(rule);
            case BIDI_MARKS -> new BidiMarksCheck(rule);
            case MIXED_SCRIPT -> new MixedScriptCheck(rule, settings);
            case WHOLE_SCRIPT_CONFUSABLE -> new WholeScriptConfusableCheck(rule, settings);
            case MIXED_DIGITS -> new MixedDigitsCheck(rule);
            case STACKED_MARKS -> new StackedMarksCheck(rule);
            case HIDDEN_OVERLAY -> new HiddenOverlayCheck(rule);
            case HIDDEN_TEXT -> new HiddenTextCheck(rule);
            case SOFT_HYPHENS -> new SoftHyphensCheck(rule);
            case DIACRITIC_NOISE -> new DiacriticNoiseCheck(rule);
            case REPLACEMENT_CHARACTERS -> new ReplacementCharactersCheck(rule);
            case MOJIBAKE -> new MojibakeCheck(rule);
            case NOT_NFC -> new NotNfcCheck(rule);
            case UNPAIRED_QUOTES -> new UnpairedQuotesCheck(rule);
            case LINK_HOMOGRAPH -> new LinkHomographCheck(rule);
            case INVALID_BYTES -> new InvalidBytesCheck(rule);
            case NEAR_DUPLICATE -> new NearDuplicateCheck(rule);
            case REPEATED_PHRASE -> new RepeatedPhraseCheck(rule);
            case HEADLINE_BODY_MISMATCH -> new HeadlineBodyCheck(rule);
            case WITHHELD_SUBJECT -> new WithheldSubjectCheck(rule);
            case RESTATED_ENDING -> new RestatedEndingCheck(rule);
            case AUDIENCE_GRADE -> new AudienceGradeCheck(rule, settings);
            case UNATTRIBUTED_STATISTIC -> new UnattributedClaimCheck(rule, Set.of("statistic"));
            case UNATTRIBUTED_CLAIM -> new UnattributedClaimCheck(rule,
                    Set.of("comparison", "causal", "prediction", "group-belief", "event"));
            case QUOTE_WITHOUT_SPEAKER -> new QuoteWithoutSpeakerCheck(rule);
            case VAGUE_ATTRIBUTION -> new SourceKindCheck(rule, SourceKind.VAGUE);
            case ANONYMOUS_SOURCE -> new SourceKindCheck(rule, SourceKind.ANONYMOUS);
            case MISSING_BYLINE -> new MissingMetadataCheck(rule, MissingMetadataCheck.Field.AUTHOR);
            case MISSING_DATE -> new MissingMetadataCheck(rule, MissingMetadataCheck.Field.DATE);
            case TIME_ANCHOR -> new TimeAnchorCheck(rule);
            // Reported where suppression comments are applied, after every check has run
            // (dev.copydesk.suppress.Suppressor), so no suppression can hide them.
            case SUPPRESSION_WITHOUT_REASON, SUPPRESSION_INVALID -> null;
        };
    }

    /** Runs every check on one document; findings in the canonical order. */
    public List<Finding> run(AnalyzedDocument document) {
        Findings findings = new Findings(document);
        for (Check check : checks) {
            check.run(document, findings);
        }
        return findings.all().stream().sorted(FINDING_ORDER).toList();
    }

    /** The single order of findings in every report: by position, then rule, then message. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> f.location().start())
            .thenComparingInt(f -> f.location().end())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
}
