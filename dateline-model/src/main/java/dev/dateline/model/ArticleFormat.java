package dev.dateline.model;

/** The markup an article's original text is written in. */
public enum ArticleFormat {
    /** Plain text: paragraphs separated by blank lines or line breaks. */
    TEXT,
    /** Markdown, possibly with YAML front matter. */
    MARKDOWN,
    /** An HTML page or fragment. */
    HTML;

    /** The lowercase name used in files and JSON, e.g. {@code "html"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
