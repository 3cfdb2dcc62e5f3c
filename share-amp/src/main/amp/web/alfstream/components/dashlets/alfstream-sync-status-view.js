/**
 * Alfstream Sync: what the Sync status dashlet shows, as HTML from the repository's report
 * (GET alfstream/sync/sites/{site}/status), free of Share and the DOM so that it can be tested in Node.
 * alfstream-sync-status.js fetches the report and wires the buttons. Everything from the repository is escaped.
 * Plain ES5.
 */
(function (root, factory)
{
   var api = factory(root.Alfstream && root.Alfstream.SyncLogic ? root.Alfstream.SyncLogic :
      typeof require === "function" ? require("../documentlibrary/alfstream-sync-logic.js") : null);
   if (typeof module === "object" && module.exports)
   {
      module.exports = api;
   }
   else
   {
      root.Alfstream = root.Alfstream || {};
      root.Alfstream.SyncStatusView = api;
   }
}(this, function (Logic)
{
   "use strict";

   var esc = Logic.escapeHtml,
      MINUTE = 60000;

   /** "just now", "5 min ago", "3 h ago", "2 days ago"; null for no time. */
   function age(millis, now, msg)
   {
      if (millis === null || millis === undefined)
      {
         return null;
      }
      var minutes = Math.floor(Math.max(0, now - millis) / MINUTE);
      if (minutes < 1)
      {
         return msg("age.now");
      }
      if (minutes < 60)
      {
         return msg("age.minutes", minutes);
      }
      return minutes < 1440 ? msg("age.hours", Math.floor(minutes / 60)) : msg("age.days", Math.floor(minutes / 1440));
   }

   /** The details page of an item: pages is the site's page URL ("/share/page/site/s/"). */
   function link(item, pages)
   {
      return '<a class="theme-color-1" href="' + esc(pages + (item.folder ? "folder-details" : "document-details") +
         "?nodeRef=" + encodeURIComponent(item.nodeRef)) + '" title="' + esc(item.path) + '">' + esc(item.name) + '</a>';
   }

   function retryButton(item, label)
   {
      return '<button type="button" class="alfstream-sync-status-retry" data-noderef="' + esc(item.nodeRef) +
         '" data-name="' + esc(item.name) + '">' + esc(label) + '</button>';
   }

   function row(cells, header)
   {
      var tag = header ? "th" : "td", html = "<tr>";
      for (var i = 0; i < cells.length; i++)
      {
         html += "<" + tag + ">" + cells[i] + "</" + tag + ">";
      }
      return html + "</tr>";
   }

   function rootsTable(report, pages, now, msg)
   {
      var html = '<h3>' + esc(msg("roots")) + '</h3><table class="alfstream-sync-status-roots">' +
         row([msg("column.item"), msg("column.state"), msg("column.items"), msg("column.errors"),
            msg("column.last-synced")].map(esc), true);
      for (var i = 0; i < report.roots.length; i++)
      {
         var r = report.roots[i];
         html += row([link(r, pages), esc(msg("state." + r.state)), esc(String(r.items)), esc(String(r.errors)),
            esc(age(r.lastSynced, now, msg) || msg("never"))]);
      }
      return html + "</table>";
   }

   function errorsTable(report, pages, now, msg)
   {
      if (report.errors.length === 0)
      {
         return '<p class="alfstream-sync-status-none">' + esc(msg("no-errors")) + '</p>';
      }
      var html = '<h3>' + esc(msg("errors")) + '</h3>' + (report.canRetry ?
         '<p><button type="button" class="alfstream-sync-status-retry-all">' + esc(msg("retry-all")) + '</button></p>' : "") +
         '<table class="alfstream-sync-status-errors">' +
         row([msg("column.item"), msg("column.reason"), msg("column.since")].map(esc).concat(report.canRetry ? [""] : []), true);
      for (var i = 0; i < report.errors.length; i++)
      {
         var e = report.errors[i],
            reason = e.message && String(e.message).replace(/^\s+|\s+$/g, "") ? e.message : msg("no-reason"),
            cells = [link(e, pages), esc(reason), esc(age(e.since, now, msg) || "")];
         html += row(report.canRetry ? cells.concat([retryButton(e, msg("retry"))]) : cells);
      }
      return html + "</table>";
   }

   /**
    * The dashlet's body. @param report the repository's answer; @param pages the site's page URL; @param now the
    * time in milliseconds; @param msg function (key, args...) of the dashlet's messages
    */
   function html(report, pages, now, msg)
   {
      if (!report.roots || report.roots.length === 0)
      {
         return '<p class="alfstream-sync-status-none">' + esc(msg("empty")) + '</p>';
      }
      return rootsTable(report, pages, now, msg) + errorsTable(report, pages, now, msg) +
         (report.truncated ? '<p class="alfstream-sync-status-truncated">' + esc(msg("truncated", report.scanned)) + '</p>' : "");
   }

   /** The roots whose items in Error Retry all retries: one retry per root covers every failed item under it. */
   function retryAllTargets(report)
   {
      var roots = [], seen = {};
      for (var i = 0; i < report.errors.length; i++)
      {
         var root = report.errors[i].root;
         if (!seen[root])
         {
            seen[root] = true;
            for (var j = 0; j < report.roots.length; j++)
            {
               if (report.roots[j].nodeRef === root)
               {
                  roots.push(report.roots[j]);
               }
            }
         }
      }
      return roots;
   }

   return { age: age, html: html, retryAllTargets: retryAllTargets };
}));
