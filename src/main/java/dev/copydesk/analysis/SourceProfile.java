package dev.copydesk.analysis;

import java.util.List;

/**
 * How an article is sourced, at a glance: who it names, who it leaves unnamed, what it links
 * to, how many direct quotations it carries, and how many of its check-worthy claims say where
 * they come from. An editor reads it before the claims checklist. Immutable.
 *
 * @param namedSources     distinct named people, organisations and roles that claims rest on
 * @param anonymousSources distinct unnamed sources leaned on ("experts", "reports")
 * @param documents        distinct documents cited by publisher (a study, figures, a report)
 * @param links            links in the article text
 * @param linkDomains      the distinct domains those links go to, sorted
 * @param directQuotes     quotations in the article text, headline and headings excluded
 * @param claims           check-worthy claims
 * @param attributedClaims claims with a named, linked or documented source
 */
public record SourceProfile(int namedSources, int anonymousSources, int documents, int links,
        List<String> linkDomains, int directQuotes, int claims, int attributedClaims) {

    public SourceProfile {
        linkDomains = List.copyOf(linkDomains);
    }

    /** The share of claims that are attributed, 0 to 1; 1 when there are no claims to source. */
    public double attributedShare() {
        return claims == 0 ? 1.0 : (double) attributedClaims / claims;
    }
}
