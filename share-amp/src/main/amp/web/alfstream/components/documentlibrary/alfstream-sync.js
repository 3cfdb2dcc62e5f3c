/**
 * Alfstream Sync: Share wiring of the Begin / Stop / Retry Syncing actions and of the error banner.
 * The decisions live in alfstream-sync-logic.js (Alfstream.SyncLogic); this file only talks to Share:
 * - registers the action functions named in alfstream-sync-share-config.xml (document list and folder details);
 * - registers the "alfstreamSyncError" renderer of the document list's banner;
 * - shows the banner on the details page of a folder in Error.
 * Loaded through the DocLibCustom dependencies. Plain ES5.
 */
(function ()
{
   var Logic = Alfstream.SyncLogic,
      BANNER_ID = "alfstream-sync-folder-banner";

   /** A msg(key, args...) function: the component's own messages first, then Share's global messages. */
   function messages(component)
   {
      return function (key)
      {
         var args = Array.prototype.slice.call(arguments, 1);
         if (component && typeof component.msg === "function")
         {
            return component.msg.apply(component, [key].concat(args));
         }
         return Alfresco.util.message(key, "Alfresco.AlfstreamSync", args);
      };
   }

   function hasAction(record, actionId)
   {
      var actions = record && record.actions;
      if (!actions)
      {
         return false;
      }
      for (var i = 0; i < actions.length; i++)
      {
         if (actions[i] && actions[i].id === actionId)
         {
            return true;
         }
      }
      return false;
   }

   /**
    * Runs the repository action of the same name on the record's node, synchronously on the repository side so
    * that its error message (e.g. for a user outside ALFSTREAM_SYNC) comes back and is shown.
    */
   function runAction(component, record, action)
   {
      var msg = messages(component),
         name = record.displayName || (record.node && record.node.properties && record.node.properties["cm:name"]) || record.nodeRef,
         wait = Alfresco.util.PopupManager.displayMessage(
         {
            text: msg("message.alfstream.working", name),
            spanClass: "wait",
            displayTime: 0
         });

      Alfresco.util.Ajax.jsonPost(
      {
         url: Alfresco.constants.PROXY_URI + "api/actionQueue?async=false",
         dataObj:
         {
            actionedUponNode: record.nodeRef,
            actionDefinitionName: action.id
         },
         successCallback:
         {
            fn: function alfstreamSync_success()
            {
               wait.destroy();
               Alfresco.util.PopupManager.displayMessage(
               {
                  text: Logic.actionResultText(action, "success", name, null, msg)
               });
               YAHOO.Bubbling.fire("metadataRefresh", record);
            },
            scope: this
         },
         failureCallback:
         {
            fn: function alfstreamSync_failure(response)
            {
               wait.destroy();
               Alfresco.util.PopupManager.displayPrompt(
               {
                  title: msg(action.label),
                  text: Logic.actionResultText(action, "failure", name, response ? response.json : null, msg)
               });
            },
            scope: this
         }
      });
   }

   function registerAction(action)
   {
      YAHOO.Bubbling.fire("registerAction",
      {
         actionName: action.functionName,
         fn: function alfstreamSync_action(record, owner)
         {
            runAction(this, record, action);
         }
      });
   }

   registerAction(Logic.ACTIONS.begin);
   registerAction(Logic.ACTIONS.stop);
   registerAction(Logic.ACTIONS.retry);

   /* Document list: banner of a folder row in Error (evaluator.alfstream.sync.isErrorFolder). Retry is offered when
      the row's own actions (evaluated by Share for this user) include it. */
   YAHOO.Bubbling.fire("registerRenderer",
   {
      propertyName: "alfstreamSyncError",
      renderer: function alfstreamSync_renderBanner(record, label)
      {
         var banner = Logic.errorBanner(record.node, hasAction(record, Logic.ACTIONS.retry.id), messages(this));
         return Logic.errorBannerHtml(banner);
      }
   });

   /* Folder details page: the same banner above the page, with the Retry Syncing button for members. */
   var groups = null;

   function withGroups(callback)
   {
      if (groups !== null)
      {
         callback(groups);
         return;
      }
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI + "api/people/" + encodeURIComponent(Alfresco.constants.USERNAME) + "?groups=true",
         successCallback:
         {
            fn: function (response)
            {
               groups = (response.json && response.json.groups) || [];
               callback(groups);
            }
         },
         failureCallback:
         {
            fn: function ()
            {
               callback([]);
            }
         }
      });
   }

   function showFolderBanner(folderDetails)
   {
      var old = document.getElementById(BANNER_ID);
      if (old)
      {
         old.parentNode.removeChild(old);
      }
      withGroups(function (userGroups)
      {
         var node = folderDetails.node,
            canRetry = Logic.availableActions(node, userGroups).indexOf(Logic.ACTIONS.retry.id) !== -1,
            banner = Logic.errorBanner(node, canRetry, messages(null));
         if (!banner)
         {
            return;
         }
         var div = document.createElement("div"),
            page = document.getElementById("bd") || document.body;
         div.id = BANNER_ID;
         div.className = "alfstream-sync-banner";
         div.innerHTML = Logic.errorBannerHtml(banner);
         page.insertBefore(div, page.firstChild);
         var links = div.getElementsByTagName("a");
         for (var i = 0; i < links.length; i++)
         {
            links[i].onclick = function ()
            {
               runAction(null, folderDetails, Logic.ACTIONS.retry);
               return false;
            };
         }
      });
   }

   YAHOO.Bubbling.on("folderDetailsAvailable", function alfstreamSync_folderDetails(layer, args)
   {
      var folderDetails = args && args[1] && args[1].folderDetails;
      if (folderDetails)
      {
         showFolderBanner(folderDetails);
      }
   });
})();
