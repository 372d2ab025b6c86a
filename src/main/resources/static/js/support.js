// The support form: one random token per visit, so that sending the form twice (a double click, a
// reload) opens one checkout; and the "Other amount" box and its choice kept in step.
const form = document.querySelector('.give__form');
if (form) {
  const attempt = form.querySelector('[data-attempt]');
  if (attempt && !attempt.value && window.crypto && crypto.randomUUID) {
    attempt.value = crypto.randomUUID();
  }
  const other = form.querySelector('[data-other-amount]');
  const otherChoice = form.querySelector('[data-other-choice]');
  if (other && otherChoice) {
    other.addEventListener('input', () => {
      if (other.value.trim() !== '') otherChoice.checked = true;
    });
    form.querySelectorAll('input[name="amount"]').forEach((choice) => {
      if (choice !== otherChoice) choice.addEventListener('change', () => { other.value = ''; });
    });
  }
}
