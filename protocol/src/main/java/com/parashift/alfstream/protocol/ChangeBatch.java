package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * Answer to a changes request: journal entries in id order.
 *
 * @param protocol the protocol version
 * @param high     the highest journal entry id visible on the source when the batch was read
 * @param hasMore  more entries follow the last one of this batch
 * @param items    the entries, ascending by id
 */
public record ChangeBatch(int protocol, long high, boolean hasMore, List<Change> items) {
}
