package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import java.util.regex.Pattern;

/** Drops "Source URL: …", "Original article: …" and similar footers, and lines that are only a URL. */
final class SourceFooter implements BlockRule {

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^\\W*(?:source\\s*url|original\\s*(?:url|article|story|source)|read (?:the )?(?:original|full|more)"
                    + "(?: story| article)?|url|link|permalink|retrieved from|archived from|via|source)\\s*:\\s*\\S");
    private static final Pattern ONLY_URL = Pattern.compile("(?i)^\\W*(?:https?://|www\\.)\\S+\\W*$");

    @Override
    public String name() {
        return "source-footer";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        String text = block.plain();
        return text.length() <= 300 && (LABELLED.matcher(text).find() || ONLY_URL.matcher(text).matches());
    }
}
