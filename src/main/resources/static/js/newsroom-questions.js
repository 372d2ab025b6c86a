// "Ask readers about the selected words": the editor's selection in the article's text becomes the
// passage of a new question. Readers see the text without its Markdown, so the marks are left out.
// Without script the button still opens the questions page, where the passage can be pasted.

for (const form of document.querySelectorAll('form[data-ask-about]')) {
  const text = document.getElementById(form.dataset.askAbout);
  const quote = form.querySelector('input[name="quote"]');
  let selected = '';
  // A click on the button takes the focus from the text, and some browsers forget its selection then.
  const remember = () => {
    selected = text.value.substring(text.selectionStart, text.selectionEnd);
  };
  text.addEventListener('select', remember);
  text.addEventListener('keyup', remember);
  text.addEventListener('mouseup', remember);
  form.addEventListener('submit', () => {
    quote.value = withoutMarks(selected).slice(0, 1000);
  });
}

function withoutMarks(markdown) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(#{1,6}|>|[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
