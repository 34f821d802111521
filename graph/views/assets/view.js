/*
 * newsgraph views: filters, search, highlighting, tooltips and the details panel of one page.
 *
 * The page carries its graph as JSON in #ng-data: vis-network nodes and edges as pyvis built them,
 * each with an `ng` object that says how to filter and describe it:
 *   ng.type    a checkbox key (a statement type, "responds" or "says"): hidden when it is unchecked
 *   ng.stmts   indices into data.statements: the statements a tooltip lists (the first
 *              data.tooltipLimit of them; the details panel, on a click, lists them all)
 *   ng.filter  "stmts": hidden when none of its statements passes the filters
 *              "dates": hidden when its date (ng.dates) is outside the date range
 *              absent:  never hidden by the filters (actors stay on the page)
 *   ng.scale   true: the edge's width counts its statements that pass the filters
 *   ng.head, ng.lines, ng.search   the tooltip's first lines, and the text the search box knows
 * An edge is also hidden when one of its ends is.
 *
 * Article text reaches the page only through textContent and text nodes, never innerHTML: vis-network
 * shows an element title as it is, so tooltips are built here as elements.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var statements = data.statements;
  var allNodes = data.nodes;
  var allEdges = data.edges;
  var nodeById = new Map(allNodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(allEdges.map(function (e) { return [e.id, e]; }));
  var FONT = "#222222";
  var DIM_NODE = "rgba(205,205,205,0.45)";
  var DIM_FONT = "rgba(90,90,90,0.3)";
  var DIM_EDGE = "rgba(190,190,190,0.2)";
  // The colours to come back to after highlighting (vis may update its items in place).
  var nodeColor = new Map(allNodes.map(function (n) { return [n.id, n.color]; }));
  var nodeFont = new Map(allNodes.map(function (n) { return [n.id, (n.font && n.font.color) || FONT]; }));
  var edgeColor = new Map(allEdges.map(function (e) { return [e.id, e.color]; }));
  var typeStyle = {};
  data.types.forEach(function (t) { typeStyle[t.key] = t; });

  var container = document.getElementById("network");
  var details = document.getElementById("details");
  var hint = details.firstElementChild;
  var statusLine = document.getElementById("status");
  var search = document.getElementById("search");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#types input[name=type]"));
  var dateFrom = document.getElementById("date-from");
  var dateTo = document.getElementById("date-to");

  var state = {
    types: new Set(boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })),
    from: "",
    to: "",
    focus: null
  };

  // --- building text safely -------------------------------------------------------------------------

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function typeLabel(key) {
    return typeStyle[key] ? typeStyle[key].label : key;
  }

  function statementBlock(s) {
    var block = el("div", "statement");
    block.style.borderLeftColor = typeStyle[s.type] ? typeStyle[s.type].color : "#999";
    var who = el("div", "meta");
    who.appendChild(el("span", "badge", s.speaker + " " + typeLabel(s.type)));
    if (s.targets.length) who.appendChild(document.createTextNode(" " + s.targets.join(", ")));
    block.appendChild(who);
    var facts = [];
    if (s.cue) facts.push("cue “" + s.cue + "”");
    facts.push(s.date || "undated");
    if (s.doc) facts.push(s.doc + (s.docTitle ? ": " + s.docTitle : ""));
    block.appendChild(el("div", "meta", facts.join(" · ")));
    if (s.sentence) block.appendChild(el("div", "sentence", s.sentence));
    if (s.content) block.appendChild(el("div", "line", (s.quote ? "quote: " : "what: ") + s.content));
    if (s.charge) block.appendChild(el("div", "line", "charge: " + s.charge));
    return block;
  }

  function describe(item, limit) {
    var ng = item.ng || {};
    var box = el("div", "ng-tip");
    if (ng.head) box.appendChild(el("div", "head", ng.head));
    (ng.lines || []).forEach(function (line) { box.appendChild(el("div", "line", line)); });
    var shown = passing(item);
    shown.slice(0, limit).forEach(function (i) { box.appendChild(statementBlock(statements[i])); });
    if (shown.length > limit) {
      box.appendChild(el("div", "more", "… and " + (shown.length - limit) + " more: click to list them all"));
    }
    return box;
  }

  // --- filters ----------------------------------------------------------------------------------------

  function inRange(date) {
    // Undated statements, and dates whose year is unknown (--MM-DD), cannot be placed: always shown.
    if (!date || date.charAt(0) === "-") return true;
    if (state.from && date < state.from) return false;
    if (state.to && date > state.to) return false;
    return true;
  }

  // The item's statements that pass the filters. A "responds to" link stands for the answers whatever
  // their type, so only its own checkbox and the dates apply to it.
  function passing(item) {
    var ng = item.ng || {};
    var anyType = ng.type === "responds";
    return (ng.stmts || []).filter(function (i) {
      var s = statements[i];
      return (anyType || !typeStyle[s.type] || state.types.has(s.type)) && inRange(s.date);
    });
  }

  function isHidden(item) {
    var ng = item.ng || {};
    if (ng.type && !state.types.has(ng.type)) return true;
    if (ng.filter === "stmts") return passing(item).length === 0;
    if (ng.filter === "dates") return (ng.dates || []).length > 0 && !ng.dates.some(inRange);
    return false;
  }

  // Recompute what is hidden, how wide edges are and what tooltips list; send only changes to vis.
  function applyFilters() {
    var nodeChanges = [];
    var edgeChanges = [];
    var hiddenNodes = new Set();
    allNodes.forEach(function (n) {
      var change = refresh(n, isHidden(n));
      if (n.hidden) hiddenNodes.add(n.id);
      if (change) nodeChanges.push(change);
    });
    allEdges.forEach(function (e) {
      var change = refresh(e, isHidden(e) || hiddenNodes.has(e.from) || hiddenNodes.has(e.to));
      if (change) edgeChanges.push(change);
    });
    if (view) {
      view.nodes.update(nodeChanges);
      view.edges.update(edgeChanges);
      if (state.focus !== null) highlight(state.focus);
    }
    showStatus();
  }

  function refresh(item, hidden) {
    var change = { id: item.id };
    var changed = false;
    if (hidden !== !!item.hidden) {
      item.hidden = change.hidden = hidden;
      changed = true;
    }
    var count = passing(item).length;
    if (item.ng && item.ng.scale && count > 0 && count !== item.value) {
      item.value = change.value = count;
      changed = true;
    }
    if (item.title === undefined || count !== item.ngShown) {
      item.ngShown = count;
      item.title = change.title = describe(item, data.tooltipLimit);
      changed = true;
    }
    return changed ? change : null;
  }

  function showStatus() {
    var nodes = allNodes.filter(function (n) { return !n.hidden; }).length;
    var edges = allEdges.filter(function (e) { return !e.hidden; }).length;
    statusLine.textContent = nodes + " of " + allNodes.length + " nodes, " + edges + " of " +
      allEdges.length + " links shown";
  }

  // --- highlighting and details -----------------------------------------------------------------------

  // Light up a node and its neighbours, dim the rest. Neighbours count through links hidden by their
  // own checkbox too (a speaker's "said by" links may be hidden), but not through hidden nodes.
  function highlight(id) {
    state.focus = id;
    var keep = new Set([id]);
    allEdges.forEach(function (e) {
      if ((e.from === id || e.to === id) && !nodeById.get(e.from).hidden && !nodeById.get(e.to).hidden) {
        keep.add(e.from);
        keep.add(e.to);
      }
    });
    view.nodes.update(allNodes.map(function (n) {
      return keep.has(n.id) ? { id: n.id, color: nodeColor.get(n.id), font: { color: nodeFont.get(n.id) } }
                            : { id: n.id, color: DIM_NODE, font: { color: DIM_FONT } };
    }));
    view.edges.update(allEdges.map(function (e) {
      return { id: e.id, color: (e.from === id || e.to === id) ? edgeColor.get(e.id) : DIM_EDGE };
    }));
    view.highlighted = Array.from(keep);
  }

  function clearHighlight() {
    if (state.focus === null) return;
    state.focus = null;
    view.highlighted = [];
    view.nodes.update(allNodes.map(function (n) {
      return { id: n.id, color: nodeColor.get(n.id), font: { color: nodeFont.get(n.id) } };
    }));
    view.edges.update(allEdges.map(function (e) { return { id: e.id, color: edgeColor.get(e.id) }; }));
  }

  function showDetails(item) {
    details.replaceChildren(item ? describe(item, Infinity) : hint);
  }

  // --- search -----------------------------------------------------------------------------------------

  var searchTexts = allNodes.map(function (n) {
    return { id: n.id, text: String((n.ng && n.ng.search) || n.label || n.id) };
  });
  var datalist = document.getElementById("search-labels");
  var seen = new Set();
  searchTexts.forEach(function (entry) {
    if (seen.has(entry.text)) return;
    seen.add(entry.text);
    var option = document.createElement("option");
    option.value = entry.text;
    datalist.appendChild(option);
  });

  // Select the node whose text is the query (ignoring case), or else the first that contains it.
  function find(query) {
    var wanted = String(query).trim().toLowerCase();
    if (!wanted) { clearHighlight(); view.network.unselectAll(); showDetails(null); return null; }
    var match = searchTexts.find(function (e) { return e.text.toLowerCase() === wanted; }) ||
                searchTexts.find(function (e) { return e.text.toLowerCase().indexOf(wanted) >= 0; });
    if (!match) {
      statusLine.textContent = "Nothing matches “" + query + "”";
      return null;
    }
    var node = nodeById.get(match.id);
    if (node.hidden) {
      statusLine.textContent = "“" + match.text + "” is hidden by the filters";
      return null;
    }
    view.network.selectNodes([match.id]);
    view.network.focus(match.id, { scale: Math.max(view.network.getScale(), 1), animation: false });
    highlight(match.id);
    showDetails(node);
    showStatus();
    return match.id;
  }

  // --- the network ------------------------------------------------------------------------------------

  var view = null;
  applyFilters();  // before drawing: hidden types stay hidden from the first frame
  var nodes = new vis.DataSet(allNodes);
  var edges = new vis.DataSet(allEdges);
  var options = data.options;
  var physics = !(options.physics && options.physics.enabled === false);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  view = window.ngView = {
    network: network, nodes: nodes, edges: edges, data: data, state: state,
    ready: false, highlighted: [], find: find, applyFilters: applyFilters
  };

  if (physics) {
    // Let the layout settle once, then freeze it: nodes that keep moving are hard to read and click.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      view.stabilized = true;
    });
  }
  network.on("afterDrawing", function () {
    if (!view.ready && (!physics || view.stabilized)) {
      view.ready = true;
      view.readyAt = performance.now();
    }
  });
  if (!allNodes.length) view.ready = true;

  var axisGap = data.axis.reduce(function (gap, tick, n) {
    return n ? Math.min(gap, tick.x - data.axis[n - 1].x) : gap;
  }, Infinity);
  if (data.axis.length) {
    // The time axis of the events view: a line and a date above each column of events.
    network.on("beforeDrawing", function (ctx) {
      var scale = network.getScale();
      var top = network.DOMtoCanvas({ x: 0, y: 0 }).y;
      var bottom = network.DOMtoCanvas({ x: 0, y: container.clientHeight }).y;
      ctx.save();
      ctx.strokeStyle = "#e4e4e4";
      ctx.lineWidth = 1 / scale;
      ctx.fillStyle = "#555";
      ctx.font = (13 / scale) + "px system-ui, sans-serif";
      ctx.textAlign = "center";
      // Zoomed out, dates would overwrite each other: then only every n-th is written.
      var stride = Math.max(1, Math.ceil(110 / (axisGap * scale)));
      data.axis.forEach(function (tick, n) {
        ctx.beginPath();
        ctx.moveTo(tick.x, top);
        ctx.lineTo(tick.x, bottom);
        ctx.stroke();
        if (n % stride === 0) ctx.fillText(tick.label, tick.x, top + 16 / scale);
      });
      ctx.restore();
    });
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      showDetails(nodeById.get(params.nodes[0]));
    } else if (params.edges.length) {
      clearHighlight();
      showDetails(edgeById.get(params.edges[0]));
    } else {
      clearHighlight();
      showDetails(null);
    }
  });

  // --- controls ---------------------------------------------------------------------------------------

  document.getElementById("controls").addEventListener("submit", function (event) { event.preventDefault(); });
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) state.types.add(box.value); else state.types.delete(box.value);
      applyFilters();
    });
  });
  dateFrom.addEventListener("change", function () { state.from = dateFrom.value; applyFilters(); });
  dateTo.addEventListener("change", function () { state.to = dateTo.value; applyFilters(); });
  search.addEventListener("change", function () { find(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); find(search.value); }
  });
  document.getElementById("reset").addEventListener("click", function () {
    dateFrom.value = dateTo.value = search.value = "";
    state.from = state.to = "";
    boxes.forEach(function (box) {
      box.checked = data.hiddenTypes.indexOf(box.value) < 0;
      if (box.checked) state.types.add(box.value); else state.types.delete(box.value);
    });
    clearHighlight();
    network.unselectAll();
    showDetails(null);
    applyFilters();
    network.fit({ animation: false });
  });
})();
