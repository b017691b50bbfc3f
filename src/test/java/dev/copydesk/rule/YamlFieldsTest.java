package dev.copydesk.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one strict YAML reader of rule packs and the configuration: shapes, and problems at the line they are about. */
class YamlFieldsTest {
    private final List<String> problems = new ArrayList<>();

    private YamlFields fields(String yaml) {
        return new YamlFields((YamlNode.Mapping) YamlReader.read(yaml, "f.yaml", problems), "f.yaml", problems);
    }

    @Test
    void aStringOrAListOfStringsReadsAsAList() {
        YamlFields f = fields("one: alpha\nmany:\n  - beta\n  - gamma\n");
        assertEquals(List.of("alpha"), f.stringOrList("one"));
        assertEquals(List.of("beta", "gamma"), f.stringOrList("many"));
        assertEquals(List.of("beta", "gamma"), f.strings("many").stream().map(YamlNode.Scalar::value).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void anAbsentKeyIsNullForRulesAndEmptyForTheConfiguration() {
        YamlFields f = fields("one: alpha\n");
        assertNull(f.stringOrList("other"));
        assertEquals(List.of(), f.strings("other"));
        assertEquals(List.of(), problems);
    }

    @Test
    void eachValueKeepsItsOwnLine() {
        List<YamlNode.Scalar> values = fields("a: 1\nmany:\n  - beta\n  - gamma\n").strings("many");
        assertEquals(List.of(3, 4), values.stream().map(YamlNode.Scalar::line).toList());
    }

    @Test
    void blankItemsAreProblemsOnlyWhereValuesMustNotBeBlank() {
        YamlFields f = fields("many:\n  - beta\n  - ' '\n");
        assertEquals(List.of("beta", " "), f.stringOrList("many"), "a rule's phrase may be a lone unusual space");
        assertEquals(List.of(), problems);
        assertEquals(List.of("beta"), f.strings("many").stream().map(YamlNode.Scalar::value).toList());
        assertEquals(List.of("f.yaml:3: 'many' items must be non-empty strings, not nothing"), problems);
    }

    @Test
    void aWrongShapeIsAProblemThatSaysWhatWasFound() {
        YamlFields f = fields("top: x\nmany:\n  inner: 1\n");
        assertNull(f.stringOrList("many"));
        assertEquals(List.of("f.yaml:2: 'many' must be a string or a list of strings, not a mapping"), problems);
    }

    @Test
    void anUnknownEnumValueListsWhatIsExpected() {
        YamlFields values = YamlFields.values("f.yaml", problems);
        assertEquals(Severity.WARNING, values.enumValue(new YamlNode.Scalar(" Warning ", 4), 4, Severity.class, "severity"));
        assertNull(values.enumValue(new YamlNode.Scalar("fatal", 5), 5, Severity.class, "fail level", "never"));
        assertEquals(List.of("f.yaml:5: unknown fail level 'fatal'; expected error, warning, info, never"), problems);
    }

    @Test
    void unknownKeysAreNamedWithTheKnownOnes() {
        fields("pack: x\npak: y\n").rejectUnknown(java.util.Set.of("pack", "rules"));
        assertEquals(List.of("f.yaml:2: unknown key 'pak'; expected one of pack, rules"), problems);
    }

    @Test
    void problemsAreListedInLineOrder() {
        List<String> sorted = YamlFields.inLineOrder(List.of("f.yaml:12: c", "f.yaml:3: a", "f.yaml:7: b"), "f.yaml");
        assertEquals(List.of("f.yaml:3: a", "f.yaml:7: b", "f.yaml:12: c"), sorted);
    }
}
