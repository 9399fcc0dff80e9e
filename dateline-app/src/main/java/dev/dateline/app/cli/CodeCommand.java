package dev.dateline.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.app.report.EventJson;
import dev.dateline.eval.TextCoder;
import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.ingest.ArticleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline code --jsonl FILE}: codes the events of one sentence or short text per line. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Codes the events of each line of a JSON Lines file: input {\"id\", \"text\", \"date\"},"
                + " output one line per input: {\"id\", \"events\": [{\"cameo\", \"plover\": {\"type\", \"mode\"},"
                + " \"source\": [{\"code\", \"text\"}], \"target\": [...], \"modality\"}]}.",
        footer = {"", "Examples:", "  dateline code --jsonl sentences.jsonl > coded.jsonl",
            "  echo '{\"id\":\"1\",\"text\":\"Russian troops shelled Gori on Tuesday.\",\"date\":\"2008-08-13\"}' \\",
            "    | dateline code --jsonl -", "",
            "A line that is not a JSON object with a text gives {\"id\", \"error\"} and coding goes on.",
            "Exit status: 0 every line coded, 1 some lines had errors, 2 bad usage or unreadable input."})
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--jsonl", required = true, paramLabel = "FILE",
            description = "JSON Lines input, one {\"id\", \"text\", \"date\"} object per line; - reads standard input.")
    Path input;

    @Mixin
    KbOption kb;

    @Option(names = "--full", description = "Write every field of story.json's events (evidence, rule, time, place).")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventCoder coder = kb.coder();
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        TextCoder text = new TextCoder(top::annotator, coder);
        ObjectMapper json = new ObjectMapper();
        JsonFactory factory = new JsonFactory();
        int errors = 0;
        int lineNumber = 0;
        try (BufferedReader in = input.toString().equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                StringWriter buffer = new StringWriter();
                String id = "line " + lineNumber;
                try (JsonGenerator g = factory.createGenerator(buffer)) {
                    try {
                        JsonNode node = json.readTree(line);
                        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
                            throw new IllegalArgumentException("not a JSON object with a \"text\" string");
                        }
                        id = node.path("id").isMissingNode() ? id : node.path("id").asText();
                        Optional<LocalDate> date = node.path("date").isTextual() && !node.path("date").asText().isBlank()
                                ? Optional.of(LocalDate.parse(node.path("date").asText().substring(0,
                                        Math.min(10, node.path("date").asText().length()))))
                                : Optional.empty();
                        TextCoder.Coded coded = text.code(id, node.path("text").asText(), date);
                        g.writeStartObject();
                        g.writeStringField("id", id);
                        g.writeArrayFieldStart("events");
                        for (Event e : coded.events().events()) {
                            EventJson.write(g, e, full);
                        }
                        g.writeEndArray();
                        if (!coded.events().abstained().isEmpty()) {
                            g.writeArrayFieldStart("abstained");
                            for (Event e : coded.events().abstained()) {
                                EventJson.write(g, e, full);
                            }
                            g.writeEndArray();
                        }
                        if (coded.events().skipped().isPresent()) {
                            g.writeStringField("note", coded.events().skipped().get());
                        }
                        g.writeEndObject();
                    } catch (IOException | RuntimeException | ArticleException e) {
                        errors++;
                        buffer.getBuffer().setLength(0);
                        try (JsonGenerator eg = factory.createGenerator(buffer)) {
                            eg.writeStartObject();
                            eg.writeStringField("id", id);
                            eg.writeStringField("error", reason(e));
                            eg.writeEndObject();
                        }
                        err.println(input + ":" + lineNumber + ": " + reason(e));
                    }
                }
                out.println(buffer.toString().strip());
                out.flush();
            }
        }
        err.flush();
        return errors == 0 ? 0 : 1;
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
