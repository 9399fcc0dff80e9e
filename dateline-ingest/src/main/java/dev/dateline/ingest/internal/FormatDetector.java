package dev.dateline.ingest.internal;

import dev.dateline.model.ArticleFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells HTML, Markdown and plain text apart by their content. The file name's extension counts
 * only when the content leaves the question open, so a {@code .txt} file holding a web page is
 * read as HTML and a {@code .html} file holding plain text as text.
 */
public final class FormatDetector {

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|article|meta|title)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile(
            "<(?:p|div|br|h[1-6]|article|section|span|a\\s+href|ul|li|table)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(?:#{1,6}\\s+\\S|>\\s|[*+-]\\s+\\S|\\d{1,3}\\.\\s+\\S|-{3,}\\s*$|\\*{3,}\\s*$)"
                    + "|\\[[^\\]\\n]{1,200}\\]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");

    private FormatDetector() {
    }

    /** The format of {@code text}, read from a file named {@code fileName}. */
    public static ArticleFormat detect(String fileName, String text) {
        String head = text.length() > 16384 ? text.substring(0, 16384) : text;
        if (HTML_START.matcher(head).find()) {
            return ArticleFormat.HTML;
        }
        long tags = HTML_BLOCK_TAG.matcher(head).results().count();
        String ext = extension(fileName);
        if (tags >= 3 || (tags >= 1 && (ext.equals("html") || ext.equals("htm")))) {
            return ArticleFormat.HTML;
        }
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            return ArticleFormat.MARKDOWN;
        }
        long signs = MARKDOWN_SIGNS.matcher(head).results().count();
        if (signs >= 2 || (signs >= 1 && (ext.equals("md") || ext.equals("markdown")))) {
            return ArticleFormat.MARKDOWN;
        }
        return ArticleFormat.TEXT;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
