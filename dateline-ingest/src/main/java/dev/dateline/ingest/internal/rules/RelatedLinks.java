package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;

/** Drops blocks that are mostly links, such as lists of related stories. */
final class RelatedLinks implements BlockRule {

    @Override
    public String name() {
        return "related-links";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        return block.linkDensity() > 0.6 && block.plain().length() < 300;
    }
}
