/**
 * Alfstream Sync: the decisions behind the document library actions, indicators and error banner, kept free of
 * Share, YUI and the DOM so that they can be tested in Node (src/test/js). alfstream-sync.js wires them into Share.
 *
 * A node is the document library's record.node (or record.jsNode): { aspects: ["alfs:sync", ...],
 * properties: { "alfs:syncState": "Active" | "Inactive" | "Error", "alfs:errorMessage": "..." }, isContainer }.
 * Groups are the user's group names ("GROUP_ALFSTREAM_SYNC") or Share's group objects ({ itemName: "GROUP_..." }).
 *
 * Plain ES5: Share serves it as is (and may compress it).
 */
(function (root, factory)
{
   var api = factory();
   if (typeof module === "object" && module.exports)
   {
      module.exports = api;
   }
   else
   {
      root.Alfstream = root.Alfstream || {};
      root.Alfstream.SyncLogic = api;
   }
}(this, function ()
{
   "use strict";

   var SYNC_ASPECT = "alfs:sync",
      STATE_PROPERTY = "alfs:syncState",
      ERROR_PROPERTY = "alfs:errorMessage",
      SYNC_GROUP = "GROUP_ALFSTREAM_SYNC",
      STATES = ["Active", "Inactive", "Error"];

   /** The three actions: Share action id (= repository action name) and their message keys. */
   var ACTIONS =
   {
      begin: { id: "alfstream-begin-sync", functionName: "onActionAlfstreamBeginSync" },
      stop: { id: "alfstream-stop-sync", functionName: "onActionAlfstreamStopSync" },
      retry: { id: "alfstream-retry-sync", functionName: "onActionAlfstreamRetrySync" }
   };
   (function ()
   {
      for (var kind in ACTIONS)
      {
         if (ACTIONS.hasOwnProperty(kind))
         {
            ACTIONS[kind].kind = kind;
            ACTIONS[kind].label = "actions.alfstream." + kind + "-sync";
            ACTIONS[kind].successMessage = "message.alfstream." + kind + "-sync.success";
            ACTIONS[kind].failureMessage = "message.alfstream." + kind + "-sync.failure";
         }
      }
   })();

   function contains(array, value)
   {
      if (!array)
      {
         return false;
      }
      for (var i = 0; i < array.length; i++)
      {
         if (array[i] === value)
         {
            return true;
         }
      }
      return false;
   }

   function properties(node)
   {
      return (node && node.properties) || {};
   }

   /**
    * @return null when the node is not synced (no alfs:sync), otherwise "Active", "Inactive", "Error",
    *         or "Unknown" for a state this version does not know (a missing state included)
    */
   function syncState(node)
   {
      if (!node || !contains(node.aspects, SYNC_ASPECT))
      {
         return null;
      }
      var state = properties(node)[STATE_PROPERTY];
      state = state === undefined || state === null ? "" : String(state);
      for (var i = 0; i < STATES.length; i++)
      {
         if (STATES[i] === state)
         {
            return STATES[i];
         }
      }
      return "Unknown";
   }

   /** @return the reason the repository gave for the Error state, or null */
   function errorReason(node)
   {
      var reason = properties(node)[ERROR_PROPERTY];
      if (reason === undefined || reason === null)
      {
         return null;
      }
      reason = String(reason).replace(/^\s+|\s+$/g, "");
      return reason.length > 0 ? reason : null;
   }

   /** @return true when the groups include ALFSTREAM_SYNC */
   function isSyncMember(groups)
   {
      if (!groups)
      {
         return false;
      }
      for (var i = 0; i < groups.length; i++)
      {
         var group = groups[i],
            name = group && typeof group === "object" ? group.itemName : group;
         if (name === SYNC_GROUP)
         {
            return true;
         }
      }
      return false;
   }

   /**
    * The actions a user may run on a folder: Begin where there is no alfs:sync or the state is Inactive (to resume
    * a stopped folder), Stop where the state is Active, Retry where it is Error; none for other states, for
    * documents or for users outside ALFSTREAM_SYNC.
    * The same rules as the evaluators in alfstream-sync-share-config.xml.
    *
    * @return array of action ids
    */
   function availableActions(node, groups)
   {
      if (!node || !node.isContainer || !isSyncMember(groups))
      {
         return [];
      }
      switch (syncState(node))
      {
         case null:
         case "Inactive":
            return [ACTIONS.begin.id];
         case "Active":
            return [ACTIONS.stop.id];
         case "Error":
            return [ACTIONS.retry.id];
         default:
            return [];
      }
   }

   /** @return the action definition for an action id or a Share function name, or null */
   function actionFor(idOrFunctionName)
   {
      for (var kind in ACTIONS)
      {
         if (ACTIONS.hasOwnProperty(kind) &&
               (ACTIONS[kind].id === idOrFunctionName || ACTIONS[kind].functionName === idOrFunctionName))
         {
            return ACTIONS[kind];
         }
      }
      return null;
   }

   function escapeHtml(text)
   {
      return String(text)
         .replace(/&/g, "&amp;")
         .replace(/</g, "&lt;")
         .replace(/>/g, "&gt;")
         .replace(/"/g, "&quot;")
         .replace(/'/g, "&#39;");
   }

   /**
    * What the error banner of a folder says, or null when there is no banner (not a folder in Error).
    *
    * @param node the folder
    * @param canRetry whether Retry Syncing is offered to this user
    * @param msg function (key, args...) returning the localised message
    * @return { text, reason, retryLabel (null when not offered) }
    */
   function errorBanner(node, canRetry, msg)
   {
      if (!node || !node.isContainer || syncState(node) !== "Error")
      {
         return null;
      }
      var reason = errorReason(node);
      return {
         reason: reason,
         text: reason === null ? msg("banner.alfstream.sync-error.no-reason") : msg("banner.alfstream.sync-error", reason),
         retryLabel: canRetry ? msg(ACTIONS.retry.label) : null
      };
   }

   /**
    * The banner as HTML (the reason comes from another repository, so everything is escaped). The Retry link
    * carries the class and data-action that Share's document list turns into a call of the action function.
    */
   function errorBannerHtml(banner)
   {
      if (!banner)
      {
         return "";
      }
      var html = '<span class="alfstream-sync-banner-text">' + escapeHtml(banner.text) + '</span>';
      if (banner.retryLabel)
      {
         html += ' <a href="#" class="indicator-action alfstream-sync-banner-retry" data-action="' +
            ACTIONS.retry.functionName + '">' + escapeHtml(banner.retryLabel) + '</a>';
      }
      return html;
   }

   /**
    * The message of a failed repository call: Alfresco answers {"status": {...}, "message": "05230042 reason"}; the
    * leading error number is dropped. @return the message, or null when there is none
    */
   function repositoryMessage(json)
   {
      var message = json && typeof json === "object" ? json.message : null;
      if (typeof message !== "string")
      {
         return null;
      }
      message = message.replace(/^\s*\d{8}\s+/, "").replace(/^\s+|\s+$/g, "");
      return message.length > 0 ? message : null;
   }

   /**
    * The text shown after an action ran. @param outcome "success" or "failure"; @param json the repository's
    * answer to a failed call (may be null)
    */
   function actionResultText(action, outcome, displayName, json, msg)
   {
      if (outcome === "success")
      {
         return msg(action.successMessage, displayName);
      }
      var text = msg(action.failureMessage, displayName),
         reason = repositoryMessage(json);
      return reason === null ? text : msg("message.alfstream.failure.reason", text, reason);
   }

   return {
      SYNC_ASPECT: SYNC_ASPECT,
      STATE_PROPERTY: STATE_PROPERTY,
      ERROR_PROPERTY: ERROR_PROPERTY,
      SYNC_GROUP: SYNC_GROUP,
      ACTIONS: ACTIONS,
      syncState: syncState,
      errorReason: errorReason,
      isSyncMember: isSyncMember,
      availableActions: availableActions,
      actionFor: actionFor,
      escapeHtml: escapeHtml,
      errorBanner: errorBanner,
      errorBannerHtml: errorBannerHtml,
      repositoryMessage: repositoryMessage,
      actionResultText: actionResultText
   };
}));
