package dev.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportNamesTest {
    @Test
    void plainNamesDropTheExtension() {
        assertEquals(Map.of("stories/a.txt", "a.html", "-", "stdin.html"),
                ReportNames.assign(List.of("stories/a.txt", "-")));
    }

    @Test
    void sameNamesInDifferentFoldersGetTheirFolder() {
        Map<String, String> names = ReportNames.assign(List.of("desk-a/story.txt", "desk-b/story.txt", "other.md"));
        assertEquals("desk-a_story.html", names.get("desk-a/story.txt"));
        assertEquals("desk-b_story.html", names.get("desk-b/story.txt"));
        assertEquals("other.html", names.get("other.md"));
    }

    @Test
    void namesNeverEscapeTheReportsFolderOrCollide() {
        List<String> hostile = List.of("../../etc/passwd.txt", "/abs/path/.hidden.html", "a/b/../../c.md", "index.txt",
                "we ird/na$me<script>.html", "x/story.txt", "x/story.md", "story.txt", "..", "C:\\win\\file.txt");
        Map<String, String> names = ReportNames.assign(hostile);
        assertEquals(hostile.size(), new HashSet<>(names.values()).size(), names.toString());
        for (String name : names.values()) {
            assertTrue(name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.html"), name);
            assertTrue(!name.equals("index.html"), "must not overwrite the batch index");
        }
    }

    @Test
    void exportRecordsAreNamedByExportAndIdAndSharedIdsByTheirLine() {
        List<ReportNames.Source> sources = List.of(new ReportNames.Source("cms/export.jsonl", "a1", 1),
                new ReportNames.Source("cms/export.jsonl", "a1", 2), new ReportNames.Source("cms/export.jsonl", "B.2", 3),
                new ReportNames.Source("cms/export.jsonl", "b.2", 4), ReportNames.Source.file("export_a1.txt"));
        Map<ReportNames.Source, String> names = ReportNames.assignSources(sources);
        // The file export_a1.txt would clash with the a1 records, so they take their folder too.
        assertEquals(List.of("cms_export_a1-line1.html", "cms_export_a1-line2.html", "export_B.2-line3.html",
                "export_b.2-line4.html", "export_a1.html"), sources.stream().map(names::get).toList());
        assertEquals(sources.size(), new HashSet<>(names.values()).size(), names.toString());
        assertEquals(names, ReportNames.assignSources(sources), "stable");
    }

    @Test
    void aCraftedIdCannotSpellAnotherRecordsHashedName() {
        List<ReportNames.Source> first = List.of(new ReportNames.Source("e2.jsonl", "a", 1),
                new ReportNames.Source("e2.jsonl", "a", 2), new ReportNames.Source("e2.jsonl", "a-line2", 3));
        String clash = ReportNames.assignSources(first).get(first.get(2));
        String id = clash.substring("e2_".length(), clash.length() - ".html".length());
        List<ReportNames.Source> crafted = new java.util.ArrayList<>(first);
        crafted.add(new ReportNames.Source("e2.jsonl", id, 4));
        Map<ReportNames.Source, String> names = ReportNames.assignSources(crafted);
        assertEquals(crafted.size(), new HashSet<>(names.values()).size(), names.toString());
    }
}
