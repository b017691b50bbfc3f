package dev.copydesk.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 that Copydesk writes, as records in the specification's own names and
 * order, so the JSON is a plain serialization of them. Absent (null) members are left out.
 */
final class Sarif {
    private Sarif() {
    }

    /** The text of a message or description. */
    record Text(String text) {
    }

    /** The tool and its rules. */
    record Driver(String name, String version, String semanticVersion, List<ReportingDescriptor> rules) {
    }

    record Tool(Driver driver) {
    }

    /** One rule: what it reports, how to fix it, its default level, and its category and pack as tags. */
    record ReportingDescriptor(String id, String name, Text shortDescription, Text fullDescription, Text help,
            Configuration defaultConfiguration, RuleProperties properties) {
    }

    record Configuration(String level) {
    }

    record RuleProperties(String category, List<String> tags) {
    }

    /** One finding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations,
            Map<String, String> partialFingerprints) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    /** A file: relative to {@code SRCROOT} (the checkout), or an absolute {@code file:} URI with no base. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArtifactLocation(String uri, String uriBaseId) {
    }

    /** Lines from 1, columns in code points from 1, end exclusive; only a line for an export's record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn, Text snippet) {
    }

    /** A document that could not be audited, reported as a tool notification. */
    record Notification(String level, Text message) {
    }

    record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
    }
}
