package dev.copydesk.rule;

/** Metrics a {@code metric} rule can put a threshold on, and the unit each is measured over. */
public enum MetricName {
    SENTENCE_WORDS("sentence.words", Unit.SENTENCE),
    /** Flesch-Kincaid grade of the sentence alone; 0 for sentences under 14 words, where it is noise. */
    SENTENCE_GRADE("sentence.grade", Unit.SENTENCE),
    PARAGRAPH_WORDS("paragraph.words", Unit.PARAGRAPH),
    PARAGRAPH_SENTENCES("paragraph.sentences", Unit.PARAGRAPH),
    DOCUMENT_WORDS("document.words", Unit.DOCUMENT),
    DOCUMENT_FLESCH_KINCAID_GRADE("document.fleschKincaidGrade", Unit.DOCUMENT),
    DOCUMENT_FLESCH_READING_EASE("document.fleschReadingEase", Unit.DOCUMENT),
    DOCUMENT_ADVERBS_PER_100_WORDS("document.adverbsPer100Words", Unit.DOCUMENT);

    /** What a metric is measured over, and so what a finding points at. */
    public enum Unit { SENTENCE, PARAGRAPH, DOCUMENT }

    private final String key;
    private final Unit unit;

    MetricName(String key, Unit unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    public static MetricName fromKey(String key) {
        for (MetricName m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
