package org.newsgraph.cli.commands;

import org.newsgraph.nlp.attribution.AttributionScheme;
import picocli.CommandLine.Option;

/** {@code --attributions speech|parc}, shared by the commands that analyse articles for people to read. */
public final class AttributionsOption {
    @Option(names = "--attributions", paramLabel = "SCHEME",
            description = "Which attributions to report: speech (what was said; the default) or parc (PARC's broader "
                    + "definition, as PolNeAR annotates it: also intentions, thoughts and refusals).")
    AttributionScheme scheme = AttributionScheme.SPEECH;
}
