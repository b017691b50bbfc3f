package dev.copydesk.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lists of strings in the build's binary tables: a count (-1 for none), then each string. */
public final class StringLists {
    private StringLists() {
    }

    /** Writes the list, or a mark for none when it is null. */
    public static void write(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list == null ? -1 : list.size());
        if (list != null) {
            for (String item : list) {
                out.writeUTF(item);
            }
        }
    }

    /** A list {@link #write} wrote, or null for none. */
    public static List<String> read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(in.readUTF());
        }
        return list;
    }
}
