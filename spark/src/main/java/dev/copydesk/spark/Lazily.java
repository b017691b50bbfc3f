package dev.copydesk.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A partition's records mapped one at a time, so a task holds one audited document, not its whole partition. */
final class Lazily {
    private Lazily() {
    }

    interface Mapping<T, R> {
        /** The result for {@code item}, or null to skip it. */
        R apply(T item) throws Exception;
    }

    static <T, R> Iterator<R> map(Iterator<T> items, Mapping<T, R> mapping) {
        return new Iterator<>() {
            private R next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    try {
                        next = mapping.apply(items.next());
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return next != null;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R result = next;
                next = null;
                return result;
            }
        };
    }
}
