package org.masthead.funding;

import java.util.List;

/**
 * What the support page offers: preset amounts and the bounds of any amount, in whole units of the
 * publication's currency; and whether the donor wall is shown, with donors' messages or without.
 */
record SupportSettings(String currency, List<Long> presets, long minimumUnits, long maximumUnits, boolean donorWall,
        boolean wallMessages) {

    SupportSettings {
        presets = List.copyOf(presets);
    }

    /** The presets as the newsroom types them: "5, 10, 25, 100". */
    String presetsTyped() {
        return String.join(", ", presets.stream().map(String::valueOf).toList());
    }
}
