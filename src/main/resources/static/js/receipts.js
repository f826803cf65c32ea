// The transaction form's receipt: upload it (file, photo, or dropped), follow its scan, fill the form from it and
// mark each filled field with how sure the scan is; the user corrects what is wrong before saving.
(() => {
  const section = document.querySelector('[data-receipt]');
  if (!section) {
    return;
  }
  const form = section.closest('form');
  const status = section.querySelector('[data-receipt-status]');
  const idField = section.querySelector('[data-receipt-id]');
  const drop = section.querySelector('[data-receipt-drop]');
  const maxSize = Number(section.dataset.maxSize);
  const fillForm = section.dataset.fill === 'true';
  const POLL_MS = 700;
  let current = 0; // the upload being followed; older ones are ignored

  const csrf = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.content, token.content] : null;
  };

  const element = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    children.forEach((child) => node.append(child));
    return node;
  };

  const show = (...nodes) => status.replaceChildren(...nodes);

  const progress = (label, percent) => {
    const bar = element('div', {
      class: 'progress-bar' + (percent === null ? ' progress-bar-striped progress-bar-animated' : ''),
      style: `width: ${percent === null ? 100 : percent}%`,
    });
    return element('div', {}, element('div', { class: 'small mb-1' }, label),
      element('div', {
        class: 'progress', role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100',
        ...(percent === null ? {} : { 'aria-valuenow': String(percent) }),
      }, bar));
  };

  const problem = (message) => element('div', { class: 'alert alert-danger py-2 mb-0' }, message);

  const preview = (receipt) => {
    const link = element('a', { href: `/receipts/${receipt.id}/file`, target: '_blank', rel: 'noopener', class: 'receipt-link' });
    if (receipt.contentType.startsWith('image/')) {
      link.append(element('img', { src: `/receipts/${receipt.id}/file`, class: 'receipt-thumb', alt: '' }));
    }
    link.append(element('span', {}, `View ${receipt.fileName}`));
    const remove = element('button', { type: 'button', class: 'btn btn-link btn-sm p-0 ms-2' }, 'Do not keep it');
    remove.addEventListener('click', () => {
      current += 1;
      idField.value = '';
      clearMarks();
      show(element('p', { class: 'small mb-0' }, 'The receipt will not be kept with this transaction.'));
    });
    return element('p', { class: 'mb-2' }, link, remove);
  };

  // Each field filled from the receipt gets a note in its label until the user changes it.
  const clearMarks = () => form.querySelectorAll('[data-scan-mark]').forEach((mark) => mark.remove());

  const mark = (input, field) => {
    const label = form.querySelector(`label[for="${input.id}"]`);
    if (!label) {
      return;
    }
    const sure = field.confidence >= 0.8;
    const note = element('span', {
      class: `badge ms-2 ${sure ? 'text-bg-success' : 'text-bg-warning'}`, 'data-scan-mark': '',
      title: `${Math.round(field.confidence * 100)} % sure`,
    }, sure ? 'from the receipt' : 'from the receipt: check it');
    label.append(note);
    input.addEventListener('input', () => note.remove(), { once: true });
    input.addEventListener('change', () => note.remove(), { once: true });
  };

  const set = (name, field, value = field && field.value) => {
    const input = form.querySelector(`[name="${name}"]`);
    if (!field || !input || value === undefined || value === null) {
      return false;
    }
    if (input.tagName === 'SELECT' && !Array.from(input.options).some((option) => option.value === value)) {
      return false;
    }
    input.value = value;
    mark(input, field);
    return true;
  };

  const fill = (fields) => {
    clearMarks();
    const expense = form.querySelector('input[name="type"][value="EXPENSE"]');
    if (expense && !expense.checked) {
      expense.checked = true;
      expense.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const filled = [];
    if (foreignCurrency(fields)) {
      // paid in another currency: what the receipt says is the original amount; what the account was charged
      // comes from the bank
      if (set('originalAmount', fields.total) && set('originalCurrency', fields.currency)) {
        filled.push('original amount');
        const abroad = form.querySelector('[name="originalAmount"]').closest('details');
        if (abroad) {
          abroad.open = true;
        }
      }
    }
    else if (set('amount', fields.total)) {
      filled.push('amount');
    }
    if (set('date', fields.date)) filled.push('date');
    if (set('merchant', fields.merchant)) filled.push('merchant');
    const description = form.querySelector('[name="description"]');
    if (fields.merchant && description && !description.value) {
      set('description', fields.merchant);
    }
    if (set('category', fields.category)) filled.push('category');
    return filled;
  };

  const percent = (field) => `${Math.round(field.confidence * 100)} %`;

  const summary = (receipt) => {
    const fields = receipt.fields;
    const rows = [
      ['Total', fields.total && `${fields.total.value}${fields.currency ? ' ' + fields.currency.value : ''}`, fields.total],
      ['Date', fields.date && fields.date.value, fields.date],
      ['Merchant', fields.merchant && fields.merchant.value, fields.merchant],
      ['Tax', fields.tax && fields.tax.value, fields.tax],
      ['Category', fields.category && categoryName(fields.category.value) + (fields.categoryLearnt ? ' (as you chose before)' : ''), fields.category],
    ].filter(([, value]) => value);
    const list = element('dl', { class: 'receipt-fields small mb-0' });
    rows.forEach(([name, value, field]) => {
      list.append(element('dt', {}, name), element('dd', {}, `${value} · ${percent(field)} sure`));
    });
    const parts = [list];
    if (fields.items.length) {
      const items = element('ul', { class: 'small mb-0' });
      fields.items.slice(0, 30).forEach((item) => items.append(element('li', {}, `${item.description}: ${item.amount}`)));
      parts.push(element('details', { class: 'mt-1' }, element('summary', { class: 'small' }, `${fields.items.length} line${fields.items.length === 1 ? '' : 's'} read`), items));
    }
    return parts;
  };

  const categoryName = (key) => {
    const option = form.querySelector(`select[name="category"] option[value="${CSS.escape(key)}"]`);
    return option ? option.textContent : key;
  };

  // The currency of the receipt when it is not the chosen account's, else null.
  const foreignCurrency = (fields) => {
    const account = form.querySelector('select[name="accountId"]');
    if (!fields.currency || !fields.total || !account) {
      return null;
    }
    const chosen = account.options[account.selectedIndex];
    const code = chosen && chosen.dataset.currency;
    return code && code !== fields.currency.value ? code : null;
  };

  const currencyWarning = (fields) => {
    const code = foreignCurrency(fields);
    return code
      ? element('p', { class: 'small text-warning-emphasis mb-1', 'data-receipt-currency': '' },
        `The receipt is in ${fields.currency.value}; the account is kept in ${code}. Its ${fields.total.value} ${fields.currency.value} is kept as the original amount: enter what the account was charged, in ${code}.`)
      : null;
  };

  // The receipt's lines fall under several categories: offer to split the transaction by them. The parts sum to the
  // receipt's total; the split editor shows them, and what is left if the user changes the amount.
  const splitButton = (fields) => {
    const editor = form.querySelector('[data-split-editor]');
    // parts in the receipt's currency cannot split an amount in another
    if (!editor || !fields.parts || fields.parts.length < 2 || foreignCurrency(fields)) {
      return null;
    }
    const described = fields.parts.map((part) => `${categoryName(part.category)} ${part.amount}`).join(', ');
    const button = element('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm mb-2', 'data-receipt-split': '' },
      `Split by the receipt's lines: ${described}`);
    button.addEventListener('click', () => {
      const amount = form.querySelector('[name="amount"]');
      if (fields.total && !foreignCurrency(fields) && amount.value !== fields.total.value) {
        set('amount', fields.total);
      }
      const rows = editor.querySelector('[data-split-rows]');
      const template = editor.querySelector('[data-split-template]');
      rows.replaceChildren(...fields.parts.map((part) => {
        const row = template.content.firstElementChild.cloneNode(true);
        row.querySelector('select').value = part.category;
        row.querySelector('[data-split-amount]').value = part.amount;
        row.querySelector('input[name$=".description"]').value = part.description || '';
        return row;
      }));
      editor.open = true;
      editor.querySelector('[data-split-amount]').dispatchEvent(new Event('input', { bubbles: true }));
      button.replaceWith(element('p', { class: 'small mb-1' }, 'Split into the parts below; check them before saving.'));
    });
    return button;
  };

  const scanned = (receipt) => {
    const nodes = [preview(receipt)];
    const fields = receipt.fields;
    const found = fields && (fields.total || fields.date || fields.merchant);
    if (!found) {
      nodes.push(element('p', { class: 'small mb-0' }, 'Nothing could be read from this receipt. It is kept with the transaction; fill in the form yourself.'));
      show(...nodes);
      return;
    }
    if (fillForm) {
      const filled = fill(fields);
      nodes.push(element('p', { class: 'small mb-1' }, filled.length
        ? `Filled in from the receipt: ${filled.join(', ')}. Fields marked “check it” are guesses; correct anything that is wrong before saving.`
        : 'Read from the receipt (nothing in the form was changed):'));
    }
    else {
      const use = element('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm mb-2' }, 'Use these values');
      use.addEventListener('click', () => { fill(fields); use.remove(); });
      nodes.push(element('p', { class: 'small mb-1' }, 'Read from the receipt:'), use);
    }
    const warning = currencyWarning(fields);
    if (warning) {
      nodes.push(warning);
    }
    const splitting = splitButton(fields);
    if (splitting) {
      nodes.push(splitting);
    }
    nodes.push(...summary(receipt));
    show(...nodes);
  };

  const follow = (receipt, ticket) => {
    if (ticket !== current) {
      return;
    }
    if (receipt.status === 'SCANNING') {
      show(progress(receipt.ahead > 0
        ? `Waiting to be read: ${receipt.ahead} receipt${receipt.ahead === 1 ? '' : 's'} before this one…`
        : 'Reading the receipt…', null));
      setTimeout(() => {
        fetch(`/receipts/${receipt.id}`, { headers: { Accept: 'application/json' } })
          .then((response) => (response.ok ? response.json() : Promise.reject(response)))
          .then((next) => follow(next, ticket))
          .catch(() => ticket === current && show(preview(receipt), problem('Lost touch with the server while reading the receipt. It is kept; fill in the form yourself.')));
      }, POLL_MS);
    }
    else if (receipt.status === 'SCANNED') {
      scanned(receipt);
    }
    else {
      show(preview(receipt), element('p', { class: 'small mb-0' }, receipt.message
        || 'The receipt is kept with the transaction; fill in the form yourself.'));
    }
  };

  const upload = (file) => {
    current += 1;
    const ticket = current;
    idField.value = '';
    if (file.size > maxSize) {
      show(problem(`The file is larger than ${Math.floor(maxSize / 1048576)} MB.`));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', '/receipts');
    request.setRequestHeader('Accept', 'application/json');
    const token = csrf();
    if (token) {
      request.setRequestHeader(token[0], token[1]);
    }
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && ticket === current) {
        show(progress('Uploading the receipt…', Math.round((event.loaded / event.total) * 100)));
      }
    });
    request.addEventListener('load', () => {
      if (ticket !== current) {
        return;
      }
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      }
      catch (ignored) {
        // a page instead of JSON, e.g. the "please wait" page
      }
      if (request.status === 201) {
        idField.value = body.id;
        follow(body, ticket);
      }
      else if (request.status === 429) {
        const wait = Math.ceil(Number(request.getResponseHeader('Retry-After') || 60) / 60);
        show(problem(`You have uploaded many receipts in a short time. Please wait ${wait} minute${wait === 1 ? '' : 's'} and try again.`));
      }
      else {
        show(problem(body.detail || 'The receipt could not be uploaded. Please try again.'));
      }
    });
    request.addEventListener('error', () => ticket === current && show(problem('The receipt could not be uploaded: no connection to the server.')));
    const data = new FormData();
    data.append('file', file);
    show(progress('Uploading the receipt…', 0));
    request.send(data);
  };

  // Back on the form after a refused save: show the receipt uploaded before, without filling the form again.
  if (idField.value) {
    const ticket = current;
    fetch(`/receipts/${encodeURIComponent(idField.value)}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response)))
      .then((receipt) => ticket === current && show(preview(receipt)))
      .catch(() => {});
  }

  section.querySelectorAll('[data-receipt-file]').forEach((input) => {
    input.addEventListener('change', () => {
      if (input.files.length) {
        upload(input.files[0]);
        input.value = '';
      }
    });
  });

  ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('receipt-drop-active');
  }));
  ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('receipt-drop-active')));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) {
      upload(event.dataTransfer.files[0]);
    }
  });
})();
