package com.parashift.alfstream.protocol;

import java.util.List;

/**
 * A user group as it travels: its members replace the target's, so a removal travels as well as an addition.
 *
 * @param name        the authority name, {@code GROUP_…}
 * @param displayName the display name
 * @param members     user names and {@code GROUP_…} names of nested groups, sorted
 */
public record GroupSnapshot(String name, String displayName, List<String> members) {
}
