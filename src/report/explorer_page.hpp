// report/explorer_page.hpp — the explorer's page around its data: style, layout and the script
// that reads the data (a JSON block the writer puts between `page_head` and `page_tail`) and
// shows what the search box, the filters and the address (`#q=Zelensky`) ask for.
#pragma once

#include <string_view>

namespace verbatim::explorer_page {

inline constexpr std::string_view page_head = R"page(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Verbatim explorer</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
:root{--fg:#1d2330;--mute:#5d6675;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:var(--card);border-bottom:1px solid var(--line);padding:.6rem 1rem}
header h1{font-size:1.15rem;margin:0 0 .3rem}header .summary{color:var(--mute);font-size:.85rem;margin:0 0 .4rem}
.bar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.bar input[type=search]{flex:1 1 18rem;padding:.4rem .6rem;font-size:1rem;border:1px solid var(--line);border-radius:6px}
.bar label{font-size:.85rem;color:var(--mute)}.bar select,.bar input[type=date]{padding:.25rem;border:1px solid var(--line);border-radius:6px}
button{padding:.3rem .7rem;border:1px solid var(--line);border-radius:6px;background:var(--card);cursor:pointer}
main{display:grid;grid-template-columns:17rem 1fr;gap:1rem;padding:1rem;max-width:90rem;margin:auto}
@media(max-width:52rem){main{grid-template-columns:1fr}}
nav#speakers{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem;max-height:80vh;overflow:auto;position:sticky;top:7.5rem}
nav#speakers h2{font-size:.95rem;margin:.1rem 0 .4rem}nav#speakers ol{list-style:none;margin:0;padding:0}
nav#speakers li{display:flex;justify-content:space-between;gap:.4rem;padding:.12rem .2rem;border-radius:4px}
nav#speakers li.on{background:#e3ecfa}nav#speakers a{color:var(--fg);text-decoration:none;cursor:pointer}
nav#speakers .n{color:var(--mute);font-size:.8rem}.kind{color:var(--mute);font-size:.75rem}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem;margin-bottom:1rem}
section h2{font-size:1.05rem;margin:.1rem 0 .5rem}section h3{font-size:.95rem;margin:.8rem 0 .3rem}
.note{color:var(--mute);font-size:.85rem}.card{border-left:3px solid var(--accent);padding:.3rem .7rem;margin:.5rem 0}
.card .rel{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--accent);border-radius:3px;padding:0 .35rem;margin-left:.4rem}
.claim{margin:.15rem 0}.meta{color:var(--mute);font-size:.8rem}.why{color:var(--mute);font-size:.8rem;font-style:italic}
ol.quotes{list-style:none;margin:0;padding:0}li.q{padding:.35rem 0;border-bottom:1px solid #eef0f4}
li.q .who{font-weight:600}li.q .cue{color:var(--mute)}a{color:var(--accent)}.thread{margin:.4rem 0 .8rem}
.thread ol{margin:.2rem 0;padding-left:1.2rem}
</style></head><body>
<header><h1>Verbatim explorer</h1><p class="summary" id="summary"></p>
<div class="bar"><input type="search" id="q" placeholder="Search a speaker, or words said (Zelensky, ceasefire)" autofocus>
<label><input type="checkbox" id="words"> words only</label>
<label>from <input type="date" id="from"></label><label>to <input type="date" id="to"></label>
<label>kind <select id="kind"><option value="">any</option><option>direct</option><option>mixed</option><option>indirect</option></select></label>
<label>relation <select id="rel"><option value="">any</option><option>contradiction</option><option>number-change</option><option>certainty-change</option></select></label>
<button id="clear">Clear</button></div></header>
<main><nav id="speakers"></nav><div><section id="changes"></section><section id="quotes"></section></div></main>
<script id="data" type="application/json">)page";

inline constexpr std::string_view page_tail = R"page(</script>
<script>
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var KINDS = ["direct", "mixed", "indirect"];
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}[c]; }); }
  var spk = D.speakers.map(function (s) { return {name: s[0], kind: s[1], role: s[2], n: s[3], key: fold(s[0]), also: fold(s[4])}; });
  var docs = D.docs.map(function (d) { return {id: d[0], date: d[1], title: d[2], url: d[3]}; });
  var quotes = D.quotes.map(function (q) { return {doc: q[0], sp: q[1], kind: q[2], cue: q[3], text: q[4], conf: q[5], who: q[6]}; });
  var claims = D.claims.map(function (c) { return {doc: c[0], sp: c[1], text: typeof c[2] === "number" ? quotes[c[2]].text : c[2], cue: c[3]}; });
  var order = quotes.map(function (_, i) { return i; });
  order.sort(function (a, b) { var x = docs[quotes[a].doc].date, y = docs[quotes[b].doc].date; return x < y ? -1 : x > y ? 1 : a - b; });
  var hay = null;
  var state = {q: "", words: false, speaker: -1, from: "", to: "", kind: "", rel: "", more: 200, allSpeakers: false};

  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    state.q = p.get("q") || ""; state.words = p.get("words") === "1";
    var s = p.get("speaker"); state.speaker = s === null ? -1 : spk.findIndex(function (x) { return x.name === s; });
    state.from = p.get("from") || ""; state.to = p.get("to") || ""; state.kind = p.get("kind") || ""; state.rel = p.get("rel") || "";
    state.more = 200;
    $("q").value = state.q; $("words").checked = state.words; $("from").value = state.from; $("to").value = state.to;
    $("kind").value = state.kind; $("rel").value = state.rel;
  }
  function writeHash() {
    var p = new URLSearchParams();
    if (state.q) p.set("q", state.q); if (state.words) p.set("words", "1");
    if (state.speaker >= 0) p.set("speaker", spk[state.speaker].name);
    if (state.from) p.set("from", state.from); if (state.to) p.set("to", state.to);
    if (state.kind) p.set("kind", state.kind); if (state.rel) p.set("rel", state.rel);
    var h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }
  function speakersMatching(q) {
    var f = fold(q.trim()); if (!f) return null;
    // (the names first; the other forms written only when no name fits)
    var out = new Set();
    spk.forEach(function (s, i) { if (s.key.indexOf(f) >= 0) out.add(i); });
    if (!out.size) spk.forEach(function (s, i) { if (s.also.split("|").some(function (a) { return a.indexOf(f) >= 0; })) out.add(i); });
    return out.size ? out : null;
  }
  // What the search and the filters ask: the speakers (a name typed, or one chosen), the words.
  function asked() {
    var sp = state.speaker >= 0 ? new Set([state.speaker]) : (!state.words && state.q ? speakersMatching(state.q) : null);
    var words = state.q && (state.words || (!sp && state.speaker < 0)) ? fold(state.q.trim()) : "";
    if (words && !hay) hay = quotes.map(function (q) { return fold(q.text + " " + q.cue + " " + q.who + " " + docs[q.doc].title); });
    return {sp: sp, words: words};
  }
  function inDates(d) {
    if (state.from && (!d || d < state.from)) return false;
    if (state.to && (!d || d.slice(0, 10) > state.to)) return false;
    return true;
  }
  function keepQuote(i, a) {
    var q = quotes[i];
    if (a.sp && !a.sp.has(q.sp)) return false;
    if (!inDates(docs[q.doc].date)) return false;
    if (state.kind && KINDS[q.kind] !== state.kind) return false;
    if (a.words && hay[i].indexOf(a.words) < 0) return false;
    return true;
  }
  function keepClaim(c, a) {
    if (a.sp && !a.sp.has(c.sp)) return false;
    if (!inDates(docs[c.doc].date)) return false;
    if (a.words && fold(c.text + " " + (c.sp >= 0 ? spk[c.sp].name : "")).indexOf(a.words) < 0) return false;
    return true;
  }
  function link(d) {
    var t = esc(d.title || d.id);
    return /^https?:\/\//.test(d.url) ? "<a href=\"" + esc(d.url) + "\" target=\"_blank\" rel=\"noopener\">" + t + "</a>" : t;
  }
  function who(i) { return i >= 0 ? "<a class=\"who\" data-speaker=\"" + i + "\">" + esc(spk[i].name) + "</a>" : "<span class=\"who\">(the article)</span>"; }
  function claimLine(ci) {
    var c = claims[ci], d = docs[c.doc];
    return "<div class=\"claim\">" + who(c.sp) + " <span class=\"cue\">" + esc(c.cue) + "</span> " + esc(c.text) +
      "<div class=\"meta\">" + esc(d.date || "(no date)") + " · " + link(d) + "</div></div>";
  }
  function card(ch) {
    return "<div class=\"card\"><span class=\"meta\">" + esc(ch[3]) + "</span><span class=\"rel\">" + esc(ch[2]) + "</span>" +
      claimLine(ch[0]) + claimLine(ch[1]) + "<div class=\"why\">" + esc(ch[4]) + "</div></div>";
  }
  function keepChange(ch, a) {
    if (state.rel && ch[2] !== state.rel) return false;
    return keepClaim(claims[ch[0]], a) || keepClaim(claims[ch[1]], a);
  }
  function renderChanges(a) {
    var h = "<h2>What changed</h2>";
    var lists = [["Changes: one speaker, two claims", D.changes], ["Disagreements between speakers", D.disagreements]];
    var nums = D.numbers.filter(function (n) { return n[3].some(function (st) { return keepChange(st, a); }); });
    var shown = 0;
    lists.forEach(function (l) {
      var kept = l[1].filter(function (ch) { return keepChange(ch, a); });
      h += "<h3>" + esc(l[0]) + " — " + kept.length + "</h3>";
      if (!kept.length) h += "<p class=\"note\">None here.</p>";
      kept.slice(0, 40).forEach(function (ch) { h += card(ch); });
      if (kept.length > 40) h += "<p class=\"note\">… and " + (kept.length - 40) + " more: narrow the search.</p>";
      shown += kept.length;
    });
    h += "<h3>Numbers that moved — " + nums.length + "</h3>";
    if (!nums.length) h += "<p class=\"note\">None here.</p>";
    nums.slice(0, 40).forEach(function (n) {
      h += "<div class=\"card\"><b>" + esc(n[0]) + "</b>" + (n[1] ? " — " + esc(n[1]) : "") +
        "<ol>" + n[2].map(function (p) { var c = claims[p[0]], d = docs[c.doc]; return "<li><b>" + esc(p[1]) + "</b> " + who(c.sp) + " · <span class=\"meta\">" + esc(d.date || "(no date)") + " · " + link(d) + "</span></li>"; }).join("") + "</ol></div>";
    });
    if (!shown && !nums.length) h = "<h2>What changed</h2><p class=\"note\">Nothing flagged for this selection: no change, disagreement or number that moved.</p>";
    $("changes").innerHTML = h;
  }
  function renderSpeakers(a) {
    var list = [];
    spk.forEach(function (s, i) { if (!a.sp || a.sp.has(i)) list.push(i); });
    var limit = state.allSpeakers ? list.length : 150;
    var h = "<h2>Speakers — " + list.length + "</h2><ol>";
    list.slice(0, limit).forEach(function (i) {
      var s = spk[i];
      h += "<li class=\"" + (i === state.speaker ? "on" : "") + "\"><span><a data-speaker=\"" + i + "\">" + esc(s.name) + "</a> <span class=\"kind\">" + esc(s.kind) + "</span></span><span class=\"n\">" + s.n + "</span></li>";
    });
    h += "</ol>";
    if (list.length > limit) h += "<button id=\"allspk\">All " + list.length + " speakers</button>";
    $("speakers").innerHTML = h;
  }
  function renderQuotes(a) {
    var kept = order.filter(function (i) { return keepQuote(i, a); });
    var h = "<h2>Quotations — " + kept.length + "</h2>";
    if (a.sp && state.speaker < 0 && state.q)
      h += "<p class=\"note\">Speakers named like “" + esc(state.q) + "”: " + Array.from(a.sp).slice(0, 8).map(function (i) { return esc(spk[i].name); }).join(", ") +
        (a.sp.size > 8 ? " …" : "") + ". <a id=\"aswords\" href=\"#\">Search the words instead</a></p>";
    if (state.speaker >= 0) {
      var s = spk[state.speaker];
      h += "<p><b>" + esc(s.name) + "</b> <span class=\"kind\">" + esc(s.kind) + (s.role ? ", " + esc(s.role) : "") + "</span></p>";
      var threads = D.threads.filter(function (t) { return t[0] === state.speaker; });
      if (threads.length) {
        h += "<h3>Timelines by topic</h3>";
        threads.forEach(function (t) {
          h += "<div class=\"thread\"><b>" + esc(t[1]) + "</b> <span class=\"kind\">" + esc(t[2]) + "</span><ol>" +
            t[3].map(function (ci) { var c = claims[ci]; return "<li><span class=\"meta\">" + esc(docs[c.doc].date || "") + "</span> " + esc(c.text) + "</li>"; }).join("") + "</ol></div>";
        });
      }
    }
    h += "<ol class=\"quotes\">";
    kept.slice(0, state.more).forEach(function (i) {
      var q = quotes[i], d = docs[q.doc];
      h += "<li class=\"q\" data-speaker=\"" + esc(q.sp >= 0 ? spk[q.sp].name : "") + "\">" +
        "<div>" + (q.sp >= 0 ? who(q.sp) : "<span class=\"who\">(no speaker found)</span>") + (q.who ? " <span class=\"meta\">" + esc(q.who) + "</span>" : "") +
        " <span class=\"cue\">" + esc(q.cue ? q.cue + ":" : "") + "</span> " + esc(q.text) + "</div>" +
        "<div class=\"meta\">" + esc(d.date || "(no date)") + " · " + link(d) + " · " + KINDS[q.kind] + " · confidence " + q.conf.toFixed(2) + "</div></li>";
    });
    h += "</ol>";
    if (kept.length > state.more) h += "<button id=\"more\">Show " + Math.min(500, kept.length - state.more) + " more</button>";
    $("quotes").innerHTML = h;
  }
  function render() {
    var a = asked();
    renderChanges(a); renderSpeakers(a); renderQuotes(a);
    document.body.setAttribute("data-ready", "1");
    if (!document.body.hasAttribute("data-ms")) document.body.setAttribute("data-ms", String(Math.round(performance.now()))); // (first render, from navigation start)
  }
  var timer = null;
  function changed() {
    state.q = $("q").value; state.words = $("words").checked; state.from = $("from").value; state.to = $("to").value;
    state.kind = $("kind").value; state.rel = $("rel").value; state.more = 200;
    clearTimeout(timer); timer = setTimeout(function () { writeHash(); render(); }, 150);
  }
  ["q", "words", "from", "to", "kind", "rel"].forEach(function (id) { $(id).addEventListener("input", changed); $(id).addEventListener("change", changed); });
  $("clear").addEventListener("click", function () { location.hash = ""; readHash(); state.speaker = -1; render(); });
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (t.id === "more") { state.more += 500; render(); return; }
    if (t.id === "allspk") { state.allSpeakers = true; render(); return; }
    if (t.id === "aswords") { e.preventDefault(); state.words = true; $("words").checked = true; writeHash(); render(); return; }
    var sp = t.getAttribute && t.getAttribute("data-speaker");
    if (sp !== null && sp !== undefined && t.tagName === "A") {
      state.speaker = +sp; state.q = ""; $("q").value = ""; state.more = 200; writeHash(); render(); window.scrollTo(0, 0);
    }
  });
  window.addEventListener("hashchange", function () { readHash(); render(); });
  var S = D.summary;
  $("summary").textContent = S.documents + " articles, " + S.quotations + " quotations by " + S.speakers + " speakers; " +
    S.changes + " changes, " + S.disagreements + " disagreements, " + S.numbers + " series of numbers that moved. Made by Verbatim.";
  readHash(); render();
})();
</script></body></html>
)page";

} // namespace verbatim::explorer_page
