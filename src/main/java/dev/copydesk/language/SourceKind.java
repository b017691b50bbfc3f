package dev.copydesk.language;

import java.util.Locale;

/** Who a source is, as far as the words tell. */
public enum SourceKind {
    /** A named person: "Sterling Pratt", "Ms Ruiz". */
    PERSON,
    /** A named organisation: "the Office for National Statistics", "Reuters". */
    ORGANISATION,
    /** A role or institution with a determiner: "the police", "the company's chief executive". */
    ROLE,
    /** A document, study, poll or data: "the report", "official figures", "a 2014 study". */
    DOCUMENT,
    /** Anonymous but described: "a senior official", "a source close to the talks". */
    ANONYMOUS,
    /** A vague group: "experts", "critics", "many", "others", "some". */
    VAGUE,
    /** The writer: "I", "we". */
    AUTHOR,
    /** A pronoun that nothing earlier in the article resolves. */
    UNRESOLVED;

    /** The JSON name, as the contract spells source kinds: "named-person", "institution", "vague", ... */
    public String key() {
        return switch (this) {
            case PERSON -> "named-person";
            case ROLE -> "institution";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** Whether a claim with this source counts as attributed: someone the reader could check. */
    public boolean named() {
        return this == PERSON || this == ORGANISATION || this == ROLE || this == DOCUMENT;
    }
}
