package com.parashift.alfstream.alfresco.support;

import org.quartz.CronExpression;

/** A cron expression from {@code alfresco-global.properties}, checked at start-up so a typo names its property. */
public final class CronSetting {

    private CronSetting() {
    }

    /**
     * @param property   the property's name, for the message
     * @param expression its value
     * @return the expression, trimmed
     * @throws IllegalArgumentException naming the property, if Quartz would not accept the expression
     */
    public static String check(String property, String expression) {
        String trimmed = expression == null ? "" : expression.trim();
        if (!CronExpression.isValidExpression(trimmed)) {
            throw new IllegalArgumentException(property + ": '" + trimmed + "' is not a valid Quartz cron expression"
                    + " (seconds minutes hours day-of-month month day-of-week [year], for example 0 0/15 * * * ?)");
        }
        return trimmed;
    }
}
