<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/alfstream/components/dashlets/alfstream-sync-status.css" group="dashlets"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/alfstream/components/documentlibrary/alfstream-sync-logic.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/alfstream/components/dashlets/alfstream-sync-status-view.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/alfstream/components/dashlets/alfstream-sync-status.js" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet alfstream-sync-status">
         <div class="title">${msg("header")}</div>
         <div id="${args.htmlid?html}-body" class="body scrollableList alfstream-sync-status-body" <#if args.height??>style="height: ${args.height?html}px;"</#if>>${msg("loading")?html}</div>
      </div>
   </@>
</@>
