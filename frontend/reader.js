// Factdesk reader helpers: map a browser selection to offsets in the stored text, and forward
// single-key shortcuts to the server, but never while the user types into a field.
(function () {
  if (window.factdeskReader) {
    return;
  }

  function offsetOf(node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var run = element && element.closest('[data-start]');
    if (!run) {
      return null;
    }
    if (node.nodeType !== Node.TEXT_NODE) {
      // selection boundary on an element: before or after its text
      return parseInt(run.dataset.start, 10) + (offset > 0 ? run.textContent.length : 0);
    }
    return parseInt(run.dataset.start, 10) + offset;
  }

  // caret: a bare cursor counts too (start = end), for splitting a claim where the editor clicked
  function selection(container, caret) {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || (sel.isCollapsed && !caret)) {
      return JSON.stringify(null);
    }
    var range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      return JSON.stringify(null);
    }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) {
      return JSON.stringify(null);
    }
    return JSON.stringify({ start: Math.min(start, end), end: Math.max(start, end) });
  }

  function typing(target) {
    if (!target) {
      return false;
    }
    var path = target.composedPath ? target.composedPath() : [target];
    return path.some(function (el) {
      var tag = el.tagName ? el.tagName.toLowerCase() : '';
      return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true
        || tag === 'vaadin-text-field' || tag === 'vaadin-text-area' || tag === 'vaadin-combo-box';
    });
  }

  // One listener for the page; it talks to whichever view declares keys (data-fd-keys), so nothing
  // leaks when the user navigates between views.
  // Shift+arrows select text in the reader without a mouse: from the selected claim on, or from the
  // selection there is; Ctrl extends by words, up and down by lines. Then m makes a claim of it.
  function extendSelection(event, reader) {
    var text = reader.querySelector('.fd-reader-text');
    if (!text) {
      return false;
    }
    var sel = window.getSelection();
    if (!sel.rangeCount || !text.contains(sel.anchorNode)) {
      var from = text.querySelector('.fd-claim-selected') || text.querySelector('[data-start]');
      var walker = from && document.createTreeWalker(from, NodeFilter.SHOW_TEXT);
      var first = walker && walker.nextNode();
      if (!first) {
        return false;
      }
      var range = document.createRange();
      range.setStart(first, 0);
      range.collapse(true);
      sel.removeAllRanges();
      sel.addRange(range);
    }
    var vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    var forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    sel.modify('extend', forward ? 'forward' : 'backward', vertical ? 'line' : (event.ctrlKey ? 'word' : 'character'));
    return true;
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event)
        && !document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) {
      var layout = document.querySelector('vaadin-app-layout');
      if (layout) {
        event.preventDefault();
        layout.dispatchEvent(new CustomEvent('fd-help'));
        return;
      }
    }
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event)
        && !document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')) {
      var search = document.querySelector('[data-fd-search]');
      if (search) {
        event.preventDefault();
        search.focus();
        return;
      }
    }
    var reader = document.querySelector('[data-fd-keys]');
    if (reader && event.shiftKey && !event.metaKey && !event.altKey && !typing(event)
        && /^Arrow(Left|Right|Up|Down)$/.test(event.key) && extendSelection(event, reader)) {
      event.preventDefault();
      return;
    }
    if (!reader || event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      return;
    }
    var KEYS = reader.getAttribute('data-fd-keys').split(' ');
    if (document.querySelector('vaadin-dialog[opened]')) {
      return;
    }
    var key = event.key;
    if (KEYS.indexOf(key) < 0) {
      return;
    }
    event.preventDefault();
    var text = reader.querySelector('.fd-reader-text');
    reader.dispatchEvent(new CustomEvent('reader-key', {
      detail: { key: key, selection: text ? selection(text) : 'null' }
    }));
  });

  function reveal(element) {
    if (element) {
      element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  // A page with unsaved edits marks itself (data-fd-unsaved); the browser then asks before a reload, a typed
  // address or closing the tab. Navigation inside the app asks through the view itself.
  window.addEventListener('beforeunload', function (event) {
    if (document.querySelector('[data-fd-unsaved]')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  window.factdeskReader = { selection: selection, reveal: reveal };
})();
