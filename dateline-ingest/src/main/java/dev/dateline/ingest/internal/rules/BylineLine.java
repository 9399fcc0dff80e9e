package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import dev.dateline.ingest.internal.Bylines;

/** Drops the byline ("By Jane Doe and John Roe"), which is read as metadata before cleaning. */
final class BylineLine implements BlockRule {

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        return context.index() < 8 && Bylines.parse(block.plain()).isPresent();
    }
}
