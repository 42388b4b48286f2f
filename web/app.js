/* newssearch — static search page. No dependencies, no build step.
 *
 * All API data is inserted with textContent / text nodes, never innerHTML.
 * Passage offsets from the API are Python code-point indices into the
 * article text; they are applied with Array.from(text), not String.slice,
 * so astral characters (emoji etc.) do not shift them.
 */
(function () {
  "use strict";

  var DEFAULT_K = 10;
  var ALLOWED_K = [5, 10, 20];
  var BASE_TITLE = "Tìm kiếm tin tức địa phương";

  var numberFmt = new Intl.NumberFormat("vi-VN");

  var els = {};
  var searchController = null; // AbortController of the in-flight search
  var searchSeq = 0;
  var articleController = null;
  var articleCache = new Map(); // id -> article JSON
  var lastOpener = null; // element to refocus when the panel closes

  /* ---------- small helpers ---------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isNonEmptyString(v) {
    return typeof v === "string" && v.trim() !== "";
  }

  function isFiniteNumber(v) {
    return typeof v === "number" && isFinite(v);
  }

  /** Only http(s) URLs become links (blocks javascript: and friends). */
  function safeHttpUrl(value) {
    if (!isNonEmptyString(value)) return null;
    try {
      var u = new URL(value, window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /** "2021-02-03" or "2021-02-03T10:00:00" -> <time datetime=…>03/02/2021</time>. */
  function dateNode(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    var t = el("time", null, m ? m[3] + "/" + m[2] + "/" + m[1] : value);
    t.setAttribute("datetime", value);
    return t;
  }

  function parseK(value) {
    var n = parseInt(value, 10);
    return ALLOWED_K.indexOf(n) >= 0 ? n : DEFAULT_K;
  }

  function formatMs(ms) {
    if (!isFiniteNumber(ms)) return null;
    if (ms < 1) return "<1 ms";
    return numberFmt.format(Math.round(ms)) + " ms";
  }

  /** Slice by code points (Python str semantics), with clamping. */
  function splitByCodePoints(text, start, end) {
    var chars = Array.from(text);
    var n = chars.length;
    var s = Math.max(0, Math.min(n, Math.floor(start)));
    var e = Math.max(s, Math.min(n, Math.floor(end)));
    return {
      before: chars.slice(0, s).join(""),
      middle: chars.slice(s, e).join(""),
      after: chars.slice(e).join(""),
    };
  }

  /** Turn a failed response into a human message: {"detail": "…"} or FastAPI's list format. */
  function errorMessage(status, body) {
    var detail = body && typeof body === "object" ? body.detail : null;
    if (isNonEmptyString(detail)) return detail;
    if (Array.isArray(detail) && detail.length) {
      var msgs = detail
        .map(function (d) {
          if (typeof d === "string") return d;
          if (d && isNonEmptyString(d.msg)) {
            var loc = Array.isArray(d.loc) ? d.loc.filter(function (p) { return p !== "query" && p !== "body"; }) : [];
            return (loc.length ? loc.join(".") + ": " : "") + d.msg;
          }
          return null;
        })
        .filter(Boolean);
      if (msgs.length) return msgs.join("; ");
    }
    if (status === 503) return "Dịch vụ tạm thời chưa sẵn sàng (503).";
    if (status === 404) return "Không tìm thấy (404).";
    return "Máy chủ trả về lỗi " + status + ".";
  }

  function ApiError(message, status) {
    this.name = "ApiError";
    this.message = message;
    this.status = status;
  }
  ApiError.prototype = Object.create(Error.prototype);

  /** GET JSON; throws ApiError with the API's message on non-2xx, or on network failure. */
  function getJson(url, signal) {
    return fetch(url, { headers: { Accept: "application/json" }, signal: signal }).then(
      function (res) {
        return res
          .json()
          .catch(function () { return null; })
          .then(function (body) {
            if (!res.ok) throw new ApiError(errorMessage(res.status, body), res.status);
            if (body === null) throw new ApiError("Phản hồi từ máy chủ không hợp lệ.", res.status);
            return body;
          });
      },
      function (err) {
        if (err && err.name === "AbortError") throw err;
        throw new ApiError("Không kết nối được tới máy chủ. Vui lòng thử lại.", 0);
      }
    );
  }

  /* ---------- URL state ---------- */

  /* Filters (issue #5): date range, source, sort. Empty inputs are not sent. */
  var FILTERS = ["date_from", "date_to", "source", "sort"];

  function filterParams() {
    var out = [];
    FILTERS.forEach(function (name) {
      var input = els.filters && els.filters[name];
      var value = input && typeof input.value === "string" ? input.value.trim() : "";
      if (value && !(name === "sort" && value === "relevance")) out.push([name, value]);
    });
    return out;
  }

  function readUrlState() {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var input = els.filters && els.filters[name];
      if (input) input.value = params.get(name) || (name === "sort" ? "relevance" : "");
    });
    return { q: (params.get("q") || "").trim(), k: parseK(params.get("k")) };
  }

  function urlFor(q, k) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    if (q && k !== DEFAULT_K) params.set("k", String(k));
    if (q) filterParams().forEach(function (kv) { params.set(kv[0], kv[1]); });
    var qs = params.toString();
    return window.location.pathname + (qs ? "?" + qs : "");
  }

  /* ---------- page states ---------- */

  function setStatus(text) {
    els.status.textContent = text || "";
  }

  function showMessage(text, kind) {
    els.message.replaceChildren();
    if (!text) {
      els.message.hidden = true;
      return;
    }
    els.message.className = "message" + (kind ? " message-" + kind : "");
    els.message.appendChild(el("p", null, text));
    els.message.hidden = false;
  }

  function setBusy(busy) {
    els.results.setAttribute("aria-busy", busy ? "true" : "false");
    document.body.classList.toggle("is-loading", busy);
  }

  function showIntro() {
    if (searchController) searchController.abort();
    searchSeq++;
    setBusy(false);
    els.results.replaceChildren();
    showMessage(null);
    setStatus("");
    showInterpreted(null);
    els.intro.hidden = false;
    document.title = BASE_TITLE;
  }

  /* ---------- search ---------- */

  function runSearch(q, k) {
    els.input.value = q;
    els.k.value = String(k);
    if (!q) {
      showIntro();
      return;
    }
    document.title = "“" + q + "” — " + BASE_TITLE;
    els.intro.hidden = true;
    showMessage(null);

    if (searchController) searchController.abort();
    var controller = new AbortController();
    searchController = controller;
    var seq = ++searchSeq;

    setBusy(true);
    setStatus("Đang tìm…");

    var url = "/api/search?q=" + encodeURIComponent(q) + "&k=" + encodeURIComponent(String(k));
    filterParams().forEach(function (kv) {
      url += "&" + encodeURIComponent(kv[0]) + "=" + encodeURIComponent(kv[1]);
    });
    getJson(url, controller.signal)
      .then(function (data) {
        if (seq !== searchSeq) return;
        renderResults(q, data);
      })
      .catch(function (err) {
        if (seq !== searchSeq || (err && err.name === "AbortError")) return;
        els.results.replaceChildren();
        setStatus("Không tìm được.");
        showMessage(err && err.message ? err.message : "Đã xảy ra lỗi không xác định.", "error");
      })
      .then(function () {
        if (seq === searchSeq) {
          setBusy(false);
          searchController = null;
        }
      });
  }

  function renderResults(q, data) {
    var results = data && Array.isArray(data.results) ? data.results : [];
    var total = data && isFiniteNumber(data.total) ? data.total : results.length;

    var parts = [numberFmt.format(total) + " bài viết"];
    var ms = formatMs(data && data.took_ms);
    if (ms) parts.push(ms);
    setStatus(parts.join(" · "));
    showInterpreted(data && data.interpreted_query);

    var frag = document.createDocumentFragment();
    results.forEach(function (r, i) {
      var node = renderResult(r, i);
      if (node) frag.appendChild(node);
    });
    els.results.replaceChildren(frag);

    if (!results.length) {
      showMessage(
        "Không tìm thấy bài viết nào phù hợp với “" + q + "”. Hãy thử diễn đạt khác hoặc dùng từ ngữ chung hơn.",
        "empty"
      );
    }
  }

  /** "dantri.com.vn · 03/02/2021 · đoạn ký tự 120–890" (source/date omitted when null). */
  function citationLine(article, passage, score) {
    var p = el("p", "citation");
    var items = [];
    if (article && isNonEmptyString(article.source)) items.push(el("span", "source", article.source));
    if (article && isNonEmptyString(article.date)) items.push(dateNode(article.date));
    if (passage && isFiniteNumber(passage.start) && isFiniteNumber(passage.end)) {
      items.push(el("span", "offsets", "đoạn ký tự " + passage.start + "–" + passage.end));
    }
    if (isFiniteNumber(score)) {
      var s = el("span", "score", "điểm " + (score < 1 ? score.toFixed(3) : score.toFixed(2)));
      s.title = "Điểm xếp hạng (kết hợp tìm theo từ khoá và theo ý nghĩa; cao hơn là phù hợp hơn)";
      items.push(s);
    }
    items.forEach(function (node, i) {
      if (i) p.appendChild(el("span", "sep", " · ")).setAttribute("aria-hidden", "true");
      p.appendChild(node);
    });
    return p;
  }

  /** Document numbers the article cites; each one searches for every article citing it. */
  function referencesLine(refs) {
    var list = Array.isArray(refs) ? refs.filter(isNonEmptyString) : [];
    if (!list.length) return null;
    var p = el("p", "references");
    p.appendChild(el("span", "label", "Văn bản được nhắc đến: "));
    list.forEach(function (number, i) {
      if (i) p.appendChild(document.createTextNode(", "));
      var a = el("a", "example-link ref-link", number);
      a.href = "?q=" + encodeURIComponent(number);
      a.title = "Tìm mọi bài viết nhắc đến " + number;
      p.appendChild(a);
    });
    return p;
  }

  /** The same story republished elsewhere (collapsed into this result by the server). */
  function alsoPublishedLine(others) {
    var list = Array.isArray(others) ? others.filter(function (o) { return o && typeof o === "object"; }) : [];
    if (!list.length) return null;
    var p = el("p", "also-published");
    p.appendChild(el("span", "label", "Cũng đăng tại: "));
    list.forEach(function (o, i) {
      if (i) p.appendChild(document.createTextNode("; "));
      var label = (isNonEmptyString(o.source) ? o.source : "(không rõ nguồn)") +
        (isNonEmptyString(o.date) ? " (" + o.date.slice(0, 10) + ")" : "");
      var href = safeHttpUrl(o.url);
      var node;
      if (href) {
        node = el("a", null, label);
        node.href = href;
        node.target = "_blank";
        node.rel = "noopener noreferrer";
      } else {
        node = el("span", null, label);
      }
      if (isNonEmptyString(o.title)) node.title = o.title;
      p.appendChild(node);
    });
    return p;
  }

  /** "Đang tìm: hỗ trợ hộ nghèo" when the server restored a query typed without diacritics. */
  function showInterpreted(interpreted) {
    if (!els.interpreted) return;
    if (isNonEmptyString(interpreted)) {
      els.interpreted.replaceChildren(el("span", null, "Đang tìm: "), el("strong", null, interpreted));
      els.interpreted.hidden = false;
    } else {
      els.interpreted.replaceChildren();
      els.interpreted.hidden = true;
    }
  }

  /**
   * A passage with the query's words in <mark>. Highlights are [start, end) code-point
   * offsets within the passage (Python semantics), applied with Array.from.
   */
  function passageBlock(text, highlights) {
    var bq = el("blockquote", "passage");
    var p = el("p");
    var chars = Array.from(typeof text === "string" ? text : "");
    var pos = 0;
    (Array.isArray(highlights) ? highlights : []).forEach(function (h) {
      if (!Array.isArray(h) || !isFiniteNumber(h[0]) || !isFiniteNumber(h[1])) return;
      var s = Math.max(pos, Math.min(chars.length, Math.floor(h[0])));
      var e = Math.max(s, Math.min(chars.length, Math.floor(h[1])));
      if (e <= s) return;
      if (s > pos) p.appendChild(document.createTextNode(chars.slice(pos, s).join("")));
      p.appendChild(el("mark", "hit", chars.slice(s, e).join("")));
      pos = e;
    });
    if (pos < chars.length) p.appendChild(document.createTextNode(chars.slice(pos).join("")));
    bq.appendChild(p);
    return bq;
  }

  function fullTextButton(article, passage, label, opts) {
    var b = el("button", opts && opts.small ? "btn-link" : "btn", label);
    b.type = "button";
    if (opts && opts.describedBy) b.setAttribute("aria-describedby", opts.describedBy);
    b.addEventListener("click", function () {
      openArticle(article, passage, b);
    });
    return b;
  }

  function renderResult(r, index) {
    if (!r || !r.article) return null;
    var article = r.article;
    var passage = r.passage || null;

    var li = el("li", "result");
    var art = el("article");
    li.appendChild(art);

    var titleId = "result-title-" + index;
    var h2 = el("h2", "result-title");
    h2.id = titleId;
    var titleText = isNonEmptyString(article.title) ? article.title : "(Không có tiêu đề)";
    var href = safeHttpUrl(article.url);
    if (href) {
      var a = el("a", null, titleText);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.appendChild(el("span", "visually-hidden", " (mở trong thẻ mới)"));
      h2.appendChild(a);
    } else {
      h2.textContent = titleText;
    }
    art.appendChild(h2);

    art.appendChild(citationLine(article, passage, r.score));
    if (passage) art.appendChild(passageBlock(passage.text, passage.highlights));
    var refs = referencesLine(r.references);
    if (refs) art.appendChild(refs);
    var also = alsoPublishedLine(r.also_published);
    if (also) art.appendChild(also);

    var more = Array.isArray(r.more_passages) ? r.more_passages.filter(Boolean) : [];
    if (more.length) {
      var details = el("details", "more");
      details.appendChild(el("summary", null, "Thêm đoạn khác từ bài này (" + more.length + ")"));
      var list = el("ul", "more-list");
      more.forEach(function (mp) {
        var item = el("li");
        item.appendChild(citationLine(null, mp, mp.score));
        item.appendChild(passageBlock(mp.text, mp.highlights));
        if (isFiniteNumber(article.id)) {
          item.appendChild(
            fullTextButton(article, mp, "Xem đoạn này trong toàn văn", { small: true, describedBy: titleId })
          );
        }
        list.appendChild(item);
      });
      details.appendChild(list);
      art.appendChild(details);
    }

    if (isFiniteNumber(article.id)) {
      var actions = el("div", "actions");
      actions.appendChild(fullTextButton(article, passage, "Xem toàn văn", { describedBy: titleId }));
      art.appendChild(actions);
    }
    return li;
  }

  /* ---------- full-text panel ---------- */

  function openPanel() {
    var d = els.panel;
    if (typeof d.showModal === "function") {
      if (!d.open) d.showModal();
    } else {
      d.setAttribute("open", "");
      document.body.classList.add("panel-fallback-open");
    }
    els.panelClose.focus();
  }

  function closePanel() {
    var d = els.panel;
    if (typeof d.close === "function" && d.open) d.close();
    else onPanelClosed();
  }

  function onPanelClosed() {
    if (articleController) articleController.abort();
    articleController = null;
    els.panel.removeAttribute("open");
    document.body.classList.remove("panel-fallback-open");
    if (lastOpener && document.contains(lastOpener)) lastOpener.focus();
    lastOpener = null;
  }

  function setPanelMeta(article, passage) {
    var meta = citationLine(article, passage, null);
    var items = [];
    if (isNonEmptyString(article.author)) items.push("Tác giả: " + article.author);
    if (isNonEmptyString(article.category)) items.push("Chuyên mục: " + article.category);
    items.forEach(function (t) {
      if (meta.childNodes.length) meta.appendChild(el("span", "sep", " · ")).setAttribute("aria-hidden", "true");
      meta.appendChild(el("span", null, t));
    });
    var href = safeHttpUrl(article.url);
    if (href) {
      if (meta.childNodes.length) meta.appendChild(el("span", "sep", " · ")).setAttribute("aria-hidden", "true");
      var a = el("a", null, "Bài gốc");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.appendChild(el("span", "visually-hidden", " (mở trong thẻ mới)"));
      meta.appendChild(a);
    }
    els.panelMeta.replaceWith(meta);
    meta.id = "panel-meta";
    els.panelMeta = meta;
  }

  function renderFullText(article, passage) {
    els.panelTitle.textContent = isNonEmptyString(article.title) ? article.title : "(Không có tiêu đề)";
    setPanelMeta(article, passage);

    var text = typeof article.text === "string" ? article.text : "";
    var body = els.panelBody;
    body.replaceChildren();

    var hasSpan = passage && isFiniteNumber(passage.start) && isFiniteNumber(passage.end) && passage.end > passage.start;
    if (!hasSpan) {
      body.appendChild(document.createTextNode(text));
      els.panelStatus.textContent = "";
      return;
    }
    var parts = splitByCodePoints(text, passage.start, passage.end);
    var mark = el("mark", "cited", parts.middle);
    mark.id = "cited-passage";
    mark.tabIndex = -1;
    body.appendChild(document.createTextNode(parts.before));
    var label = el("span", "visually-hidden", "Bắt đầu đoạn được trích: ");
    body.appendChild(label);
    body.appendChild(mark);
    body.appendChild(el("span", "visually-hidden", " Hết đoạn được trích."));
    body.appendChild(document.createTextNode(parts.after));

    if (parts.middle) {
      els.panelStatus.textContent = "Đoạn trích dẫn (ký tự " + passage.start + "–" + passage.end + ") được tô sáng.";
      // Scroll the highlighted passage into view once the dialog has laid out.
      window.requestAnimationFrame(function () {
        mark.scrollIntoView({ block: "center" });
      });
    } else {
      els.panelStatus.textContent = "Không định vị được đoạn trích trong toàn văn.";
    }
  }

  function openArticle(articleSummary, passage, opener) {
    var id = articleSummary.id;
    lastOpener = opener || null;

    els.panelTitle.textContent = isNonEmptyString(articleSummary.title) ? articleSummary.title : "Toàn văn";
    setPanelMeta(articleSummary, passage);
    els.panelBody.replaceChildren();
    openPanel();

    if (articleCache.has(id)) {
      renderFullText(articleCache.get(id), passage);
      return;
    }

    if (articleController) articleController.abort();
    var controller = new AbortController();
    articleController = controller;
    els.panelStatus.textContent = "Đang tải toàn văn…";
    els.panelBody.setAttribute("aria-busy", "true");

    getJson("/api/articles/" + encodeURIComponent(String(id)), controller.signal)
      .then(function (data) {
        if (articleController !== controller) return;
        articleCache.set(id, data);
        renderFullText(data, passage);
      })
      .catch(function (err) {
        if (articleController !== controller || (err && err.name === "AbortError")) return;
        els.panelStatus.textContent = "";
        els.panelBody.replaceChildren(
          el("p", "message message-error", err && err.message ? err.message : "Không tải được bài viết.")
        );
      })
      .then(function () {
        if (articleController === controller) {
          articleController = null;
          els.panelBody.removeAttribute("aria-busy");
        }
      });
  }

  /* ---------- health footer ---------- */

  function loadHealth() {
    getJson("/healthz")
      .then(function (h) {
        var node = els.health;
        node.replaceChildren();
        node.className = "";
        var status = h && typeof h.status === "string" ? h.status : "unknown";
        if (status === "no_index") {
          node.className = "health-warn";
          node.appendChild(document.createTextNode("Chưa xây dựng chỉ mục — chạy "));
          node.appendChild(el("code", null, "newssearch index"));
          node.appendChild(document.createTextNode(" để bắt đầu tìm kiếm."));
          return;
        }
        var parts = [];
        if (status !== "ok") parts.push("Trạng thái: " + status);
        else parts.push("Chỉ mục sẵn sàng");
        if (isFiniteNumber(h.articles)) parts.push(numberFmt.format(h.articles) + " bài viết");
        if (isFiniteNumber(h.passages)) parts.push(numberFmt.format(h.passages) + " đoạn");
        if (status !== "ok") node.className = "health-warn";
        node.appendChild(document.createTextNode(parts.join(" · ")));
        if (isNonEmptyString(h.model)) {
          node.appendChild(document.createTextNode(" · mô hình "));
          node.appendChild(el("code", null, h.model));
        }
      })
      .catch(function (err) {
        els.health.className = "health-warn";
        els.health.textContent =
          "Không lấy được trạng thái máy chủ" + (err && err.message ? ": " + err.message : ".");
      });
  }

  /* ---------- wiring ---------- */

  function navigate(q, k, replace) {
    var url = urlFor(q, k);
    var current = window.location.pathname + window.location.search;
    if (url !== current) {
      if (replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    }
    runSearch(q, k);
  }

  function init() {
    els.form = document.getElementById("search-form");
    els.input = document.getElementById("q");
    els.k = document.getElementById("k");
    els.status = document.getElementById("status");
    els.interpreted = document.getElementById("interpreted");
    els.filters = {};
    FILTERS.forEach(function (name) {
      els.filters[name] = document.getElementById("f-" + name);
    });
    els.message = document.getElementById("message");
    els.intro = document.getElementById("intro");
    els.results = document.getElementById("results");
    els.panel = document.getElementById("article-panel");
    els.panelTitle = document.getElementById("panel-title");
    els.panelMeta = document.getElementById("panel-meta");
    els.panelStatus = document.getElementById("panel-status");
    els.panelBody = document.getElementById("panel-body");
    els.panelClose = document.getElementById("panel-close");
    els.health = document.getElementById("health");

    els.form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      navigate(els.input.value.trim(), parseK(els.k.value), false);
    });

    // Changing k re-runs the current query (replacing the history entry).
    els.k.addEventListener("change", function () {
      var q = els.input.value.trim();
      if (q) navigate(q, parseK(els.k.value), true);
    });

    // Example links and the home link: same-page navigation without reload.
    document.addEventListener("click", function (ev) {
      if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      var a = ev.target.closest && ev.target.closest("a.example-link, #home-link, .examples a");
      if (!a) return;
      var u = new URL(a.href, window.location.href);
      if (u.origin !== window.location.origin) return;
      ev.preventDefault();
      var p = new URLSearchParams(u.search);
      navigate((p.get("q") || "").trim(), parseK(p.get("k")), false);
      els.input.focus();
    });

    window.addEventListener("popstate", function () {
      var s = readUrlState();
      runSearch(s.q, s.k);
    });

    els.panelClose.addEventListener("click", closePanel);
    els.panel.addEventListener("close", onPanelClosed);
    // Click on the backdrop (outside the dialog box) closes it.
    els.panel.addEventListener("click", function (ev) {
      if (ev.target === els.panel) closePanel();
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && els.panel.hasAttribute("open") && typeof els.panel.showModal !== "function") {
        closePanel();
      }
    });

    var s = readUrlState();
    runSearch(s.q, s.k);
    loadHealth();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
