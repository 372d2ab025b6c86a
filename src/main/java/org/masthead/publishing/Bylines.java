package org.masthead.publishing;

import java.util.List;

/** How a list of authors reads in a sentence. */
final class Bylines {

    private Bylines() {
    }

    static String names(List<AuthorRef> authors) {
        List<String> names = authors.stream().map(AuthorRef::name).toList();
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }
}
