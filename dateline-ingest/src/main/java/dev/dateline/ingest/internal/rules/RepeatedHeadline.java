package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;

/**
 * Drops a line that repeats the headline, or a heading that repeats an earlier line: scraped
 * pages often carry the headline two or three times. The first occurrence stays.
 */
final class RepeatedHeadline implements BlockRule {

    @Override
    public String name() {
        return "repeated-headline";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        if (block.plain().length() > 300) {
            return false;
        }
        String text = BlockContext.normalize(block.plain());
        return !text.isEmpty() && context.seen(text)
                && (block.kind() == Block.Kind.HEADING || context.title().map(text::equals).orElse(false)
                        || block.plain().length() < 120);
    }
}
