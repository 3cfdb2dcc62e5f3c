/**
 * Alfstream Sync: Share wiring of the Begin / Stop / Retry Syncing actions, the error banner and the state on the
 * details pages. The decisions live in alfstream-sync-logic.js (Alfstream.SyncLogic); this file only talks to Share:
 * - registers the action functions named in alfstream-sync-share-config.xml (document list and details pages);
 *   they call the repository's POST alfstream/sync/run, which answers refusals with a sentence and a code;
 * - registers the "alfstreamSyncError" renderer of the document list's banner;
 * - shows the state (and the banner of a folder in Error) on the document and folder details pages;
 * - puts the sync state on the items of the gallery view, where Share shows indicators only on hover.
 * Loaded through the DocLibCustom dependencies (document library and both details pages). Plain ES5.
 */
(function ()
{
   var Logic = Alfstream.SyncLogic,
      DETAILS_ID = "alfstream-sync-details";

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
      var actions = (record && record.actions) || [];
      for (var i = 0; i < actions.length; i++)
      {
         if (actions[i] && actions[i].id === actionId)
         {
            return true;
         }
      }
      return false;
   }

   function displayName(record)
   {
      return record.displayName || (record.node && record.node.properties && record.node.properties["cm:name"]) ||
         record.nodeRef;
   }

   /**
    * Runs the action on the record's node through the repository's alfstream/sync/run as the current user, and
    * shows the outcome: the success message, the repository's refusal in the user's words, or, for Stop from
    * Syncing on a large folder, the question whether to go on (asked again with confirmed: true).
    */
   function runAction(component, record, action, confirmed)
   {
      var msg = messages(component),
         name = displayName(record),
         wait = Alfresco.util.PopupManager.displayMessage(
         {
            text: msg("message.alfstream.working", name),
            spanClass: "wait",
            displayTime: 0
         });

      Alfresco.util.Ajax.jsonPost(
      {
         url: Alfresco.constants.PROXY_URI + "alfstream/sync/run",
         dataObj:
         {
            nodeRef: record.nodeRef,
            action: action.kind,
            confirmed: !!confirmed
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
            }
         },
         failureCallback:
         {
            fn: function alfstreamSync_failure(response)
            {
               wait.destroy();
               var json = response ? response.json : null;
               if (Logic.needsConfirmation(json))
               {
                  confirm(component, record, action, Logic.refusalText(json, msg));
                  return;
               }
               Alfresco.util.PopupManager.displayPrompt(
               {
                  title: msg(action.label),
                  text: Logic.actionResultText(action, "failure", name, json, msg)
               });
            }
         }
      });
   }

   function confirm(component, record, action, question)
   {
      var msg = messages(component);
      Alfresco.util.PopupManager.displayPrompt(
      {
         title: msg(action.label),
         text: question,
         noEscape: false,
         buttons: [
         {
            text: msg("button.alfstream.stop-confirm"),
            handler: function alfstreamSync_confirmed()
            {
               this.destroy();
               runAction(component, record, action, true);
            }
         },
         {
            text: msg("button.alfstream.cancel"),
            handler: function alfstreamSync_cancelled()
            {
               this.destroy();
            },
            isDefault: true
         }]
      });
   }

   function registerAction(action)
   {
      YAHOO.Bubbling.fire("registerAction",
      {
         actionName: action.functionName,
         fn: function alfstreamSync_action(record)
         {
            runAction(this, record, action, false);
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
      renderer: function alfstreamSync_renderBanner(record)
      {
         var banner = Logic.errorBanner(record.node, hasAction(record, Logic.ACTIONS.retry.id), messages(this));
         return Logic.errorBannerHtml(banner, record.nodeRef, displayName(record));
      }
   });

   /* Every banner's Retry link (document list and details pages): it has no href, so the page stays where it is. */
   function onRetryLink(event)
   {
      var target = event.target;
      while (target && !(target.className && String(target.className).indexOf("alfstream-sync-banner-retry") !== -1))
      {
         target = target.parentNode;
      }
      if (!target || (event.type === "keydown" && event.keyCode !== 13))
      {
         return;
      }
      event.preventDefault();
      runAction(null, { nodeRef: target.getAttribute("data-noderef"), displayName: target.getAttribute("data-name") },
         Logic.ACTIONS.retry, false);
   }
   document.addEventListener("click", onRetryLink, false);
   document.addEventListener("keydown", onRetryLink, false);

   /* Details pages: the node's state above its header, and the banner of a folder in Error. Share 23.4's details
      pages fire no event with the node's data on load, so the node is read here (the document library's own node
      webscript) on load and after every metadataRefresh. The line goes outside the node header's component: that
      component rebuilds its markup on metadataRefresh too, and would wipe a line placed inside it. Only the
      answer to the latest read is shown, whichever arrives last. */
   var groups = null,
      detailsReads = 0;

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

   function detailsNodeRef()
   {
      var match = /[?&]nodeRef=([^&#]+)/.exec(window.location.search);
      return match && /\/(document|folder)-details$/.test(window.location.pathname) ? decodeURIComponent(match[1]) : null;
   }

   /** Where the state line goes: before the component holding the node header (its nearest ancestor with an id). */
   function detailsPlace()
   {
      var header = YAHOO.util.Dom.getElementsByClassName("node-header")[0],
         component = header;
      while (component && !component.id && component.parentNode)
      {
         component = component.parentNode;
      }
      if (component && component.id && component.parentNode)
      {
         return { parent: component.parentNode, before: component };
      }
      var page = document.getElementById("bd") || document.body;
      return { parent: page, before: page.firstChild };
   }

   /** @param item the doclib2 node webscript's item: its node carries nodeRef, properties, aspects, isContainer */
   function showDetails(item)
   {
      withGroups(function (userGroups)
      {
         var old = document.getElementById(DETAILS_ID);
         if (old)
         {
            old.parentNode.removeChild(old);
         }
         var msg = messages(null),
            node = item.node,
            indicator = Logic.stateIndicator(node, msg);
         if (!indicator)
         {
            return;
         }
         var canRetry = Logic.availableActions(node, userGroups).indexOf(Logic.ACTIONS.retry.id) !== -1,
            banner = Logic.errorBanner(node, canRetry, msg),
            div = document.createElement("div"),
            place = detailsPlace();
         div.id = DETAILS_ID;
         div.className = "alfstream-sync-details" + (banner ? " alfstream-sync-banner" : "");
         div.innerHTML = '<img class="alfstream-sync-details-icon" alt="" src="' + Alfresco.constants.URL_RESCONTEXT +
            'alfstream/components/documentlibrary/indicators/' + indicator.icon + '-16.png" /> ' +
            '<span class="alfstream-sync-details-state">' + Logic.escapeHtml(indicator.label) + '</span>' +
            (banner ? ' ' + Logic.errorBannerHtml(banner, node.nodeRef, node.properties["cm:name"]) : '');
         place.parent.insertBefore(div, place.before);
      });
   }

   function loadDetails()
   {
      var nodeRef = detailsNodeRef();
      if (!nodeRef)
      {
         return;
      }
      var read = ++detailsReads;
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI + "slingshot/doclib2/node/" + nodeRef.replace("://", "/"),
         successCallback:
         {
            fn: function (response)
            {
               if (read === detailsReads && response.json && response.json.item)
               {
                  showDetails(response.json.item);
               }
            }
         }
      });
   }

   /* Gallery view: Share copies the status indicators into the panel that opens when the pointer rests on an item,
      so nothing shows the state at a glance. After Share has drawn them, the sync ones also go on the item's
      thumbnail (always visible). The gallery's renderer is a dependency of the document list, so it may load after
      this file: it is extended once it is there. */
   var GALLERY_BADGE = "alfstream-sync-gallery-state";

   function extendGallery()
   {
      var Gallery = Alfresco.DocumentListGalleryViewRenderer;
      if (!Gallery || Gallery.prototype.alfstreamSyncBadges)
      {
         return;
      }
      var renderStatus = Gallery.prototype.renderCellStatus;
      Gallery.prototype.alfstreamSyncBadges = true;
      Gallery.prototype.renderCellStatus = function alfstreamSync_renderGalleryStatus(scope, elCell, oRecord)
      {
         renderStatus.apply(this, arguments);
         var item = this.getRowItem(oRecord, elCell),
            thumbnail = item ? this.getRowItemThumbnailElement(item) : null;
         if (!thumbnail)
         {
            return;
         }
         for (var i = thumbnail.children.length - 1; i >= 0; i--)
         {
            if (thumbnail.children[i].className === GALLERY_BADGE)
            {
               thumbnail.removeChild(thumbnail.children[i]);
            }
         }
         var record = oRecord.getData(),
            html = Logic.galleryBadgeHtml(record.indicators, function (indicator)
            {
               return Alfresco.util.substituteDotNotation(Alfresco.util.message(indicator.label, scope.name,
                  indicator.labelParams), record);
            }, Alfresco.constants.URL_RESCONTEXT + "components/documentlibrary/indicators/");
         if (html)
         {
            var badge = document.createElement("span");
            badge.className = GALLERY_BADGE;
            badge.innerHTML = html;
            thumbnail.appendChild(badge);
         }
      };
   }

   extendGallery();
   YAHOO.util.Event.onDOMReady(extendGallery);
   YAHOO.util.Event.onDOMReady(loadDetails);
   YAHOO.Bubbling.on("metadataRefresh", loadDetails);
})();
