<#-- Alfstream Sync failure mail (plain text). Model: site (blank outside sites), items (path, reason), count,
     subject, howToRetry; plus what Alfresco's mail action adds (date, url, shareUrl).
     To change it, copy it to Data Dictionary/Email Templates/alfstream-failure-email.ftl and edit the copy
     (alfstream.sync.mail.templateOverride). -->
${subject}

<#if site?has_content>
These items of the site "${site}" could not be synchronised to the other Alfresco instances:
<#else>
These items could not be synchronised to the other Alfresco instances:
</#if>

<#list items as item>
- ${item.path}
  ${item.reason}
</#list>

${howToRetry}

-- 
Alfstream Sync
