// Small progressive enhancements; every page also works without them.

// Forms and buttons that ask first.
document.addEventListener('submit', (event) => {
  const form = event.target;
  const question = (event.submitter && event.submitter.dataset.confirm) || form.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

document.addEventListener('change', (event) => {
  const target = event.target;
  if (target.matches('[data-autosubmit]')) {
    target.form.requestSubmit();
  }
  if (target.matches('input[data-select-all]')) {
    target.form.querySelectorAll(`input[name="${target.dataset.selectAll}"]`)
      .forEach((box) => { box.checked = target.checked; });
    updateSelection(target.form);
  }
  if (target.matches('input[name="ids"]')) {
    updateSelection(target.form);
  }
  if (target.matches('input[data-type-toggle]')) {
    showFieldsFor(target.value);
  }
  if (target.matches('#accountId, #toAccountId')) {
    updateTransferCurrencies();
  }
  if (target.matches('input[data-recurring-toggle]')) {
    document.querySelectorAll('[data-recurring-fields]').forEach((fields) => { fields.hidden = !target.checked; });
  }
});

// Tag suggestions as you type: the known tags that start with the tag being typed after the last comma,
// offered with the tags already typed before it.
const knownTags = new Map();
document.addEventListener('input', (event) => {
  const input = event.target;
  if (!input.matches('input[data-tag-input]')) {
    return;
  }
  const list = document.getElementById(input.getAttribute('list'));
  if (!knownTags.has(list)) {
    knownTags.set(list, Array.from(list.options, (option) => option.value));
  }
  const typed = input.value.split(',');
  const fragment = typed.pop().trim().toLowerCase();
  const before = typed.map((tag) => tag.trim()).filter((tag) => tag);
  const prefix = before.length ? `${before.join(', ')}, ` : '';
  const chosen = new Set(before.map((tag) => tag.toLowerCase()));
  list.replaceChildren(...knownTags.get(list)
    .filter((tag) => tag.startsWith(fragment) && !chosen.has(tag))
    .slice(0, 20)
    .map((tag) => new Option(prefix + tag, prefix + tag)));
});

// Reconciling: the ticked transactions' sum and the difference to the statement's closing balance, in the
// currency's smallest unit so that no sum is off by a rounding; Reconcile only when there is no difference.
function updateReconciliation(form) {
  const digits = Number(form.dataset.digits);
  const ticked = Array.from(form.querySelectorAll('input[name="ids"]:checked'))
    .reduce((sum, box) => sum + BigInt(box.dataset.minor), 0n);
  const difference = BigInt(form.dataset.closing) - BigInt(form.dataset.reconciled) - ticked;
  const shown = (minor) => {
    const negative = minor < 0n;
    const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
    const whole = digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
    return (negative ? '−' : '') + whole;
  };
  form.querySelector('[data-ticked-total]').textContent = shown(ticked);
  const cell = form.querySelector('[data-difference]');
  cell.textContent = shown(difference);
  cell.classList.toggle('text-success', difference === 0n);
  cell.classList.toggle('text-danger', difference !== 0n);
  form.querySelector('[data-reconcile-button]').disabled = difference !== 0n;
  form.querySelector('[data-adjust-button]').hidden = difference === 0n;
}
document.querySelectorAll('form[data-reconcile]').forEach(updateReconciliation);
document.addEventListener('change', (event) => {
  const form = event.target.closest && event.target.closest('form[data-reconcile]');
  if (form) {
    updateReconciliation(form);
  }
});

// The split editor: add and remove parts, number their fields in order, and show what is left to split as you
// type (in cents, so that no sum is off by a rounding; the server checks the parts exactly).
function cents(text) {
  const match = /^\s*([+-]?)(\d*)(?:[.,](\d*))?\s*$/.exec(text || '');
  if (!match || (match[2] === '' && !match[3])) {
    return null;
  }
  const fraction = ((match[3] || '') + '00').slice(0, 2);
  const value = BigInt(match[2] || '0') * 100n + BigInt(fraction);
  return match[1] === '-' ? -value : value;
}
function updateSplits(editor) {
  editor.querySelectorAll('[data-split-row]').forEach((row, index) => {
    row.querySelectorAll('[name^="splits["]').forEach((field) => {
      field.name = field.name.replace(/^splits\[[^\]]*\]/, `splits[${index}]`);
      field.id = field.name.replace(/\[(\d+)\]\./, '$1.');
    });
  });
  const type = (document.querySelector('input[name="type"]:checked') || {}).value;
  editor.querySelectorAll('option[data-category-type]').forEach((option) => {
    option.hidden = type !== undefined && option.dataset.categoryType !== type;
  });
  const total = cents(document.getElementById('amount').value);
  const parts = Array.from(editor.querySelectorAll('[data-split-amount]'))
    .map((field) => field.value.trim() === '' ? 0n : cents(field.value));
  const remainder = editor.querySelector('[data-split-remainder]');
  if (parts.length === 0) {
    remainder.textContent = '';
    return;
  }
  if (total === null || parts.includes(null)) {
    remainder.textContent = 'Enter the amounts as numbers';
    remainder.className = 'small text-danger';
    return;
  }
  const left = total - parts.reduce((sum, part) => sum + part, 0n);
  const shown = (value) => {
    const negative = value < 0n;
    const text = (negative ? -value : value).toString().padStart(3, '0');
    return `${negative ? '−' : ''}${text.slice(0, -2)}.${text.slice(-2)}`;
  };
  remainder.textContent = left === 0n ? 'The parts add up to the amount'
    : left > 0n ? `${shown(left)} left to split` : `${shown(-left)} too much`;
  remainder.className = `small ${left === 0n ? 'text-success' : 'text-danger'}`;
  remainder.dataset.left = shown(left);
}
document.querySelectorAll('[data-split-editor]').forEach(updateSplits);
document.addEventListener('click', (event) => {
  const editor = event.target.closest && event.target.closest('[data-split-editor]');
  if (!editor) {
    return;
  }
  if (event.target.closest('[data-split-add]')) {
    const rows = editor.querySelector('[data-split-rows]');
    const fresh = editor.querySelector('[data-split-template]').content.firstElementChild.cloneNode(true);
    rows.append(fresh);
    if (rows.children.length === 1) {
      rows.append(editor.querySelector('[data-split-template]').content.firstElementChild.cloneNode(true));
    }
    updateSplits(editor);
    fresh.querySelector('select').focus();
  }
  const remove = event.target.closest('[data-split-remove]');
  if (remove) {
    remove.closest('[data-split-row]').remove();
    updateSplits(editor);
  }
});
document.addEventListener('input', (event) => {
  if (event.target.matches('[data-split-amount], #amount')) {
    document.querySelectorAll('[data-split-editor]').forEach(updateSplits);
  }
});
document.addEventListener('change', (event) => {
  if (event.target.matches('input[name="type"]')) {
    document.querySelectorAll('[data-split-editor]').forEach(updateSplits);
  }
});

// The bulk-delete bar: how many are ticked, and the offer to take every match instead of this page.
function updateSelection(form) {
  const ticked = form.querySelectorAll('input[name="ids"]:checked').length;
  const onPage = form.querySelectorAll('input[name="ids"]').length;
  const counter = form.querySelector('[data-selected-count]');
  if (counter) {
    counter.textContent = ticked;
  }
  const button = form.querySelector('[data-bulk-delete]');
  if (button) {
    button.disabled = ticked === 0 && !form.querySelector('input[name="all"]:checked');
  }
  const everything = form.querySelector('[data-select-everything]');
  if (everything) {
    everything.hidden = !(ticked === onPage && onPage > 0);
    if (everything.hidden) {
      everything.querySelector('input').checked = false;
    }
  }
}

// The transaction form: show the fields of the chosen type, and only its categories.
function showFieldsFor(type) {
  document.querySelectorAll('[data-show-for]').forEach((block) => {
    block.hidden = !block.dataset.showFor.split(' ').includes(type);
  });
  document.querySelectorAll('optgroup[data-category-type]').forEach((group) => {
    const other = group.dataset.categoryType !== type;
    group.hidden = other;
    group.disabled = other;
  });
  const category = document.getElementById('category');
  if (category && category.selectedOptions[0] && category.selectedOptions[0].parentElement.disabled) {
    category.value = '';
  }
  updateTransferCurrencies();
}

// A transfer between accounts of two currencies asks what arrived, in the receiving account's currency, and shows
// the rate the two amounts imply (for reading only: the amounts are what is kept).
function updateTransferCurrencies() {
  const block = document.querySelector('[data-to-amount]');
  const from = document.getElementById('accountId');
  const to = document.getElementById('toAccountId');
  const transfer = document.querySelector('input[data-type-toggle]:checked');
  if (!block || !from || !to || !transfer || transfer.value !== 'TRANSFER') {
    return;
  }
  const fromCurrency = from.selectedOptions[0] && from.selectedOptions[0].dataset.currency;
  const toCurrency = to.selectedOptions[0] && to.selectedOptions[0].dataset.currency;
  const input = document.getElementById('toAmount');
  const twoCurrencies = Boolean(fromCurrency && toCurrency && fromCurrency !== toCurrency);
  block.hidden = !twoCurrencies && !input.classList.contains('is-invalid');
  input.required = twoCurrencies;
  block.querySelector('[data-to-currency]').textContent = toCurrency ? `(${toCurrency})` : '';
  const sent = Number(document.getElementById('amount').value.replace(',', '.'));
  const arrived = Number(input.value.replace(',', '.'));
  if (twoCurrencies && sent > 0 && arrived > 0) {
    block.querySelector('[data-implied-rate]').textContent =
      `1 ${fromCurrency} = ${(arrived / sent).toFixed(4)} ${toCurrency}, as the two amounts imply.`;
  }
}

document.addEventListener('input', (event) => {
  if (event.target.matches('#amount, #toAmount')) {
    updateTransferCurrencies();
  }
});

// Light, dark, or as the system prefers.
function applyTheme() {
  const chosen = localStorage.getItem('expensync-theme');
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.bsTheme = chosen || (dark ? 'dark' : 'light');
  document.querySelectorAll('[data-theme-toggle]').forEach((button) => {
    const label = chosen ? `Colour theme: ${chosen}` : 'Colour theme: follows the system';
    button.setAttribute('aria-label', label);
    button.title = label;
    button.querySelector('i').className = chosen === 'dark' ? 'bi bi-moon-stars'
      : chosen === 'light' ? 'bi bi-sun' : 'bi bi-circle-half';
  });
  document.dispatchEvent(new CustomEvent('expensync:theme'));
}

document.addEventListener('click', (event) => {
  const toggle = event.target.closest('[data-theme-toggle]');
  if (!toggle) {
    return;
  }
  const order = [null, 'dark', 'light'];
  const next = order[(order.indexOf(localStorage.getItem('expensync-theme')) + 1) % order.length];
  if (next) {
    localStorage.setItem('expensync-theme', next);
  } else {
    localStorage.removeItem('expensync-theme');
  }
  applyTheme();
});

// htmx sends the CSRF token with every request it makes.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener('DOMContentLoaded', () => {
  applyTheme();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', applyTheme);
  const checked = document.querySelector('input[data-type-toggle]:checked');
  if (checked) {
    showFieldsFor(checked.value);
  }
  document.querySelectorAll('form[data-bulk]').forEach(updateSelection);
});

// A new account made from the transaction form's dialog: it is now in the list and chosen; close the dialog.
document.body.addEventListener('accountCreated', () => {
  const dialog = document.getElementById('newAccount');
  if (dialog && window.bootstrap) {
    window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
  }
  const select = document.getElementById('accountId');
  if (select) {
    select.value = select.options[select.options.length - 1].value;
  }
});

document.addEventListener('htmx:afterSwap', () => {
  document.querySelectorAll('form[data-bulk]').forEach(updateSelection);
});

// A new API token: a button that copies it (shown only where the browser lets pages copy),
// and the whole token selected when its field is focused, to copy by hand.
function showCopyButtons() {
  if (navigator.clipboard) {
    document.querySelectorAll('[data-copy]').forEach((button) => { button.hidden = false; });
  }
}

document.addEventListener('DOMContentLoaded', showCopyButtons);
document.addEventListener('htmx:afterSwap', showCopyButtons);

document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  const field = document.getElementById(button.dataset.copy);
  navigator.clipboard.writeText(field.value).then(() => {
    button.querySelector('[data-copy-label]').textContent = 'Copied';
  }, () => {
    field.select();
  });
});

document.addEventListener('focusin', (event) => {
  if (event.target.matches('input[data-copy-source]')) {
    event.target.select();
  }
});

// A file input with data-max-bytes refuses a larger file before it is sent, with its data-too-large message
// (the server refuses it too, but past the upload limit only with an error page).
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!input.matches('input[type=file][data-max-bytes]')) {
    return;
  }
  const file = input.files && input.files[0];
  const tooLarge = Boolean(file) && file.size > Number(input.dataset.maxBytes);
  input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
  input.classList.toggle('is-invalid', tooLarge);
  if (tooLarge) {
    input.reportValidity();
  }
});
