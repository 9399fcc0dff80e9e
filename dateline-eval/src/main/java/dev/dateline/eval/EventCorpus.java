package dev.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.events.Codebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's own labelled event sentences ({@code training/events/*.jsonl}): one sentence a
 * line with the event it is chiefly about, or none. The labelling rules are in
 * {@code training/events/README.md}.
 */
public final class EventCorpus {

    /**
     * One labelled sentence.
     *
     * @param id its identifier
     * @param text the sentence
     * @param date the day it was written, when given
     * @param register the voice it is written in ({@code afp}, {@code sports}, ...)
     * @param region where it is set
     * @param event its main event, or empty when it reports none
     * @param file the file it came from, for messages
     */
    public record Sentence(String id, String text, Optional<LocalDate> date, String register, String region,
            Optional<Gold> event, String file) {
        public Sentence {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The labelled main event.
     *
     * @param trigger the words naming the act, as written
     * @param cameo its CAMEO code
     * @param plover the PLOVER type of that code
     * @param source the source's CAMEO actor code, empty when none is named
     * @param target the target's code, empty when none
     * @param modality asserted, planned, requested, hypothetical, negated, denied or refused
     * @param background whether the sentence recalls it as history rather than news
     */
    public record Gold(String trigger, String cameo, String plover, String source, String target, String modality,
            boolean background) {

        /** The CAMEO root: the code's first two digits. */
        public String root() {
            return cameo.substring(0, 2);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCorpus() {
    }

    /**
     * The sentences of {@code files}, in order.
     *
     * @throws IOException naming the file and line of a record that is not valid
     */
    public static List<Sentence> read(List<Path> files, Codebook codebook) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = in.readLine()) != null;) {
                    n++;
                    if (!line.isBlank()) {
                        out.add(parse(line, file + ":" + n, codebook));
                    }
                }
            }
        }
        return out;
    }

    private static Sentence parse(String line, String where, Codebook codebook) throws IOException {
        JsonNode r = JSON.readTree(line);
        String text = r.path("text").asText("");
        if (text.isBlank()) {
            throw new IOException(where + ": a record needs a \"text\"");
        }
        Optional<LocalDate> date = r.path("date").isTextual() && r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")
                ? Optional.of(LocalDate.parse(r.path("date").asText())) : Optional.empty();
        Optional<Gold> gold = Optional.empty();
        JsonNode e = r.path("event");
        if (e.isObject()) {
            String cameo = e.path("cameo").asText("");
            String plover = codebook.code(cameo).flatMap(c -> c.plover())
                    .orElseThrow(() -> new IOException(where + ": CAMEO code '" + cameo + "' has no PLOVER type"));
            gold = Optional.of(new Gold(e.path("trigger").asText(""), cameo, plover, e.path("source").asText(""),
                    e.path("target").asText(""), e.path("modality").asText("asserted"), e.path("background").asBoolean(false)));
        }
        return new Sentence(r.path("id").asText(where), text, date, r.path("register").asText(""),
                r.path("region").asText(""), gold, where);
    }
}
