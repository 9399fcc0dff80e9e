package dev.dateline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model file the {@code train} commands write, or with {@code --check} compare with what the data give. */
final class ModelFile {

    private ModelFile() {
    }

    /**
     * Writes {@code content} to {@code out}, or when {@code check} says whether {@code out} already
     * holds exactly it; {@code command} names the command that retrains it.
     *
     * @return the exit status: 0 written or reproduced, 1 a difference found
     */
    static int writeOrCheck(Path out, String content, boolean check, String command, PrintWriter stdout)
            throws IOException {
        if (check) {
            boolean same = Files.isRegularFile(out) && Files.readString(out, StandardCharsets.UTF_8).equals(content);
            stdout.println(same ? "the model file " + out + " is reproduced exactly"
                    : "the model file " + out + " differs from what the data give: retrain with '" + command + "'");
            return same ? 0 : 1;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, content, StandardCharsets.UTF_8);
        stdout.println("wrote " + out);
        return 0;
    }
}
