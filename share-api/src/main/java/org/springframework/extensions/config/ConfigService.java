package org.springframework.extensions.config;

/**
 * Stand-in for Surf's config service (spring-surf-core-configservice): only the lookup the Share AMP uses.
 */
public interface ConfigService {

    /**
     * Looks up the configuration that applies to the given object, for example the condition of a
     * {@code <config evaluator="string-compare" condition="...">} section. Never returns null.
     */
    Config getConfig(Object object);
}
