package dev.copydesk.rule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep line numbers. */
public final class YamlReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlReader() {
    }

    /** Parses {@code text}; syntax errors and duplicate keys are added to {@code problems}. */
    public static YamlNode read(String text, String file, List<String> problems) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(file + ":1: the file is empty");
                return null;
            }
            return readValue(parser, first, file, problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problems.add(file + ":" + line + ": YAML syntax error: " + firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(file + ":1: cannot read: " + e.getMessage());
            return null;
        }
    }

    private static YamlNode readValue(JsonParser p, JsonToken token, String file, List<String> problems)
            throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                YamlNode value = readValue(p, p.nextToken(), file, problems);
                if (entries.containsKey(key)) {
                    problems.add(file + ":" + keyLine + ": duplicate key '" + key + "'");
                }
                entries.put(key, value);
                keyLines.put(key, keyLine);
            }
            return new YamlNode.Mapping(entries, keyLines, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                items.add(readValue(p, t, file, problems));
            }
            return new YamlNode.Sequence(items, line);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : p.getText(), line);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
