/**
 * Alfstream Sync: the Sync status site dashlet. Reads the site's report from the repository
 * (GET alfstream/sync/sites/{site}/status) on load and every refreshSeconds, shows it (Alfstream.SyncStatusView),
 * and runs Retry per item and Retry all through the repository's POST alfstream/sync/run, showing refusals in the
 * user's words (Alfstream.SyncLogic). Plain ES5.
 */
(function ()
{
   var Logic = Alfstream.SyncLogic,
      View = Alfstream.SyncStatusView;

   Alfresco.dashlet.AlfstreamSyncStatus = function AlfstreamSyncStatus_constructor(htmlId)
   {
      return Alfresco.dashlet.AlfstreamSyncStatus.superclass.constructor.call(this, "Alfresco.dashlet.AlfstreamSyncStatus", htmlId);
   };

   YAHOO.extend(Alfresco.dashlet.AlfstreamSyncStatus, Alfresco.component.Base,
   {
      options:
      {
         siteId: "",
         refreshSeconds: 60
      },

      report: null,

      onReady: function AlfstreamSyncStatus_onReady()
      {
         var me = this;
         this.body = document.getElementById(this.id + "-body");
         this.body.addEventListener("click", function (event)
         {
            me.onClick(event);
         }, false);
         this.load();
         window.setInterval(function ()
         {
            me.load();
         }, this.options.refreshSeconds * 1000);
      },

      msgFn: function AlfstreamSyncStatus_msgFn()
      {
         var me = this;
         return function (key)
         {
            return me.msg.apply(me, [key].concat(Array.prototype.slice.call(arguments, 1)));
         };
      },

      load: function AlfstreamSyncStatus_load()
      {
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "alfstream/sync/sites/" + encodeURIComponent(this.options.siteId) + "/status",
            successCallback: { fn: this.onLoaded, scope: this },
            failureCallback: { fn: this.onLoadFailed, scope: this }
         });
      },

      onLoaded: function AlfstreamSyncStatus_onLoaded(response)
      {
         this.report = response.json;
         this.body.innerHTML = View.html(this.report, Alfresco.constants.URL_PAGECONTEXT + "site/" +
            encodeURIComponent(this.options.siteId) + "/", new Date().getTime(), this.msgFn());
      },

      onLoadFailed: function AlfstreamSyncStatus_onLoadFailed(response)
      {
         var reason = Logic.repositoryMessage(response ? response.json : null);
         this.body.innerHTML = '<p class="alfstream-sync-status-failed">' + Logic.escapeHtml(reason || this.msg("loading")) + '</p>';
      },

      onClick: function AlfstreamSyncStatus_onClick(event)
      {
         var target = event.target, className = String(target.className || "");
         if (className === "alfstream-sync-status-retry")
         {
            this.retry([{ nodeRef: target.getAttribute("data-noderef"), name: target.getAttribute("data-name") }]);
         }
         else if (className === "alfstream-sync-status-retry-all" && this.report)
         {
            this.retry(View.retryAllTargets(this.report));
         }
      },

      /**
       * Retries the items one after the other; a refusal stops there and says why. Reloads at the end, and once
       * more a few seconds later: a folder's retry reaches the items below it in a background job.
       */
      retry: function AlfstreamSyncStatus_retry(items)
      {
         var me = this, msg = Alfresco.util.message;
         if (items.length === 0)
         {
            this.load();
            window.setTimeout(function ()
            {
               me.load();
            }, 5000);
            return;
         }
         var item = items[0];
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "alfstream/sync/run",
            dataObj: { nodeRef: item.nodeRef, action: "retry", confirmed: false },
            successCallback:
            {
               fn: function ()
               {
                  Alfresco.util.PopupManager.displayMessage({ text: msg(Logic.ACTIONS.retry.successMessage, "Alfresco.AlfstreamSync", item.name) });
                  me.retry(items.slice(1));
               }
            },
            failureCallback:
            {
               fn: function (response)
               {
                  Alfresco.util.PopupManager.displayPrompt(
                  {
                     title: msg(Logic.ACTIONS.retry.label),
                     text: Logic.actionResultText(Logic.ACTIONS.retry, "failure", item.name, response ? response.json : null,
                        function (key)
                        {
                           return msg(key, "Alfresco.AlfstreamSync", Array.prototype.slice.call(arguments, 1));
                        })
                  });
                  me.load();
               }
            }
         });
      }
   });
})();
