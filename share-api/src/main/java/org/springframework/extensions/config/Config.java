package org.springframework.extensions.config;

/**
 * Stand-in for Surf's merged configuration result: only the accessor the Share AMP uses.
 */
public interface Config {

    /**
     * @return the value of the named config element, or null when there is no such element
     */
    String getConfigElementValue(String name);
}
