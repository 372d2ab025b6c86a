// The discussion, made quicker with script: everything here also works as plain links and forms.

const section = document.querySelector('#comments');
const htmx = window.htmx;

if (section && htmx) {
  // Comments inserted live are the same for every reader, so their forms carry no token; a signed-in
  // reader's requests take it from the comment form the page was rendered with.
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (event.detail.verb === 'get' || event.detail.parameters._csrf) return;
    const token = document.querySelector('#comments input[name="_csrf"]');
    if (token) event.detail.headers['X-CSRF-TOKEN'] = token.value;
  });

  // "Most voted" pages by score, which votes change between one page and the next: a thread that
  // moved may come twice. The first one stays.
  document.body.addEventListener('htmx:afterSettle', (event) => {
    if (event.detail.target?.id !== 'thread-list') return;
    const seen = new Set();
    for (const thread of event.detail.target.querySelectorAll(':scope > li[id]')) {
      if (seen.has(thread.id)) thread.remove();
      else seen.add(thread.id);
    }
  });

  // A refusal comes with a page part that says why (the form again, with the problem beside the
  // field): show it, rather than dropping it as htmx does with errors by default.
  document.body.addEventListener('htmx:beforeSwap', (event) => {
    const status = event.detail.xhr.status;
    if (status < 400 || status >= 500) {
      return;
    }
    const votes = event.detail.elt.closest && event.detail.elt.closest('.votes');
    if (votes) {
      event.detail.shouldSwap = false;
      say(votes, event.detail.xhr.responseText);
      return;
    }
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  });

  // A posted comment has taken its place in the list: the form is ready for the next one.
  document.body.addEventListener('htmx:afterRequest', (event) => {
    const form = event.detail.elt;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('composer__form')
        || event.detail.xhr.status !== 201) {
      return;
    }
    const parent = form.querySelector('input[name=parentId]');
    if (parent) {
      form.closest('.composer').remove();
    }
    else {
      form.querySelector('textarea[name=body]').value = '';
      clearQuote(form);
    }
    section.querySelector('.discussion__empty')?.remove();
    announce('Your comment is posted.');
  });

  rememberOrder();
}

/** Says a refusal next to the control that caused it, for sighted readers and screen readers alike. */
function say(element, html) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const sentence = page.querySelector('.error-page .page-intro');
  const text = (sentence ? sentence.textContent : page.body.textContent).trim();
  let note = element.parentElement.querySelector('.discussion__problem');
  if (!note) {
    note = document.createElement('p');
    note.className = 'form-error discussion__problem';
    note.setAttribute('role', 'alert');
    element.after(note);
  }
  note.textContent = text;
}

function announce(text) {
  let live = document.querySelector('#discussion-status');
  if (!live) {
    live = document.createElement('p');
    live.id = 'discussion-status';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    section.append(live);
  }
  live.textContent = text;
}

function clearQuote(form) {
  for (const field of form.querySelectorAll('[data-quote], [data-quote-prefix], [data-quote-suffix]')) {
    field.value = '';
  }
  const shown = form.querySelector('[data-quote-shown]');
  if (shown) {
    shown.hidden = true;
    shown.textContent = '';
  }
}

/**
 * The order a reader chose is theirs: kept in the same cookie the tabs set without JavaScript
 * (newest first, the default, needs none), so the server shows it on their next visit.
 */
function rememberOrder() {
  const tabs = section.querySelectorAll('.discussion__tabs a[data-sort]');
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) {
        other.removeAttribute('aria-current');
      }
      tab.setAttribute('aria-current', 'true');
      keepOrder(tab.dataset.sort);
    });
  }
  // A choice kept by an earlier version of this page, in the browser's storage: moved to the cookie once.
  let earlier = null;
  try {
    earlier = localStorage.getItem('masthead.sort');
    localStorage.removeItem('masthead.sort');
  }
  catch (unavailable) {
    earlier = null;
  }
  const current = section.querySelector('.discussion__tabs a[aria-current]');
  if (earlier && current && current.dataset.sort === 'newest' && !document.cookie.includes('masthead_sort=')) {
    const tab = section.querySelector(`.discussion__tabs a[data-sort="${earlier}"]`);
    if (tab) {
      tab.click();
    }
  }
}

function keepOrder(order) {
  const secure = location.protocol === 'https:' ? '; secure' : '';
  const kept = order === 'newest' ? 'max-age=0' : 'max-age=31536000';
  document.cookie = `masthead_sort=${order === 'newest' ? '' : order}; path=/; ${kept}; samesite=lax${secure}`;
}

// New comments while the page is open: gathered as they come, shown when the reader asks.
if (section && section.dataset.live && 'EventSource' in window) {
  const waiting = [];
  const notice = section.querySelector('[data-live]');
  const button = section.querySelector('[data-live-show]');
  const source = new EventSource(`${section.dataset.live}?after=${section.dataset.after || 0}`);
  source.addEventListener('comment', (event) => {
    const comment = JSON.parse(event.data);
    if (document.getElementById(`comment-${comment.id}`) || waiting.some((c) => c.id === comment.id)) {
      return;
    }
    waiting.push(comment);
    button.textContent = waiting.length === 1 ? '1 new comment — show' : `${waiting.length} new comments — show`;
    notice.hidden = false;
  });
  button.addEventListener('click', () => {
    const shown = [];
    for (const comment of waiting.splice(0)) {
      const element = place(comment);
      if (element) {
        shown.push(element);
      }
    }
    notice.hidden = true;
    for (const element of shown) {
      if (htmx) {
        htmx.process(element);
      }
    }
    if (shown.length > 0) {
      shown[0].scrollIntoView({ block: 'center' });
      shown[0].querySelector('.comment__box').setAttribute('tabindex', '-1');
      shown[0].querySelector('.comment__box').focus({ preventScroll: true });
    }
    const count = section.querySelector('[data-comment-count]');
    if (count) {
      count.textContent = String(Number(count.textContent) + shown.length);
    }
  });
}

/** Puts a new comment where it belongs on this page: among the threads, or under its parent. */
function place(comment) {
  section.querySelector('.discussion__empty')?.remove();
  const holder = document.createElement('template');
  holder.innerHTML = comment.html.trim();
  const element = holder.content.firstElementChild;
  if (!comment.parent) {
    const list = document.getElementById('thread-list');
    if (section.dataset.order === 'oldest') {
      list.append(element);
    }
    else {
      list.prepend(element);
    }
    return element;
  }
  const parent = document.getElementById(`comment-${comment.parent}`)
      || document.getElementById(`comment-${comment.thread}`);
  if (!parent) {
    return null;
  }
  let replies = parent.querySelector(':scope > .replies');
  if (!replies) {
    replies = document.createElement('ol');
    replies.className = 'replies';
    parent.querySelector(':scope > .comment__box').after(replies);
  }
  replies.append(element);
  return element;
}

// Comments on a passage: select words of the article and comment on them; the passages readers
// wrote about, and those the newsroom asks about, carry a marker with their count.
const story = document.querySelector('.story__body');
const composer = document.querySelector('#composer form');

if (section && story && composer) {
  const offer = document.createElement('button');
  offer.type = 'button';
  offer.className = 'passage-offer';
  offer.textContent = 'Comment on this passage';
  offer.hidden = true;
  document.body.append(offer);
  let chosen = null;

  const consider = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      offer.hidden = true;
      return;
    }
    const range = selection.getRangeAt(0);
    const words = range.toString().replace(/\s+/g, ' ').trim();
    if (!story.contains(range.commonAncestorContainer) || words.length < 3 || words.length > 1000) {
      offer.hidden = true;
      return;
    }
    const before = document.createRange();
    before.setStart(story, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(story, story.childNodes.length);
    chosen = {
      quote: words,
      prefix: before.toString().replace(/\s+/g, ' ').slice(-64),
      suffix: after.toString().replace(/\s+/g, ' ').slice(0, 64),
    };
    const box = range.getBoundingClientRect();
    offer.style.top = `${window.scrollY + box.bottom + 8}px`;
    offer.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 240))}px`;
    offer.hidden = false;
  };
  document.addEventListener('mouseup', () => setTimeout(consider, 0));
  document.addEventListener('keyup', (event) => {
    if (event.key.startsWith('Arrow') || event.key === 'Shift') {
      consider();
    }
  });
  offer.addEventListener('click', () => {
    if (chosen) {
      quoteInComposer(chosen.quote, chosen.prefix, chosen.suffix, '');
    }
    offer.hidden = true;
  });

  section.addEventListener('click', (event) => {
    const answer = event.target.closest('[data-answer]');
    if (answer) {
      event.preventDefault();
      quoteInComposer(answer.dataset.quoteText, '', '', answer.dataset.answer);
    }
  });

  fetch(`${section.dataset.path}/passages`, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .then((passages) => passages.forEach(mark))
    .catch(() => {});
}

/** Puts a passage in the comment form, and the cursor where the comment goes. */
function quoteInComposer(quote, prefix, suffix, questionId) {
  composer.querySelector('[data-quote]').value = quote;
  composer.querySelector('[data-quote-prefix]').value = prefix;
  composer.querySelector('[data-quote-suffix]').value = suffix;
  composer.querySelector('[data-question]').value = questionId;
  const shown = composer.querySelector('[data-quote-shown]');
  shown.textContent = quote;
  shown.hidden = false;
  const body = composer.querySelector('textarea[name=body]');
  body.scrollIntoView({ block: 'center' });
  body.focus();
}

/** Finds a passage in the article by its words (and, between equals, the words around it) and marks it. */
function mark(passage) {
  const found = locate(passage);
  if (!found) {
    return;
  }
  const marker = document.createElement('button');
  marker.type = 'button';
  marker.className = passage.questionId ? 'passage-marker passage-marker--question' : 'passage-marker';
  marker.textContent = passage.questionId ? `? ${passage.count}` : String(passage.count);
  marker.title = passage.questionId ? passage.question : `${passage.count} comments on this passage`;
  marker.setAttribute('aria-label', passage.questionId
    ? `The newsroom asks: ${passage.question} ${passage.count} answers. Answer it.`
    : `${passage.count} comments on this passage: show them`);
  marker.addEventListener('click', () => {
    if (passage.questionId) {
      quoteInComposer(passage.quote, '', '', String(passage.questionId));
      return;
    }
    const inline = section.querySelector('[data-filter="inline"]');
    section.scrollIntoView();
    if (inline) {
      inline.click();
    }
  });
  const highlight = document.createElement('mark');
  highlight.className = 'passage';
  try {
    highlight.append(found.extractContents());
    found.insertNode(highlight);
    highlight.after(marker);
  }
  catch (notOneBlock) {
    // A passage across paragraphs is marked where it begins.
    found.collapse(true);
    found.insertNode(marker);
  }
}

function locate(passage) {
  const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  const map = [];
  let space = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    for (let i = 0; i < node.data.length; i++) {
      const c = node.data[i];
      if (/\s/.test(c)) {
        if (!space) {
          text += ' ';
          map.push([node, i]);
        }
        space = true;
      }
      else {
        text += c;
        map.push([node, i]);
        space = false;
      }
    }
  }
  const quote = passage.quote.replace(/\s+/g, ' ').trim();
  let at = -1;
  let from = 0;
  const candidates = [];
  while ((at = text.indexOf(quote, from)) >= 0) {
    candidates.push(at);
    from = at + 1;
  }
  if (candidates.length === 0) {
    return null;
  }
  let start = candidates[0];
  if (candidates.length > 1 && passage.prefix) {
    start = candidates.find((c) => text.slice(0, c).trimEnd().endsWith(passage.prefix.trim())) ?? start;
  }
  const end = start + quote.length - 1;
  const range = document.createRange();
  range.setStart(map[start][0], map[start][1]);
  range.setEnd(map[end][0], map[end][1] + 1);
  return range;
}

// The invitation to comment: the count, and once per reader the words, until they close it. On a
// wide screen it floats in the margin; on a narrower one it stands after the article, covering nothing.
const prompt = document.querySelector('[data-prompt]');
if (prompt && section && story) {
  const closed = (() => {
    try {
      return localStorage.getItem('masthead.prompt.closed') === 'yes';
    }
    catch (unavailable) {
      return false;
    }
  })();
  prompt.querySelector('[data-prompt-text]').hidden = closed;
  prompt.querySelector('[data-prompt-close]').hidden = closed;
  const wide = window.matchMedia('(min-width: 1200px)');
  const settle = () => {
    if (wide.matches) {
      document.body.append(prompt);
      prompt.classList.add('prompt--floating');
    }
    else {
      story.after(prompt);
      prompt.classList.remove('prompt--floating');
    }
  };
  settle();
  wide.addEventListener('change', settle);
  prompt.hidden = false;
  prompt.querySelector('[data-prompt-close]').addEventListener('click', () => {
    prompt.querySelector('[data-prompt-text]').hidden = true;
    prompt.querySelector('[data-prompt-close]').hidden = true;
    try {
      localStorage.setItem('masthead.prompt.closed', 'yes');
    }
    catch (unavailable) {
      // Closed for this page only.
    }
  });
  // Out of the way once the discussion itself is on screen: it must never cover the form.
  if ('IntersectionObserver' in window) {
    new IntersectionObserver((entries) => {
      for (const entry of entries) {
        prompt.classList.toggle('prompt--away', entry.isIntersecting && prompt.classList.contains('prompt--floating'));
      }
    }).observe(section);
  }
}
