package com.parashift.alfstream.repo.validate;

/**
 * How big what arrives may be. Alfresco: {@code alfstream.sync.limits.*} in alfresco-global.properties.
 *
 * @param maxItems          changes in one apply request
 * @param maxProperties     properties of one node
 * @param maxValueChars     characters of one property value
 * @param maxValues         values of one multi-valued property
 * @param maxAspects        aspects of one node
 * @param maxAssociations   peer associations of one node
 * @param maxEntries        permission entries of one node
 * @param maxMembers        members of one group
 * @param maxMessageChars   characters of a state message ({@code POST state})
 */
public record Limits(int maxItems, int maxProperties, int maxValueChars, int maxValues, int maxAspects,
                     int maxAssociations, int maxEntries, int maxMembers, int maxMessageChars) {

    public static final Limits DEFAULT = new Limits(5_000, 500, 256 * 1024, 1_000, 100, 1_000, 1_000, 10_000, 4_000);

    public Limits {
        int[] all = {maxItems, maxProperties, maxValueChars, maxValues, maxAspects, maxAssociations, maxEntries,
                maxMembers, maxMessageChars};
        for (int limit : all) {
            if (limit < 1) {
                throw new IllegalArgumentException("alfstream.sync.limits.*: every limit must be 1 or more, was " + limit);
            }
        }
    }

    /** Refuses more than {@code max} of something, naming the field. */
    static void atMost(String field, int size, int max) {
        if (size > max) {
            throw Refusal.of(field, "more than " + max + " (" + size + ")");
        }
    }
}
