package com.parashift.alfstream.alfresco.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CronSettingTest {

    @Test
    void aValidExpressionPassesTrimmed() {
        assertEquals("0 0/15 * * * ?", CronSetting.check("alfstream.sync.autoretry.cronExpression", " 0 0/15 * * * ? "));
    }

    @Test
    void anInvalidExpressionNamesTheProperty() {
        for (String bad : new String[] {"*/15 * * * *", "every 15 minutes", "", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CronSetting.check("alfstream.sync.autoretry.cronExpression", bad));
            assertTrue(e.getMessage().startsWith("alfstream.sync.autoretry.cronExpression: '"), e.getMessage());
            assertTrue(e.getMessage().contains("not a valid Quartz cron expression"), e.getMessage());
        }
    }
}
