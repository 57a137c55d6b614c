package org.promisetracker.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set: two real plans from the seed papers with their real structure, and an
 * invented history so the service has something to show. Each plan is a data file,
 * {@code demo/<key>.jsonc}, whose comments say which seed paper a text or figure comes from.
 *
 * <p>What the papers say is kept word for word: South Lanarkshire's core commitments, actions,
 * lead officers, timescales and outcome measures (seed 003), and South Ayrshire's ten improvement
 * areas (seeds 000 and 002). Everything else is invented, and every invented text says so ("Illustrative
 * ..." or a title ending "(illustrative)"): South Ayrshire's actions (its 32 are not in the papers),
 * every benefit, status change, note, measurement, correction and RAG assessment. Benefits are
 * aggregate measures only (percentages, counts, money, narrative about services), never about a child.
 */
final class DemoData {

    // Comments carry the provenance of the data; unknown fields are typos, not extensions.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoData() {}

    /** In load order; the first plan's existence tells the loader the data set is already there. */
    static List<DemoPlan> plans() {
        return List.of(southLanarkshire(), southAyrshire());
    }

    static DemoPlan southLanarkshire() {
        return read("south-lanarkshire");
    }

    static DemoPlan southAyrshire() {
        return read("south-ayrshire");
    }

    private static DemoPlan read(String key) {
        String resource = "/demo/" + key + ".jsonc";
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No demo data file " + resource);
            }
            return PlanCommands.of(key, MAPPER.readValue(in, PlanFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
