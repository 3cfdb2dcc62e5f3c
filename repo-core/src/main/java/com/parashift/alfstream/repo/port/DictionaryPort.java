package com.parashift.alfstream.repo.port;

import java.util.Optional;

/**
 * What apply asks of the target's data dictionary: whether a type, aspect, property or association exists here,
 * and a property's data type. Names are prefixed ({@code cm:title}); a prefix unknown here is no such name.
 */
public interface DictionaryPort {

    /** Whether a type of this name exists here (not an aspect). */
    boolean isType(String type);

    /** Whether an aspect of this name exists here. */
    boolean isAspect(String aspect);

    /** The property's data type, prefixed ({@code d:text}); empty if there is no such property here. */
    Optional<String> propertyType(String property);

    /** Whether a peer association of this name exists here. */
    boolean isAssociation(String association);
}
