/* Sync status dashlet: the browser reads the site's status itself (and again every refreshSeconds). */
function main()
{
   model.widgets = [
   {
      id: "AlfstreamSyncStatus",
      name: "Alfresco.dashlet.AlfstreamSyncStatus",
      options:
      {
         siteId: page.url.templateArgs.site != null ? String(page.url.templateArgs.site) : "",
         refreshSeconds: 60
      }
   }];
}

main();
