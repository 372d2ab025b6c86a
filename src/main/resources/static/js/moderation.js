// Keyboard shortcuts for the moderation queue. Every action is also a button, so the queue works
// without this; here j/k move between comments, x selects one, and a/r/s/b press its buttons.
const items = [...document.querySelectorAll('.queue-item')];
let current = -1;

function focus(index) {
  if (items.length === 0) return;
  current = Math.max(0, Math.min(items.length - 1, index));
  items.forEach((item, i) => item.classList.toggle('queue-item--current', i === current));
  items[current].focus();
  items[current].scrollIntoView({ block: 'nearest' });
}

function typing(target) {
  // A ticked checkbox keeps the focus; the keys still belong to the queue then.
  if (target.matches && target.matches('input[type="checkbox"]')) return false;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const key = event.key;
  if (key === 'j') { focus(current + 1); event.preventDefault(); return; }
  if (key === 'k') { focus(current - 1); event.preventDefault(); return; }
  if (current < 0) {
    // A key that acts on a comment, before one was chosen, acts on the first.
    if (!['x', 'a', 'r', 's', 'b'].includes(key)) return;
    focus(0);
  }
  const item = items[current];
  if (!item) return;
  if (key === 'x') {
    const box = item.querySelector('input[type="checkbox"]');
    box.checked = !box.checked;
    event.preventDefault();
    return;
  }
  const button = item.querySelector(`[data-key="${key}"]`);
  if (button) {
    event.preventDefault();
    button.click();
  }
});

// Back from a decision, the queue starts at the comment that took the decided one's place.
if (items.length > 0 && new URLSearchParams(location.search).has('done')) {
  focus(0);
}
