(() => {
  "use strict";
  // Everything drawn from the data goes through textContent: article text is untrusted.
  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const STATIC = DATA.mode === "static";
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const STATE_LABEL = { accept: "accepted", reject: "rejected", correct: "corrected", skip: "skipped", unsure: "unsure", retract: "undone" };
  const REASONS = (DATA.reject_reasons || []).slice(0, 9);
  const KEEP = DATA.storage_key;  // localStorage prefix: one per run
  const st = { doc: 0, order: [], pos: -1, textOrder: false, cardEls: new Map(), segs: new Map(), selection: null, lit: [] };
  const saved = (name, fallback) => {
    try { return JSON.parse(localStorage.getItem(`${KEEP}-${name}`)) ?? fallback; } catch (e) { return fallback; }
  };
  const save = (name, value) => {
    try { localStorage.setItem(`${KEEP}-${name}`, JSON.stringify(value)); } catch (e) { /* private mode: no resume */ }
  };

  // ---- static mode: decisions live in localStorage and leave by the export button ----
  const store = {
    lines() {
      if (!STATIC) return [];
      try { return JSON.parse(localStorage.getItem(DATA.storage_key) || "[]"); } catch (e) { return []; }
    },
    add(line) {
      const all = store.lines();
      all.push(line);
      try { localStorage.setItem(DATA.storage_key, JSON.stringify(all)); } catch (e) { toast("Could not save in this browser: export now"); }
    },
  };

  // ---- what a card's decisions add up to (as pipeline.records.decisions does) ----
  // card.stack holds the decisions standing on the card's key, oldest first. A retract
  // takes back the latest of its reviewer, a settle replaces all; the card's review is the
  // last one standing (or the decision matched from an earlier run, when that is newer).
  const SHOWN = ["reviewer", "decision", "time", "reason", "correction", "settle"];
  const shown = (line) => Object.fromEntries(SHOWN.filter((k) => k in line).map((k) => [k, line[k]]));
  function applyLine(c, line) {
    if (line.decision === "retract") {
      for (let i = c.stack.length - 1; i >= 0; i--) if (c.stack[i].reviewer === line.reviewer) { c.stack.splice(i, 1); break; }
    } else if (line.settle) c.stack.splice(0, c.stack.length, shown(line));
    else c.stack.push(shown(line));
    derive(c);
  }
  const sorted = (v) => (v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);
  const verdict = (d) => JSON.stringify(sorted([d.decision, d.correction ?? null]));
  function derive(c) {
    const last = c.stack[c.stack.length - 1] || null;
    c.review = c.matched && (!last || last.time < c.matched.time) ? c.matched : last;
    const mine = new Map();
    for (const d of c.stack) mine.set(d.reviewer, d);
    const judged = [...mine.values()].filter((d) => d.decision !== "skip");
    c.disagreement = new Set(judged.map(verdict)).size > 1
      ? judged.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.reviewer < b.reviewer ? -1 : 1)) : null;
  }
  const open = (c) => !c.review || c.review.decision === "skip";  // still to be judged
  for (const doc of DATA.docs) {
    for (const c of doc.cards) {
      c.stack = c.stack || [];
      // a review not on the card's own key (matched after an edit, or carried by the outputs)
      const r = c.review;
      c.matched = r && !c.stack.some((d) => d.time === r.time && d.reviewer === r.reviewer && d.decision === r.decision) ? r : null;
      derive(c);
    }
  }
  for (const line of store.lines()) {
    const doc = DATA.docs.find((d) => d.doc_id === line.doc_id);
    const card = doc && doc.cards.find((c) => c.id === line.record_id);
    if (card) applyLine(card, line);
  }

  const reviewerInput = $("reviewer");
  reviewerInput.value = (STATIC && localStorage.getItem("newsfacts-reviewer")) || DATA.reviewer || "";
  reviewerInput.addEventListener("change", () => { if (STATIC) localStorage.setItem("newsfacts-reviewer", reviewerInput.value.trim()); });

  function toast(msg) {
    const t = $("toast");
    t.textContent = msg;
    t.classList.add("show");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => t.classList.remove("show"), 2600);
  }

  // ---- documents ----
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  function counts(doc) {
    return { ...doc.counts, unreviewed: doc.cards.filter(open).length, disagreements: doc.cards.filter((c) => c.disagreement).length };
  }
  function renderDocList() {
    const list = $("doc-list");
    list.replaceChildren();
    DATA.docs.forEach((doc, i) => {
      const c = counts(doc);
      const li = el("li", i === st.doc ? "doc current" : "doc");
      const b = el("button");
      b.type = "button";
      b.append(el("span", "doc-title", doc.title), el("span", "doc-id", doc.doc_id));
      const n = el("span", "doc-counts");
      n.append(el("span", null, plural(c.facts, "fact")), el("span", null, plural(c.claims, "claim")),
        el("span", c.defects ? "has-defects" : null, plural(c.defects, "defect")),
        el("span", c.unreviewed ? "todo" : "done", c.unreviewed ? `${c.unreviewed} to review` : "all reviewed"));
      if (c.disagreements) n.append(el("span", "disagree", `${c.disagreements} disagreed`));
      b.append(n);
      b.addEventListener("click", () => openDoc(i));
      li.append(b);
      list.append(li);
    });
    const all = DATA.docs.reduce((a, d) => a + d.cards.length, 0);
    const left = DATA.docs.reduce((a, d) => a + d.cards.filter(open).length, 0);
    $("progress").textContent = `${all - left} of ${all} reviewed` + (DATA.orphans ? ` · ${DATA.orphans} orphan decisions` : "");
    if (STATIC) {
      const ex = $("export");
      ex.hidden = false;
      ex.textContent = `Export decisions (${store.lines().length})`;
    }
  }

  // The article from boundary events: every mark start/end is a cut point, and each piece
  // between two cuts is one element carrying the classes of all marks covering it.
  function renderText(doc) {
    const box = $("text");
    box.replaceChildren();
    st.segs = new Map();
    const text = doc.text;
    const cuts = new Set([0, text.length]);
    const opens = new Map();
    const closes = new Map();
    const gaps = new Map();
    doc.marks.forEach((m, i) => {
      if (m.end === m.start) { (gaps.get(m.start) || gaps.set(m.start, []).get(m.start)).push(m); return; }
      cuts.add(m.start); cuts.add(m.end);
      (opens.get(m.start) || opens.set(m.start, []).get(m.start)).push(i);
      (closes.get(m.end) || closes.set(m.end, []).get(m.end)).push(i);
    });
    // Each line becomes a block (for paragraph spacing); the newline stays in the text.
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) cuts.add(i + 1);
    const points = [...cuts].filter((p) => p <= text.length).sort((a, b) => a - b);
    const active = new Set();
    let block = box;
    for (let k = 0; k < points.length; k++) {
      const p = points[k];
      if ((p === 0 || text[p - 1] === "\n") && p < text.length) {
        block = el("div", text[p] === "\n" ? "para blank" : "para");
        box.append(block);
      }
      (closes.get(p) || []).forEach((i) => active.delete(i));
      (opens.get(p) || []).forEach((i) => active.add(i));
      for (const m of gaps.get(p) || []) {
        const g = el("span", `gap m-${m.type}`);
        g.dataset.start = p; g.dataset.end = p; g.dataset.cards = m.card || "";
        g.title = "missing text";
        block.append(g);
        if (m.card) (st.segs.get(m.card) || st.segs.set(m.card, []).get(m.card)).push(g);
      }
      if (k === points.length - 1) break;
      const piece = text.slice(p, points[k + 1]);
      if (!active.size) { block.append(document.createTextNode(piece)); continue; }
      const marks = [...active].map((i) => doc.marks[i]);
      const seg = el("span", "seg " + [...new Set(marks.map((m) => "m-" + m.type))].join(" "), piece);
      seg.dataset.start = p; seg.dataset.end = points[k + 1];
      const ids = marks.filter((m) => m.card).sort((a, b) => (a.end - a.start) - (b.end - b.start)).map((m) => m.card);
      seg.dataset.cards = [...new Set(ids)].join(" ");
      const labels = marks.filter((m) => m.type === "entity" && m.label).map((m) => m.label);
      if (labels.length) seg.title = labels.join(", ");
      for (const id of new Set(ids)) (st.segs.get(id) || st.segs.set(id, []).get(id)).push(seg);
      block.append(seg);
    }
  }

  // A document opens with the filters cleared, so its cards are never hidden by a filter
  // chosen for another one; ``cardId`` selects that card (resume, undo, j at the end).
  function openDoc(i, cardId) {
    if (i < 0 || i >= DATA.docs.length) return;
    st.doc = i;
    const doc = DATA.docs[i];
    $("doc-meta").textContent = [doc.doc_id, doc.published && `published ${doc.published}`, doc.input].filter(Boolean).join(" · ");
    const problem = $("doc-problem");
    problem.hidden = !doc.problem;
    problem.textContent = doc.problem || "";
    st.lit = [];
    renderText(doc);
    renderDocList();
    clearFilters();
    buildOrder();
    renderCards();
    $("article").scrollTop = 0;
    const pos = cardId ? st.order.indexOf(doc.cards.findIndex((c) => c.id === cardId)) : -1;
    if (st.order.length) select(pos >= 0 ? pos : 0, { flash: false });
    else save("at", { doc_id: doc.doc_id, card_id: null });
  }

  // ---- cards ----
  const FILTERS = ["f-type", "f-defect", "f-state"];
  function filtered() {
    return FILTERS.some((id) => $(id).value !== "all") || $("f-q").value.trim() !== "";
  }
  function clearFilters() {
    FILTERS.forEach((id) => { $(id).value = "all"; });
    $("f-q").value = "";
  }
  function visible(c) {
    const t = $("f-type").value, d = $("f-defect").value, s = $("f-state").value, q = $("f-q").value.trim().toLowerCase();
    if (t !== "all" && c.kind !== t) return false;
    if (d === "yes" && !c.touches_defect) return false;
    if (d === "no" && c.touches_defect) return false;
    if (s === "undecided" && !open(c)) return false;
    if (s === "disagree" && !c.disagreement) return false;
    if (!["all", "undecided", "disagree"].includes(s) && (!c.review || c.review.decision !== s)) return false;
    if (q) {
      const hay = [c.title, c.quote, c.rule, ...c.fields.map((f) => f[1]), ...c.defects].join(" ").toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  }
  // Queue order: undecided cards touching a defect (and defects) first, then the other
  // undecided ones, then skipped ones, then decided ones; text order inside each group.
  function buildOrder() {
    const doc = DATA.docs[st.doc];
    const idx = doc.cards.map((c, i) => i).filter((i) => visible(doc.cards[i]));
    const group = (c) => (!c.review ? (c.touches_defect ? 0 : 1) : c.review.decision === "skip" ? 2 : 3);
    if (!st.textOrder) idx.sort((a, b) => group(doc.cards[a]) - group(doc.cards[b]) || a - b);
    st.order = idx;
    st.pos = -1;
  }
  const fmt = (v) => (v === null || v === undefined ? "—" : Number.isInteger(v) ? v.toLocaleString("en-US")
    : v.toLocaleString("en-US", { maximumSignificantDigits: 6 }));
  // A corrected card shows the new value after the old one struck through.
  function changed(dd, old, now) {
    dd.replaceChildren(el("del", null, old), " ", el("ins", null, now));
  }
  function correctedFields(c, dl) {
    const fix = c.review && c.review.decision === "correct" ? c.review.correction || {} : {};
    const row = (name) => {
      const dts = [...dl.querySelectorAll("dt")];
      const dt = dts.find((x) => x.textContent === name);
      if (dt) return dt.nextElementSibling;
      const dd = el("dd");
      dl.prepend(el("dt", null, name), dd);
      return dd;
    };
    if ("value" in fix || "unit" in fix) {
      const dd = row("value");
      const unit = "unit" in fix ? fix.unit : c.extra.unit || "";
      changed(dd, dd.textContent || "—", `${"value" in fix ? fmt(fix.value) : fmt(c.extra.value)} ${unit}`.trim());
    }
    if ("source" in fix) {
      const dd = row("source");
      changed(dd, c.extra.source || dd.textContent || "(unnamed)", fix.source);
    }
    if (fix.span) {
      const doc = DATA.docs[st.doc];
      changed(row("span"), doc.text.slice(c.start, c.end), fix.span.text || doc.text.slice(fix.span.start, fix.span.end));
    }
    if (fix.note) dl.append(el("dt", null, "note"), el("dd", null, fix.note));
  }
  function renderCard(c) {
    const state = c.review ? c.review.decision : "";
    const li = el("li", `card kind-${c.kind}` + (c.review ? ` decided ${state}` : "") + (c.disagreement ? " disagreed" : ""));
    li.dataset.id = c.id;
    li.tabIndex = -1;
    const head = el("div", "card-head");
    head.append(el("span", "kind", c.kind), el("span", "title", c.title));
    if (c.disagreement) head.append(el("span", "state disagree", "reviewers disagree"));
    if (c.review) head.append(el("span", "state", STATE_LABEL[state] || state));
    li.append(head);
    if (c.quote) li.append(el("p", "quote", c.quote.length > 260 ? c.quote.slice(0, 257) + "…" : c.quote));
    const dl = el("dl");
    for (const [k, v] of c.fields) dl.append(el("dt", null, k), el("dd", null, v));
    correctedFields(c, dl);
    li.append(dl);
    const foot = el("div", "card-foot");
    for (const d of c.defects) foot.append(el("span", "chip defect", d));
    foot.append(el("span", "rule", c.rule));
    li.append(foot);
    if (c.review) {
      const r = c.review;
      const why = [`${STATE_LABEL[r.decision] || r.decision} by ${r.reviewer}`, r.time, r.reason, r.settle && "settled"].filter(Boolean).join(" · ");
      li.append(el("p", "review-note", why));
    }
    li.addEventListener("click", () => select(st.order.indexOf(DATA.docs[st.doc].cards.indexOf(c)), { scrollCard: false }));
    return li;
  }
  function renderCards() {
    const doc = DATA.docs[st.doc];
    const list = $("cards");
    list.replaceChildren();
    st.cardEls = new Map();
    for (const i of st.order) {
      const li = renderCard(doc.cards[i]);
      st.cardEls.set(doc.cards[i].id, li);
      list.append(li);
    }
    $("card-count").textContent = `${st.order.length} of ${doc.cards.length} cards` + (st.textOrder ? " · text order" : " · queue order");
    $("f-clear").hidden = !filtered();
    const n = doc.cards.filter((c) => c.disagreement).length;
    $("disagree-open").hidden = !n;
    $("disagree-open").textContent = `${plural(n, "disagreement")}  d`;
    if (!st.order.length) list.append(el("li", "empty", doc.cards.length ? "No card matches the filters." : "Nothing was extracted from this document."));
  }
  function flash(e) {
    e.classList.remove("flash");
    void e.offsetWidth;
    e.classList.add("flash");
  }
  function current() {
    const doc = DATA.docs[st.doc];
    return st.pos >= 0 && st.pos < st.order.length ? doc.cards[st.order[st.pos]] : null;
  }
  // Whatever was lit before goes dark, whichever way the selection moved.
  function unlight() {
    st.lit.forEach((e) => e.classList.remove("current"));
    st.lit = [];
  }
  function select(pos, opts = {}) {
    if (pos < 0 || pos >= st.order.length) return;
    unlight();
    st.pos = pos;
    const c = current();
    const ce = st.cardEls.get(c.id);
    const segs = st.segs.get(c.id) || [];
    st.lit = [ce, ...segs];
    st.lit.forEach((e) => e.classList.add("current"));
    if (opts.scrollCard !== false) ce.scrollIntoView({ block: "nearest" });
    if (segs.length && opts.scrollText !== false) segs[0].scrollIntoView({ block: "center", behavior: "smooth" });
    if (opts.flash !== false) { segs.forEach(flash); if (opts.scrollCard !== false) flash(ce); }
    save("at", { doc_id: DATA.docs[st.doc].doc_id, card_id: c.id });
  }
  function showCard(docIndex, id) {
    if (docIndex !== st.doc) openDoc(docIndex, id);
    const doc = DATA.docs[st.doc];
    let pos = st.order.indexOf(doc.cards.findIndex((c) => c.id === id));
    if (pos < 0) { resetFilters(); pos = st.order.indexOf(doc.cards.findIndex((c) => c.id === id)); }
    if (pos >= 0 && pos !== st.pos) select(pos);
    return pos >= 0;
  }
  $("text").addEventListener("click", (ev) => {
    const seg = ev.target.closest("[data-cards]");
    if (!seg || !seg.dataset.cards) return;
    if (window.getSelection && String(window.getSelection()).length) return;
    const doc = DATA.docs[st.doc];
    for (const id of seg.dataset.cards.split(" ")) {
      let pos = st.order.indexOf(doc.cards.findIndex((c) => c.id === id));
      if (pos < 0) { resetFilters(); pos = st.order.indexOf(doc.cards.findIndex((c) => c.id === id)); }
      if (pos >= 0) {
        select(pos, { scrollText: false, flash: false });
        flash(st.cardEls.get(id));
        return;
      }
    }
  });
  function resetFilters() {
    clearFilters();
    buildOrder();
    renderCards();
  }
  function refilter() {
    const keep = current();
    unlight();
    buildOrder();
    renderCards();
    const pos = keep ? st.order.indexOf(DATA.docs[st.doc].cards.indexOf(keep)) : -1;
    select(pos >= 0 ? pos : 0, { flash: false });
  }
  // A dropdown gives the keyboard back as soon as it is changed.
  FILTERS.forEach((id) => $(id).addEventListener("change", (ev) => { ev.target.blur(); refilter(); }));
  $("f-q").addEventListener("input", refilter);
  $("f-clear").addEventListener("click", (ev) => { ev.currentTarget.blur(); clearFilters(); refilter(); });

  // ---- moving on ----
  function nextUndecided() {
    const doc = DATA.docs[st.doc];
    for (let p = st.pos + 1; p < st.order.length; p++) if (!doc.cards[st.order[p]].review) return p;
    return Math.min(st.pos + 1, st.order.length - 1);
  }
  // j on the last card: the next document (in list order, wrapping) with undecided cards.
  function nextDocWithWork() {
    const n = DATA.docs.length;
    for (let k = 1; k < n; k++) {
      const i = (st.doc + k) % n;
      if (DATA.docs[i].cards.some(open)) {
        openDoc(i);
        toast(`Next document: ${DATA.docs[i].title}`);
        return;
      }
    }
    toast(DATA.docs[st.doc].cards.some(open) ? "Last card: no other document has undecided cards" : "Every card is reviewed");
  }
  function down() {
    if (st.pos + 1 < st.order.length) select(st.pos + 1);
    else nextDocWithWork();
  }

  // ---- decisions ----
  // Undo is a stack of (doc, card, reviewer) kept with the resume point, so it survives a
  // reload; undoing appends a retract line, the file is never rewritten.
  const undo = { list: saved("undo", []) };
  undo.push = (entry) => { undo.list.push(entry); undo.list = undo.list.slice(-200); save("undo", undo.list); };
  undo.pop = () => { const e = undo.list.pop(); save("undo", undo.list); return e; };

  async function send(c, payload) {
    const doc = DATA.docs.find((d) => d.cards.includes(c));
    if (STATIC) {
      if (!c.key) { toast("This document's text changed since the run: decisions cannot be keyed"); return null; }
      const line = { ...payload, time: new Date().toISOString().replace(/\.\d+Z$/, "Z"), key: c.key, span: c.span };
      if (line.correction && line.correction.span) {
        const s = line.correction.span;
        line.correction = { ...line.correction, span: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) } };
      }
      store.add(line);
      return line;
    }
    let res;
    try {
      res = await fetch("/api/decisions", { method: "POST", headers: { "Content-Type": "application/json", "X-Review-Token": DATA.token }, body: JSON.stringify(payload) });
    } catch (e) { toast("The review server is not reachable: decision not saved"); return null; }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) { toast(`Not saved: ${body.error || res.status}`); return null; }
    return body.line;
  }
  function redraw(c) {
    const old = st.cardEls.get(c.id);
    if (old) {
      const fresh = renderCard(c);
      st.cardEls.set(c.id, fresh);
      st.lit = st.lit.map((e) => (e === old ? fresh : e));
      if (old.classList.contains("current")) fresh.classList.add("current");
      old.replaceWith(fresh);
    }
    renderDocList();
    const n = DATA.docs[st.doc].cards.filter((x) => x.disagreement).length;
    $("disagree-open").hidden = !n;
    $("disagree-open").textContent = `${plural(n, "disagreement")}  d`;
  }
  // One decision on card ``c`` (the current card unless given); returns the stored line.
  async function decide(decision, extra = {}, c = current(), who = null) {
    if (!c) return null;
    const doc = DATA.docs.find((d) => d.cards.includes(c));
    const reviewer = who || reviewerInput.value.trim();
    if (!reviewer) { toast("Type your name in the Reviewer box first"); reviewerInput.focus(); return null; }
    const payload = { doc_id: doc.doc_id, record_id: c.id, record_kind: c.kind, decision, reviewer, ...extra };
    const line = await send(c, payload);
    if (!line) return null;
    applyLine(c, line);
    redraw(c);
    if (decision === "retract") return line;
    undo.push({ doc_id: doc.doc_id, record_id: c.id, reviewer });
    toast(`${extra.settle ? "settled, " : ""}${STATE_LABEL[decision]}${extra.reason ? ` (${extra.reason})` : ""}: ${c.title}`);
    if (c === current()) select(nextUndecided());
    return line;
  }
  async function undoLast() {
    const entry = undo.pop();
    if (!entry) { toast("Nothing to undo"); return; }
    const i = DATA.docs.findIndex((d) => d.doc_id === entry.doc_id);
    const c = i >= 0 && DATA.docs[i].cards.find((x) => x.id === entry.record_id);
    if (!c) { toast("That card is not in this run: nothing undone"); return; }
    showCard(i, c.id);
    const line = await decide("retract", {}, c, entry.reviewer);
    if (!line) { undo.push(entry); return; }
    toast(`Undone: ${c.title}` + (c.review ? ` (now ${STATE_LABEL[c.review.decision]})` : " (undecided again)"));
  }
  function rejectWith(n) {
    const reason = REASONS[n - 1];
    if (!reason) { toast(`No reason on key ${n}: see ? for the list`); return; }
    decide("reject", { reason });
  }

  function openReject() {
    const c = current();
    if (!c) return;
    const dlg = $("dlg-reject");
    dlg.querySelector(".dlg-target").textContent = `${c.kind}: ${c.title}`;
    $("reject-reason").value = "";
    dlg.returnValue = "";
    dlg.showModal();
    $("reject-reason").focus();
  }
  $("dlg-reject").addEventListener("close", () => {
    const reason = $("reject-reason").value.trim();
    if ($("dlg-reject").returnValue === "ok" && reason) decide("reject", { reason });
  });

  function selectionOffsets() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const box = $("text");
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return null;
    const at = (node, off) => {
      const pre = document.createRange();
      pre.selectNodeContents(box);
      pre.setEnd(node, off);
      return pre.toString().length;
    };
    return { start: at(r.startContainer, r.startOffset), end: at(r.endContainer, r.endOffset) };
  }
  function preview() {
    const doc = DATA.docs[st.doc];
    const s = Number($("c-start").value), e = Number($("c-end").value);
    $("c-preview").textContent = Number.isInteger(s) && Number.isInteger(e) && s < e && e <= doc.text.length ? doc.text.slice(s, e) : "(invalid span)";
  }
  function openCorrect() {
    const c = current();
    if (!c) return;
    st.selection = selectionOffsets();
    const dlg = $("dlg-correct");
    dlg.querySelector(".dlg-target").textContent = `${c.kind}: ${c.title}`;
    dlg.querySelectorAll("label[data-for]").forEach((l) => { l.hidden = l.dataset.for !== c.kind; });
    $("c-value").value = c.extra.value === null || c.extra.value === undefined ? "" : String(c.extra.value);
    $("c-unit").value = c.extra.unit || "";
    $("c-source").value = c.extra.source || "";
    $("c-start").value = st.selection ? st.selection.start : c.start;
    $("c-end").value = st.selection ? st.selection.end : c.end;
    $("c-note").value = "";
    $("c-selection").disabled = !st.selection;
    preview();
    dlg.returnValue = "";
    dlg.showModal();
    (c.kind === "fact" ? $("c-value") : c.kind === "claim" ? $("c-source") : $("c-start")).focus();
  }
  ["c-start", "c-end"].forEach((id) => $(id).addEventListener("input", preview));
  $("c-selection").addEventListener("click", () => {
    if (!st.selection) return;
    $("c-start").value = st.selection.start;
    $("c-end").value = st.selection.end;
    preview();
  });
  $("dlg-correct").addEventListener("close", () => {
    if ($("dlg-correct").returnValue !== "ok") return;
    const c = current();
    const fix = {};
    if (c.kind === "fact") {
      const raw = $("c-value").value.trim().replace(/,/g, "");
      const value = raw === "" ? null : Number(raw);
      if (raw !== "" && !Number.isFinite(value)) { toast("Value must be a number"); return; }
      if (value !== c.extra.value) fix.value = value;
      const unit = $("c-unit").value.trim();
      if (unit && unit !== c.extra.unit) fix.unit = unit;
    }
    if (c.kind === "claim") {
      const source = $("c-source").value.trim();
      if (source && source !== c.extra.source) fix.source = source;
    }
    const s = Number($("c-start").value), e = Number($("c-end").value);
    if (s !== c.start || e !== c.end) {
      if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= DATA.docs[st.doc].text.length)) { toast("Span out of the text"); return; }
      fix.span = { start: s, end: e };
    }
    const note = $("c-note").value.trim();
    if (note) fix.note = note;
    if (!Object.keys(fix).length) { toast("Nothing changed: use a to accept"); return; }
    decide("correct", { correction: fix });
  });

  $("export").addEventListener("click", () => {
    const lines = store.lines();
    const blob = new Blob(lines.map((l) => JSON.stringify(l) + "\n"), { type: "application/x-ndjson" });
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions.jsonl";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    toast(`${lines.length} decisions exported: add them with  pipeline review --import decisions.jsonl`);
  });
  document.querySelectorAll("dialog .cancel").forEach((b) => b.addEventListener("click", () => b.closest("dialog").close("cancel")));

  // ---- help: an overlay (? opens, Esc or ? closes); the hint line is always on screen ----
  const reasonList = $("help-reasons");
  REASONS.forEach((r, i) => reasonList.append(el("dt", null, String(i + 1)), el("dd", null, `reject: ${r}`)));
  $("reasons").replaceChildren(...REASONS.map((r) => { const o = el("option"); o.value = r; return o; }));
  function toggleHelp() {
    const h = $("help");
    if (h.open) h.close(); else h.showModal();
  }
  $("help-toggle").addEventListener("click", (ev) => { ev.currentTarget.blur(); toggleHelp(); });

  // ---- disagreements: each reviewer's latest decision, and a way to settle ----
  const describe = (d) => {
    const fix = d.correction ? Object.entries(d.correction).filter(([k]) => k !== "span")
      .map(([k, v]) => `${k} ${k === "value" ? fmt(v) : v}`) : [];
    if (d.correction && d.correction.span) fix.push(`span “${d.correction.span.text || `${d.correction.span.start}-${d.correction.span.end}`}”`);
    return [STATE_LABEL[d.decision] || d.decision, d.reason, ...fix].filter(Boolean).join(" · ");
  };
  function renderDisagreements() {
    const doc = DATA.docs[st.doc];
    const list = $("disagree-list");
    list.replaceChildren();
    const split = doc.cards.filter((c) => c.disagreement);
    $("disagree-doc").textContent = `${doc.title} · ${plural(split.length, "card")} on which reviewers disagree`;
    if (!split.length) list.append(el("li", "empty", "No disagreement in this document."));
    for (const c of split) {
      const li = el("li", "disagreement");
      li.dataset.id = c.id;
      const go = el("button", "link", `${c.kind}: ${c.title}`);
      go.type = "button";
      go.addEventListener("click", () => { $("dlg-disagree").close(); showCard(st.doc, c.id); });
      const rows = el("table");
      for (const d of c.disagreement) {
        const tr = el("tr");
        const keep = el("button", "settle", "Settle on this");
        keep.type = "button";
        keep.title = `Record this decision, by you, as the one that stands (settle)`;
        keep.addEventListener("click", () => settle(c, d));
        const cell = el("td");
        cell.append(keep);
        tr.append(el("td", "who", d.reviewer), el("td", null, describe(d)), el("td", "when", d.time), cell);
        rows.append(tr);
      }
      li.append(go, rows);
      list.append(li);
    }
  }
  async function settle(c, d) {
    const extra = { settle: true };
    if (d.reason) extra.reason = d.reason;
    if (d.correction) {
      const { span, ...rest } = d.correction;
      extra.correction = span ? { ...rest, span: { start: span.start, end: span.end } } : rest;
    }
    const line = await decide(d.decision, extra, c);
    if (line) renderDisagreements();
  }
  function openDisagreements() {
    renderDisagreements();
    $("dlg-disagree").showModal();
    const first = $("dlg-disagree").querySelector("button.settle") || $("dlg-disagree").querySelector("button");
    if (first) first.focus();
  }
  $("disagree-open").addEventListener("click", (ev) => { ev.currentTarget.blur(); openDisagreements(); });

  // ---- keyboard ----
  const KEYS = {
    j: down,
    k: () => select(st.pos - 1),
    a: () => decide("accept"),
    r: openReject,
    c: openCorrect,
    s: () => decide("skip"),
    x: () => decide("unsure"),
    u: undoLast,
    d: openDisagreements,
    n: () => openDoc(st.doc + 1),
    p: () => openDoc(st.doc - 1),
    o: () => { st.textOrder = !st.textOrder; refilter(); },
    "/": () => $("f-q").focus(),
    "?": toggleHelp,
  };
  for (let n = 1; n <= 9; n++) KEYS[String(n)] = () => rejectWith(n);
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = ev.target.tagName;
    const dlg = document.querySelector("dialog[open]");
    if (dlg) {  // the dialog has the keys (Esc closes it); ? also closes the help
      if (dlg.id === "help" && ev.key === "?") { ev.preventDefault(); dlg.close(); }
      return;
    }
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (ev.key === "Escape") ev.target.blur();
      if (ev.key === "Enter" && ev.target.id === "f-q") ev.target.blur();
      return;
    }
    const f = KEYS[ev.key];
    if (f) { ev.preventDefault(); f(); }
  });

  // ---- start: where the reviewer left off, else the first document with work ----
  const at = saved("at", null);
  const resumed = at ? DATA.docs.findIndex((d) => d.doc_id === at.doc_id) : -1;
  if (resumed >= 0) openDoc(resumed, at.card_id);
  else {
    // Documents with undecided defect-related cards come up first.
    const firstDoc = DATA.docs.findIndex((d) => d.cards.some((c) => !c.review && c.touches_defect));
    openDoc(firstDoc >= 0 ? firstDoc : Math.max(0, DATA.docs.findIndex((d) => d.cards.some(open))));
  }
})();
