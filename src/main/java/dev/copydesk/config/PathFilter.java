package dev.copydesk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which article files a folder run audits: those matching an {@code include} glob (any file,
 * when there are none) and no {@code exclude} glob. Globs match the file's path relative to
 * {@code base}, the folder of the configuration file, with {@code /} separators, so the same
 * configuration works from any working folder. Files outside {@code base} are matched by their
 * absolute path. Immutable.
 */
public record PathFilter(Path base, List<Glob> include, List<Glob> exclude) implements Predicate<Path> {
    public static final PathFilter ALL = new PathFilter(Path.of("").toAbsolutePath(), List.of(), List.of());

    public PathFilter {
        base = base.toAbsolutePath().normalize();
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    @Override
    public boolean test(Path file) {
        String path = relative(file);
        if (!include.isEmpty() && include.stream().noneMatch(g -> g.matches(path))) {
            return false;
        }
        return exclude.stream().noneMatch(g -> g.matches(path));
    }

    /** {@code file} as the globs see it. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
