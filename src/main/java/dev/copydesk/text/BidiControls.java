package dev.copydesk.text;

import com.ibm.icu.text.Bidi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The explicit bidi formatting characters of a paragraph, paired as UAX #9 pairs them
 * (embeddings and overrides close at PDF, isolates at PDI; all close at the end of the
 * paragraph), and the order in which a bidi renderer displays the text. Stateless.
 */
public final class BidiControls {
    private BidiControls() {
    }

    /** Kinds of bidi control. */
    public enum Kind { EMBEDDING, OVERRIDE, ISOLATE, POP_EMBEDDING, POP_ISOLATE, MARK }

    /** One control at {@code offset}; {@code terminated} tells whether its pair closes it. */
    public record Control(int offset, int codePoint, Kind kind, boolean terminated) {
    }

    public static Kind kindOf(int cp) {
        return switch (cp) {
            case 0x202A, 0x202B -> Kind.EMBEDDING;
            case 0x202D, 0x202E -> Kind.OVERRIDE;
            case 0x2066, 0x2067, 0x2068 -> Kind.ISOLATE;
            case 0x202C -> Kind.POP_EMBEDDING;
            case 0x2069 -> Kind.POP_ISOLATE;
            case 0x200E, 0x200F, 0x061C -> Kind.MARK;
            default -> null;
        };
    }

    public static boolean hasControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x061C || c >= 0x200E && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }

    /** Every control of {@code text}, in order, with openers marked terminated or not. */
    public static List<Control> scan(String text) {
        List<Control> controls = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            Kind kind = kindOf(text.charAt(i));
            if (kind == null) {
                continue;
            }
            controls.add(new Control(i, text.charAt(i), kind, kind == Kind.MARK));
            int index = controls.size() - 1;
            if (kind == Kind.EMBEDDING || kind == Kind.OVERRIDE || kind == Kind.ISOLATE) {
                open.push(index);
            } else if (kind == Kind.POP_EMBEDDING || kind == Kind.POP_ISOLATE) {
                Integer opener = closeMatching(controls, open, kind);
                if (opener != null) {
                    Control o = controls.get(opener);
                    controls.set(opener, new Control(o.offset(), o.codePoint(), o.kind(), true));
                    controls.set(index, new Control(i, text.charAt(i), kind, true));
                }
            }
        }
        return controls;
    }

    /** PDI closes the innermost isolate and any embeddings inside it; PDF the innermost embedding. */
    private static Integer closeMatching(List<Control> controls, Deque<Integer> open, Kind pop) {
        if (pop == Kind.POP_EMBEDDING) {
            if (!open.isEmpty() && controls.get(open.peek()).kind() != Kind.ISOLATE) {
                return open.pop();
            }
            return null;
        }
        for (Integer index : open) {
            if (controls.get(index).kind() == Kind.ISOLATE) {
                while (!open.peek().equals(index)) {
                    open.pop();
                }
                return open.pop();
            }
        }
        return null;
    }

    public static boolean hasRightToLeftLetters(String text) {
        return text.codePoints().filter(Character::isLetter).anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** How a bidi renderer displays {@code text} left to right, controls removed. */
    public static String displayOrder(String text) {
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.REMOVE_BIDI_CONTROLS | Bidi.DO_MIRRORING);
    }
}
