package dev.copydesk.analysis;

/**
 * Where a claim comes from.
 *
 * @param kind named-person, organisation, document, link or anonymous
 */
public record Source(String name, String kind) {
}
