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
      ADMIN_GROUP = "GROUP_ALFRESCO_ADMINISTRATORS",
      STATES = ["Active", "Inactive", "Error"],
      /* the codes of the repository's refusals (POST alfstream/sync/run) that have a message.alfstream.refused.<code> */
      REFUSALS = ["not-member", "no-permission", "locked", "already-syncing", "not-syncing", "not-found", "confirm-stop"];

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

   /** @return true when the groups include ALFSTREAM_SYNC or the administrators' group (as the repository allows) */
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
         if (name === SYNC_GROUP || name === ADMIN_GROUP)
         {
            return true;
         }
      }
      return false;
   }

   /**
    * The actions a user may run on a node: on a folder, Begin where there is no alfs:sync or the state is Inactive
    * (to resume a stopped folder), Stop where the state is Active, Retry where it is Error; on a document, Retry
    * where it is in Error; none for other states or for users outside ALFSTREAM_SYNC.
    * The same rules as the evaluators in alfstream-sync-share-config.xml.
    *
    * @return array of action ids
    */
   function availableActions(node, groups)
   {
      if (!node || !isSyncMember(groups))
      {
         return [];
      }
      var state = syncState(node);
      if (!node.isContainer)
      {
         return state === "Error" ? [ACTIONS.retry.id] : [];
      }
      switch (state)
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
    * What the details page of a synced node shows beside its name: the state's icon and label (the reason of an
    * Error included, or the words for "no reason"), as the document library's indicator says it. null when the
    * node is not synced or its state is unknown.
    *
    * @return { state, icon ("alfstream-sync-error"), label }
    */
   function stateIndicator(node, msg)
   {
      var state = syncState(node);
      if (state === null || state === "Unknown")
      {
         return null;
      }
      var icon = "alfstream-sync-" + state.toLowerCase(),
         reason = errorReason(node),
         label = state === "Error" && reason === null ? msg("status.alfstream-sync-error.no-reason")
            : msg("status." + icon, reason);
      return { state: state, icon: icon, label: label };
   }

   /**
    * The banner as HTML (the reason comes from another repository, so everything is escaped). The Retry link has
    * no href, so following it never changes the page's address: a click handler (alfstream-sync.js) reads the
    * node from its data attributes and runs Retry Syncing.
    */
   function errorBannerHtml(banner, nodeRef, name)
   {
      if (!banner)
      {
         return "";
      }
      var html = '<span class="alfstream-sync-banner-text">' + escapeHtml(banner.text) + '</span>';
      if (banner.retryLabel)
      {
         html += ' <a role="button" tabindex="0" class="alfstream-sync-banner-retry" data-noderef="' +
            escapeHtml(nodeRef) + '" data-name="' + escapeHtml(name) + '">' + escapeHtml(banner.retryLabel) + '</a>';
      }
      return html;
   }

   /**
    * The sync state on an item of the document library's gallery view, where Share shows the status indicators
    * only in the panel that opens on hover: the sync indicators Share evaluated for the item (ids alfstream-sync-*),
    * each as its icon with its label as tooltip, as Share draws them in the other views. labelOf(indicator) is the
    * label as Share words it; iconBase is where Share resolves indicator icons from. @return the HTML, or "" for none
    */
   function galleryBadgeHtml(indicators, labelOf, iconBase)
   {
      var html = "";
      for (var i = 0; indicators && i < indicators.length; i++)
      {
         var indicator = indicators[i];
         if (indicator && String(indicator.id).indexOf("alfstream-sync-") === 0)
         {
            html += '<img src="' + escapeHtml(iconBase + indicator.icon) + '" title="' + escapeHtml(labelOf(indicator)) +
               '" alt="' + escapeHtml(indicator.id) + '" />';
         }
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
    * The repository's refusal in the user's language: the AMP's own sentence for a known refusal code
    * (message.alfstream.refused.<code>, with the item's name and count; in English the repository's sentence word
    * for word), else the repository's own sentence; null when the answer carries neither.
    */
   function refusalText(json, msg)
   {
      var code = json && typeof json === "object" ? json.code : null;
      return contains(REFUSALS, code) ? msg("message.alfstream.refused." + code, json.name, json.count)
         : repositoryMessage(json);
   }

   /** @return true when the repository asks the user to confirm (Stop from Syncing on a large folder) */
   function needsConfirmation(json)
   {
      return !!json && json.code === "confirm-stop";
   }

   /**
    * The text shown after an action ran. @param outcome "success" or "failure"; @param json the repository's
    * answer to a failed call (may be null). A refusal is shown as the sentence that names its cause.
    */
   function actionResultText(action, outcome, displayName, json, msg)
   {
      if (outcome === "success")
      {
         return msg(action.successMessage, displayName);
      }
      var reason = refusalText(json, msg);
      return reason === null ? msg(action.failureMessage, displayName) : reason;
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
      stateIndicator: stateIndicator,
      galleryBadgeHtml: galleryBadgeHtml,
      repositoryMessage: repositoryMessage,
      refusalText: refusalText,
      needsConfirmation: needsConfirmation,
      actionResultText: actionResultText
   };
}));
