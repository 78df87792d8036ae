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
  const STATE_LABEL = { accept: "accepted", reject: "rejected", correct: "corrected" };
  const st = { doc: 0, order: [], pos: -1, textOrder: false, cardEls: new Map(), segs: new Map(), selection: null };

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
  if (STATIC) {
    for (const line of store.lines()) {
      const doc = DATA.docs.find((d) => d.doc_id === line.doc_id);
      const card = doc && doc.cards.find((c) => c.id === line.record_id);
      if (card) card.review = reviewOf(line);
    }
  }
  function reviewOf(line) {
    const r = { decision: line.decision, reviewer: line.reviewer, time: line.time };
    if (line.reason) r.reason = line.reason;
    if (line.correction) r.correction = line.correction;
    return r;
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
    return { unreviewed: doc.cards.filter((c) => !c.review).length, ...doc.counts };
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
      b.append(n);
      b.addEventListener("click", () => openDoc(i));
      li.append(b);
      list.append(li);
    });
    const all = DATA.docs.reduce((a, d) => a + d.cards.length, 0);
    const left = DATA.docs.reduce((a, d) => a + d.cards.filter((c) => !c.review).length, 0);
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

  function openDoc(i, keepPos) {
    if (i < 0 || i >= DATA.docs.length) return;
    st.doc = i;
    const doc = DATA.docs[i];
    $("doc-meta").textContent = [doc.doc_id, doc.published && `published ${doc.published}`, doc.input].filter(Boolean).join(" · ");
    const problem = $("doc-problem");
    problem.hidden = !doc.problem;
    problem.textContent = doc.problem || "";
    renderText(doc);
    renderDocList();
    buildOrder();
    renderCards();
    $("article").scrollTop = 0;
    if (!keepPos && st.order.length) select(0, { flash: false });
  }

  // ---- cards ----
  function visible(c) {
    const t = $("f-type").value, d = $("f-defect").value, s = $("f-state").value, q = $("f-q").value.trim().toLowerCase();
    if (t !== "all" && c.kind !== t) return false;
    if (d === "yes" && !c.touches_defect) return false;
    if (d === "no" && c.touches_defect) return false;
    if (s === "undecided" && c.review) return false;
    if (s !== "all" && s !== "undecided" && (!c.review || c.review.decision !== s)) return false;
    if (q) {
      const hay = [c.title, c.quote, c.rule, ...c.fields.map((f) => f[1]), ...c.defects].join(" ").toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  }
  // Queue order: undecided cards touching a defect (and defects) first, then the other
  // undecided ones, then decided ones; text order inside each group.
  function buildOrder() {
    const doc = DATA.docs[st.doc];
    const idx = doc.cards.map((c, i) => i).filter((i) => visible(doc.cards[i]));
    const group = (c) => (c.review ? 2 : c.touches_defect ? 0 : 1);
    if (!st.textOrder) idx.sort((a, b) => group(doc.cards[a]) - group(doc.cards[b]) || a - b);
    st.order = idx;
    st.pos = -1;
  }
  function renderCard(c) {
    const li = el("li", `card kind-${c.kind}` + (c.review ? ` decided ${c.review.decision}` : ""));
    li.dataset.id = c.id;
    li.tabIndex = -1;
    const head = el("div", "card-head");
    head.append(el("span", "kind", c.kind), el("span", "title", c.title));
    if (c.review) head.append(el("span", "state", STATE_LABEL[c.review.decision] || c.review.decision));
    li.append(head);
    if (c.quote) li.append(el("p", "quote", c.quote.length > 260 ? c.quote.slice(0, 257) + "…" : c.quote));
    const dl = el("dl");
    for (const [k, v] of c.fields) dl.append(el("dt", null, k), el("dd", null, v));
    li.append(dl);
    const foot = el("div", "card-foot");
    for (const d of c.defects) foot.append(el("span", "chip defect", d));
    foot.append(el("span", "rule", c.rule));
    li.append(foot);
    if (c.review) {
      const why = [c.review.reviewer, c.review.time, c.review.reason, c.review.correction && JSON.stringify(c.review.correction)].filter(Boolean).join(" · ");
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
  function select(pos, opts = {}) {
    if (pos < 0 || pos >= st.order.length) return;
    const prev = current();
    if (prev) {
      (st.segs.get(prev.id) || []).forEach((s) => s.classList.remove("current"));
      const pe = st.cardEls.get(prev.id);
      if (pe) pe.classList.remove("current");
    }
    st.pos = pos;
    const c = current();
    const ce = st.cardEls.get(c.id);
    ce.classList.add("current");
    if (opts.scrollCard !== false) ce.scrollIntoView({ block: "nearest" });
    const segs = st.segs.get(c.id) || [];
    segs.forEach((s) => s.classList.add("current"));
    if (segs.length && opts.scrollText !== false) segs[0].scrollIntoView({ block: "center", behavior: "smooth" });
    if (opts.flash !== false) { segs.forEach(flash); if (opts.scrollCard !== false) flash(ce); }
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
    ["f-type", "f-defect", "f-state"].forEach((id) => { $(id).value = "all"; });
    $("f-q").value = "";
    buildOrder();
    renderCards();
  }
  function refilter() {
    const keep = current();
    buildOrder();
    renderCards();
    const pos = keep ? st.order.indexOf(DATA.docs[st.doc].cards.indexOf(keep)) : -1;
    select(pos >= 0 ? pos : 0, { flash: false });
  }
  ["f-type", "f-defect", "f-state"].forEach((id) => $(id).addEventListener("change", refilter));
  $("f-q").addEventListener("input", refilter);

  // ---- decisions ----
  function nextUndecided() {
    const doc = DATA.docs[st.doc];
    for (let p = st.pos + 1; p < st.order.length; p++) if (!doc.cards[st.order[p]].review) return p;
    return Math.min(st.pos + 1, st.order.length - 1);
  }
  async function decide(decision, extra = {}) {
    const c = current();
    if (!c) return;
    const doc = DATA.docs[st.doc];
    const reviewer = reviewerInput.value.trim();
    if (!reviewer) { toast("Type your name in the Reviewer box first"); reviewerInput.focus(); return; }
    const payload = { doc_id: doc.doc_id, record_id: c.id, record_kind: c.kind, decision, reviewer, ...extra };
    let review;
    if (STATIC) {
      if (!c.key) { toast("This document's text changed since the run: decisions cannot be keyed"); return; }
      const line = { ...payload, time: new Date().toISOString().replace(/\.\d+Z$/, "Z"), key: c.key, span: c.span };
      if (line.correction && line.correction.span) {
        const s = line.correction.span;
        line.correction = { ...line.correction, span: { ...s, text: doc.text.slice(s.start, s.end) } };
      }
      store.add(line);
      review = reviewOf(line);
    } else {
      let res;
      try {
        res = await fetch("/api/decisions", { method: "POST", headers: { "Content-Type": "application/json", "X-Review-Token": DATA.token }, body: JSON.stringify(payload) });
      } catch (e) { toast("The review server is not reachable: decision not saved"); return; }
      const body = await res.json().catch(() => ({}));
      if (!res.ok) { toast(`Not saved: ${body.error || res.status}`); return; }
      review = body.review;
    }
    c.review = review;
    const old = st.cardEls.get(c.id);
    const fresh = renderCard(c);
    fresh.classList.add("current");
    st.cardEls.set(c.id, fresh);
    old.replaceWith(fresh);
    renderDocList();
    toast(`${STATE_LABEL[decision]}: ${c.title}`);
    select(nextUndecided());
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
  $("help-toggle").addEventListener("click", () => { $("help").hidden = !$("help").hidden; });

  // ---- keyboard ----
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = ev.target.tagName;
    if (document.querySelector("dialog[open]")) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (ev.key === "Escape") ev.target.blur();
      if (ev.key === "Enter" && ev.target.id === "f-q") ev.target.blur();
      return;
    }
    const keys = {
      j: () => select(st.pos + 1),
      k: () => select(st.pos - 1),
      a: () => decide("accept"),
      r: openReject,
      c: openCorrect,
      s: () => select(st.pos + 1),
      n: () => openDoc(st.doc + 1),
      p: () => openDoc(st.doc - 1),
      o: () => { st.textOrder = !st.textOrder; refilter(); },
      "/": () => $("f-q").focus(),
      "?": () => { $("help").hidden = !$("help").hidden; },
    };
    const f = keys[ev.key];
    if (f) { ev.preventDefault(); f(); }
  });

  // Documents with the most undecided defect-related cards come up first.
  const firstDoc = DATA.docs.findIndex((d) => d.cards.some((c) => !c.review && c.touches_defect));
  openDoc(firstDoc >= 0 ? firstDoc : Math.max(0, DATA.docs.findIndex((d) => d.cards.some((c) => !c.review))));
})();
