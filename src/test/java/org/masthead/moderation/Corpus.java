package org.masthead.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled corpus of comments ({@code moderation/corpus.tsv}; the README beside it says how it was made). */
final class Corpus {

    record Row(String split, boolean abusive, String kind, String text) {

        boolean tune() {
            return split.equals("tune");
        }
    }

    private static List<Row> rows;

    private Corpus() {
    }

    static synchronized List<Row> rows() {
        if (rows == null) {
            List<Row> read = new ArrayList<>();
            try (InputStream in = Corpus.class.getResourceAsStream("/moderation/corpus.tsv")) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split("\t", 4);
                    if (f.length == 4) {
                        read.add(new Row(f[0], f[1].equals("abusive"), f[2], f[3].strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows = List.copyOf(read);
        }
        return rows;
    }

    /** The texts of the tune rows of one kind; held-out rows are never tuned on. */
    static List<String> tune(String kind) {
        return rows().stream().filter(Row::tune).filter(r -> r.kind().equals(kind)).map(Row::text).toList();
    }
}
